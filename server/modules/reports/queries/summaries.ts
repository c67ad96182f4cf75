import type { Db, Executor } from '../../../db/connection.js';
import '../tables.js';

export function findTenant(db: Executor, tenantId: number) {
  return db
    .selectFrom('tenants')
    .select(['id', 'name', 'shortName', 'city'])
    .where('id', '=', tenantId)
    .executeTakeFirstOrThrow();
}

export function findAreaUnitIds(db: Db, tenantId: number, areaId: number) {
  return db
    .selectFrom('units')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('areaId', '=', areaId)
    .execute();
}

// ---- summaries -------------------------------------------------------------------------------

const LIST_COLUMNS = [
  'summaries.id',
  'summaries.title',
  'summaries.periodFrom',
  'summaries.periodTo',
  'summaries.version',
  'summaries.updatedAt',
] as const;

export async function findSummaries(
  db: Db,
  tenantId: number,
  query: {
    q?: string;
    sort: 'updatedAt' | 'periodFrom' | 'title';
    order: 'asc' | 'desc';
    page: number;
    pageSize: number;
  },
) {
  let base = db
    .selectFrom('summaries')
    .leftJoin('users', 'users.id', 'summaries.updatedBy')
    .where('summaries.tenantId', '=', tenantId);
  if (query.q) base = base.where('summaries.title', 'like', `%${query.q}%`);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select([...LIST_COLUMNS, 'users.displayName as updatedByName'])
    .orderBy(`summaries.${query.sort}`, query.order)
    .orderBy('summaries.id', 'desc')
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export function findSummary(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('summaries')
    .leftJoin('users', 'users.id', 'summaries.updatedBy')
    .select([
      ...LIST_COLUMNS,
      'summaries.signature',
      'summaries.signDate',
      'summaries.blocks',
      'summaries.figures',
      'users.displayName as updatedByName',
    ])
    .where('summaries.tenantId', '=', tenantId)
    .where('summaries.id', '=', id)
    .executeTakeFirst();
}

export async function insertSummary(
  db: Executor,
  row: {
    tenantId: number;
    title: string;
    periodFrom: string;
    periodTo: string;
    signature: string;
    signDate: string;
    blocks: string;
    figures: string;
    updatedBy: number;
    createdAt: string;
  },
) {
  const inserted = await db
    .insertInto('summaries')
    .values({ ...row, createdBy: row.updatedBy, updatedAt: row.createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateSummary(
  db: Executor,
  id: number,
  version: number,
  values: { title?: string; blocks?: string; figures?: string; updatedBy: number; updatedAt: string },
) {
  const result = await db
    .updateTable('summaries')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertSummaryVersion(
  db: Executor,
  row: {
    tenantId: number;
    summaryId: number;
    version: number;
    title: string;
    blocks: string;
    figures: string;
    savedBy: number;
    savedAt: string;
  },
) {
  await db.insertInto('summaryVersions').values(row).execute();
}

export function findSummaryVersions(db: Db, summaryId: number) {
  return db
    .selectFrom('summaryVersions')
    .leftJoin('users', 'users.id', 'summaryVersions.savedBy')
    .select([
      'summaryVersions.version',
      'summaryVersions.savedAt',
      'summaryVersions.title',
      'users.displayName as savedByName',
    ])
    .where('summaryVersions.summaryId', '=', summaryId)
    .orderBy('summaryVersions.version', 'desc')
    .execute();
}
