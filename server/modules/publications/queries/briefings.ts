import type { Insertable, Updateable } from 'kysely';
import type { BriefingListQuery } from '../../../../common/publications.js';
import type { Executor } from '../../../db/connection.js';
import '../tables.js';
import '../../campaigns/tables.js';
import type { BriefingSeriesTable, BriefingTable } from '../tables.js';

// ---- series ------------------------------------------------------------------------------------

export function findSeries(db: Executor, tenantId: number) {
  return db
    .selectFrom('briefingSeries')
    .select((eb) => [
      'briefingSeries.id',
      'briefingSeries.name',
      'briefingSeries.editorUnit',
      'briefingSeries.hasRunningTotal',
      'briefingSeries.totalBase',
      'briefingSeries.campaignId',
      'briefingSeries.version',
      eb
        .selectFrom('wsCampaigns')
        .select('wsCampaigns.name')
        .whereRef('wsCampaigns.id', '=', 'briefingSeries.campaignId')
        .as('campaignName'),
      eb
        .selectFrom('briefings')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('briefings.seriesId', '=', 'briefingSeries.id')
        .where('briefings.status', '=', 'published')
        .as('issueCount'),
    ])
    .where('briefingSeries.tenantId', '=', tenantId)
    .orderBy('briefingSeries.id')
    .execute();
}

export function findSeriesById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('briefingSeries')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findSeriesByName(db: Executor, tenantId: number, name: string) {
  return db
    .selectFrom('briefingSeries')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function insertSeries(db: Executor, row: Insertable<BriefingSeriesTable>) {
  return (await db.insertInto('briefingSeries').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateSeries(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<BriefingSeriesTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('briefingSeries')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A campaign (作风建设 ws_campaigns) of the tenant, for linking a series to it. */
export function findCampaignRef(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('wsCampaigns')
    .select(['id', 'name'])
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The tenant's campaign of a year (the demo links 作风建设简报 to 2010's 作风建设年). */
export function findCampaignRefByYear(db: Executor, tenantId: number, year: number) {
  return db
    .selectFrom('wsCampaigns')
    .select(['id', 'name'])
    .where('tenantId', '=', tenantId)
    .where('year', '=', year)
    .orderBy('id')
    .executeTakeFirst();
}

export async function seriesHasBriefings(db: Executor, id: number) {
  return !!(await db.selectFrom('briefings').select('id').where('seriesId', '=', id).executeTakeFirst());
}

export async function deleteSeries(db: Executor, id: number) {
  await db.deleteFrom('briefingSeries').where('id', '=', id).execute();
}

// ---- briefings ---------------------------------------------------------------------------------

function briefingSelect(db: Executor) {
  return db
    .selectFrom('briefings')
    .innerJoin('briefingSeries', 'briefingSeries.id', 'briefings.seriesId')
    .selectAll('briefings')
    .select(['briefingSeries.name as seriesName', 'briefingSeries.editorUnit']);
}

const SORTS = { issuedOn: 'briefings.issuedOn', number: 'briefings.number', id: 'briefings.id' } as const;

export async function findBriefings(
  db: Executor,
  tenantId: number,
  query: BriefingListQuery,
  publishedOnly: boolean,
) {
  let base = db.selectFrom('briefings').where('briefings.tenantId', '=', tenantId);
  if (publishedOnly) base = base.where('briefings.status', '=', 'published');
  if (query.seriesId) base = base.where('briefings.seriesId', '=', query.seriesId);
  if (query.year) base = base.where('briefings.year', '=', query.year);
  if (query.status) base = base.where('briefings.status', '=', query.status);
  if (query.q) base = base.where('briefings.title', 'like', `%${query.q}%`);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const ids = await base
    .select('briefings.id')
    .orderBy(SORTS[query.sort], query.order)
    .orderBy('briefings.id', query.order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const rows = ids.length
    ? await briefingSelect(db)
        .where(
          'briefings.id',
          'in',
          ids.map((r) => r.id),
        )
        .execute()
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { rows: ids.flatMap((r) => byId.get(r.id) ?? []), total: Number(total.n) };
}

export function findBriefingById(db: Executor, tenantId: number, id: number) {
  return briefingSelect(db)
    .where('briefings.tenantId', '=', tenantId)
    .where('briefings.id', '=', id)
    .executeTakeFirst();
}

export async function insertBriefing(db: Executor, row: Insertable<BriefingTable>) {
  return (await db.insertInto('briefings').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateBriefing(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<BriefingTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('briefings')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteBriefing(db: Executor, id: number) {
  await db.deleteFrom('briefings').where('id', '=', id).execute();
}

// ---- public site -------------------------------------------------------------------------------

export async function findPublicBriefings(db: Executor, tenantId: number, page: number, pageSize: number) {
  const base = db
    .selectFrom('briefings')
    .where('briefings.tenantId', '=', tenantId)
    .where('briefings.status', '=', 'published')
    .where('briefings.isPublic', '=', 1);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('briefingSeries', 'briefingSeries.id', 'briefings.seriesId')
    .selectAll('briefings')
    .select(['briefingSeries.name as seriesName', 'briefingSeries.editorUnit'])
    .orderBy('briefings.issuedOn', 'desc')
    .orderBy('briefings.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export function findPublicBriefing(db: Executor, tenantId: number, id: number) {
  return briefingSelect(db)
    .where('briefings.tenantId', '=', tenantId)
    .where('briefings.id', '=', id)
    .where('briefings.status', '=', 'published')
    .where('briefings.isPublic', '=', 1)
    .executeTakeFirst();
}
