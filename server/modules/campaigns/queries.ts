import './tables.js';
import '../problems/tables.js';
import { type Insertable, sql, type Updateable } from 'kysely';
import { type CampaignListQuery, VISIT_GROUPS, type VisitListQuery } from '../../../common/campaigns.js';
import type { Db, Executor } from '../../db/connection.js';
import { inScope } from '../../db/scope.js';
import type { DataScope } from '../../platform/access.js';
import type { WsCampaignTable, WsReviewTable, WsTeamTable, WsVisitTable } from './tables.js';

type Table = 'wsCampaigns' | 'wsTeams' | 'wsVisits' | 'wsReviews';
type Rows = {
  wsCampaigns: WsCampaignTable;
  wsTeams: WsTeamTable;
  wsVisits: WsVisitTable;
  wsReviews: WsReviewTable;
};

export async function insertRow<T extends Table>(db: Executor, table: T, row: Insertable<Rows[T]>) {
  // The four tables share one shape (id, tenant, version, timestamps); Kysely cannot type a union of
  // table names, so the builder is typed as one of them and the row was typed by the caller.
  return (
    await db
      .insertInto(table as 'wsCampaigns')
      .values(row as never)
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

/** Versioned update of one of the module's tables: false when someone else changed it first. */
export async function updateRow<T extends Table>(
  db: Executor,
  table: T,
  id: number,
  version: number,
  values: Omit<Updateable<Rows[T]>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable(table as 'wsCampaigns')
    .set({ ...(values as object), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ---- campaigns ----------------------------------------------------------------------------------

export async function findCampaigns(db: Db, tenantId: number, query: CampaignListQuery) {
  let base = db.selectFrom('wsCampaigns').selectAll().where('tenantId', '=', tenantId);
  if (query.year) base = base.where('year', '=', query.year);
  if (query.q) base = base.where('name', 'like', `%${query.q}%`);
  const count = base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n'));
  const rows = await base
    .orderBy(query.sort, query.order)
    .orderBy('id', query.order)
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  return { rows, total: Number((await count.executeTakeFirstOrThrow()).n) };
}

export function findCampaignById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('wsCampaigns')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findUnitsByIds(db: Executor, tenantId: number, ids: number[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('units')
    .select(['id', 'name', 'areaId', 'isWindow'])
    .where('tenantId', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
}

export async function findUsersByIds(db: Executor, tenantId: number, ids: number[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('users')
    .select(['id', 'displayName'])
    .where('tenantId', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
}

/** People who may sit on a research team: the committee's leaders, staff and area leaders. */
export function findTeamCandidates(db: Executor, tenantId: number) {
  return db
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.departmentId')
    .select(['users.id', 'users.displayName', 'departments.name as departmentName'])
    .where('users.tenantId', '=', tenantId)
    .where('users.disabled', '=', 0)
    .where((eb) =>
      eb.or(
        ['committee_staff', 'committee_leader', 'area_leader'].map((role) =>
          eb('users.roles', 'like', `%"${role}"%`),
        ),
      ),
    )
    .orderBy('users.displayName')
    .execute();
}

// ---- teams --------------------------------------------------------------------------------------

export function findTeams(db: Db, tenantId: number, campaignId?: number) {
  let base = db
    .selectFrom('wsTeams')
    .innerJoin('users', 'users.id', 'wsTeams.leaderId')
    .selectAll('wsTeams')
    .select((eb) => [
      'users.displayName as leaderName',
      eb
        .selectFrom('wsVisits')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('wsVisits.teamId', '=', 'wsTeams.id')
        .as('visitCount'),
    ])
    .where('wsTeams.tenantId', '=', tenantId);
  if (campaignId) base = base.where('wsTeams.campaignId', '=', campaignId);
  return base.orderBy('wsTeams.formedOn').orderBy('wsTeams.id').execute();
}

export function findTeamById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('wsTeams')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---- visits -------------------------------------------------------------------------------------

function visitSelect(db: Executor) {
  return db
    .selectFrom('wsVisits')
    .leftJoin('wsTeams', 'wsTeams.id', 'wsVisits.teamId')
    .leftJoin('units', 'units.id', 'wsVisits.unitId')
    .selectAll('wsVisits')
    .select((eb) => [
      'wsTeams.name as teamName',
      'units.areaId',
      eb
        .selectFrom('problems')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('problems.sourceId', '=', 'wsVisits.id')
        .where('problems.sourceType', 'in', ['visit', 'unannounced'])
        .as('problemCount'),
    ]);
}
export type VisitRow = Awaited<ReturnType<typeof findVisitById>> & {};

export async function findVisits(db: Db, scope: DataScope, query: VisitListQuery) {
  let base = visitSelect(db).where(inScope(scope, 'ws_visits.tenant_id', 'ws_visits.unit_id'));
  if (query.campaignId) base = base.where('wsVisits.campaignId', '=', query.campaignId);
  if (query.teamId) base = base.where('wsVisits.teamId', '=', query.teamId);
  if (query.visitKind) base = base.where('wsVisits.kind', '=', query.visitKind);
  if (query.group) base = base.where('wsVisits.kind', 'in', [...VISIT_GROUPS[query.group]]);
  if (query.unitId) base = base.where('wsVisits.unitId', '=', query.unitId);
  if (query.from) base = base.where('wsVisits.visitedOn', '>=', query.from);
  if (query.to) base = base.where('wsVisits.visitedOn', '<=', query.to);
  if (query.q) {
    const like = `%${query.q}%`;
    base = base.where((eb) =>
      eb.or([eb('wsVisits.targetName', 'like', like), eb('wsVisits.findings', 'like', like)]),
    );
  }
  const count = base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n'));
  const rows = await base
    .orderBy(query.sort === 'targetName' ? 'wsVisits.targetName' : 'wsVisits.visitedOn', query.order)
    .orderBy('wsVisits.id', query.order)
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  return { rows, total: Number((await count.executeTakeFirstOrThrow()).n) };
}

export function findVisitById(db: Executor, tenantId: number, id: number) {
  return visitSelect(db)
    .where('wsVisits.tenantId', '=', tenantId)
    .where('wsVisits.id', '=', id)
    .executeTakeFirst();
}

// ---- review meetings ----------------------------------------------------------------------------

export function findReviews(db: Db, tenantId: number, campaignId?: number) {
  let base = db.selectFrom('wsReviews').selectAll().where('tenantId', '=', tenantId);
  if (campaignId) base = base.where('campaignId', '=', campaignId);
  return base.orderBy('heldOn', 'desc').orderBy('id', 'desc').execute();
}

export function findReviewById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('wsReviews')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}
