import './tables.js';
import '../campaigns/tables.js';
import {
  type Expression,
  expressionBuilder,
  type Insertable,
  type SqlBool,
  sql,
  type Updateable,
} from 'kysely';
import type { ProblemFilters, ProblemListQuery } from '../../../common/problems.js';
import type { Db, Executor } from '../../db/connection.js';
import type { Database } from '../../db/schema.js';
import { inScope } from '../../db/scope.js';
import type { DataScope } from '../../platform/access.js';
import type { ProblemEventTable, ProblemTable } from './tables.js';

/**
 * The SQL twin of `isOverdue` in common/problems.ts (the tests prove the two agree): open, and past
 * the reply-by date while measures are awaited, or past the rectification deadline.
 */
export function overdueSql(today: string) {
  return sql<SqlBool>`(problems.status not in ('registered', 'verified', 'closed') and (
    (problems.status = 'fed_back' and problems.reply_by is not null and problems.reply_by < ${today})
    or (problems.status <> 'fed_back' and coalesce(problems.deadline_type, '') <> 'long_term'
        and problems.deadline_on is not null and problems.deadline_on < ${today})))`;
}

/** A problem with its unit, campaign and the names of who verified and closed it. */
export function problemSelect(db: Executor) {
  return db
    .selectFrom('problems')
    .innerJoin('units', 'units.id', 'problems.unitId')
    .leftJoin('wsCampaigns', 'wsCampaigns.id', 'problems.campaignId')
    .leftJoin('users as verifier', 'verifier.id', 'problems.verifiedBy')
    .leftJoin('users as closer', 'closer.id', 'problems.closedBy')
    .selectAll('problems')
    .select([
      'units.name as unitName',
      'units.areaId',
      'wsCampaigns.name as campaignName',
      'verifier.displayName as verifiedByName',
      'closer.displayName as closedByName',
    ]);
}
export type ProblemRow = Awaited<ReturnType<typeof findProblemById>> & {};

const SORTS = {
  foundOn: 'problems.foundOn',
  code: 'problems.code',
  unit: 'units.sort',
  status: 'problems.status',
  deadlineOn: 'problems.deadlineOn',
  categoryName: 'problems.category',
} as const;

/** Filters shared by the list, the export and the statistics. `hideRegistered`: the unit's own view. */
export interface ProblemWhere extends ProblemFilters {
  hideRegistered: boolean;
  today: string;
}

/**
 * The WHERE clause of the list, the export, the statistics and the to-dos, on `problems` alone: the
 * unit-name search is a sub-select on `units`, so counts and aggregates need no join.
 */
export function problemFilter(scope: DataScope, f: ProblemWhere): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'problems'>();
  const parts: Expression<SqlBool>[] = [inScope(scope, 'problems.tenant_id', 'problems.unit_id')];
  if (f.hideRegistered) parts.push(eb('problems.status', '<>', 'registered'));
  if (f.campaignId) parts.push(eb('problems.campaignId', '=', f.campaignId));
  if (f.unitId) parts.push(eb('problems.unitId', '=', f.unitId));
  if (f.status) parts.push(eb('problems.status', '=', f.status));
  if (f.categoryName) parts.push(eb('problems.category', '=', f.categoryName));
  if (f.sourceType) parts.push(eb('problems.sourceType', '=', f.sourceType));
  if (f.severity) parts.push(eb('problems.severity', '=', f.severity));
  if (f.from) parts.push(eb('problems.foundOn', '>=', f.from));
  if (f.to) parts.push(eb('problems.foundOn', '<=', f.to));
  if (f.overdue === 'true') parts.push(overdueSql(f.today));
  if (f.overdue === 'false') parts.push(sql<SqlBool>`not ${overdueSql(f.today)}`);
  if (f.q) {
    const like = `%${f.q}%`;
    parts.push(
      eb.or([
        eb('problems.description', 'like', like),
        eb('problems.code', 'like', like),
        eb(
          'problems.unitId',
          'in',
          eb
            .selectFrom('units')
            .select('units.id')
            .where('units.tenantId', '=', scope.tenantId)
            .where('units.name', 'like', like),
        ),
      ]),
    );
  }
  return eb.and(parts);
}

export async function findProblems(db: Db, scope: DataScope, query: ProblemListQuery & ProblemWhere) {
  const where = problemFilter(scope, query);
  const rows = await problemSelect(db)
    .where(where)
    .orderBy(sql.ref(SORTS[query.sort]), query.order)
    .orderBy('problems.id', query.order)
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  const count = await db
    .selectFrom('problems')
    .where(where)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** Every matching problem (export, statistics), in ledger order. */
export function findAllProblems(db: Db, scope: DataScope, where: ProblemWhere) {
  return problemSelect(db)
    .where(problemFilter(scope, where))
    .orderBy('problems.foundOn')
    .orderBy('problems.id')
    .execute();
}

export function findProblemById(db: Executor, tenantId: number, id: number) {
  return problemSelect(db)
    .where('problems.tenantId', '=', tenantId)
    .where('problems.id', '=', id)
    .executeTakeFirst();
}

export function findProblemsByIds(db: Executor, tenantId: number, ids: number[]) {
  return problemSelect(db)
    .where('problems.tenantId', '=', tenantId)
    .where('problems.id', 'in', ids)
    .execute();
}

export async function insertProblem(db: Executor, row: Insertable<ProblemTable>) {
  return (await db.insertInto('problems').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Versioned update: false when someone else changed the row first. */
export async function updateProblem(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<ProblemTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('problems')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A reminder touches only its counters, so a unit's open form does not go stale because of it. */
export async function recordReminder(db: Executor, id: number, at: string) {
  await db
    .updateTable('problems')
    .set((eb) => ({ reminderCount: eb('reminderCount', '+', 1), lastRemindedAt: at }))
    .where('id', '=', id)
    .execute();
}

export async function deleteProblem(db: Executor, id: number) {
  await db.deleteFrom('problemEvents').where('problemId', '=', id).execute();
  await db.deleteFrom('problems').where('id', '=', id).execute();
}

// ---- events -----------------------------------------------------------------------------------

export async function insertEvent(db: Executor, row: Insertable<ProblemEventTable>) {
  return (await db.insertInto('problemEvents').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findEvents(db: Executor, problemId: number) {
  return db
    .selectFrom('problemEvents')
    .selectAll()
    .where('problemId', '=', problemId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export function findEventById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('problemEvents')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The latest progress note of each problem (the ledger's 最近进展 column). */
export async function findLatestProgress(db: Executor, problemIds: number[]) {
  if (problemIds.length === 0) return new Map<number, string>();
  const rows = await db
    .selectFrom('problemEvents')
    .select(['problemId', 'note', 'at'])
    .where('kind', '=', 'progress')
    .where('problemId', 'in', problemIds)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return new Map(rows.map((r) => [r.problemId, r.note ?? '']));
}

// ---- source records and references ----------------------------------------------------------------

export function findVisitRef(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('wsVisits')
    .select(['id', 'kind', 'campaignId', 'targetName', 'visitedOn'])
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findReviewRef(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('wsReviews')
    .select(['id', 'campaignId', 'title', 'heldOn'])
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findCampaignRef(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('wsCampaigns')
    .select(['id', 'year'])
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findUnitRef(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('units')
    .select(['id', 'tenantId', 'areaId', 'name', 'isWindow'])
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Labels of the source records of several problems: visits/暗访 and review meetings. */
export async function findSourceLabels(
  db: Executor,
  tenantId: number,
  rows: { sourceType: string; sourceId: number | null }[],
) {
  const visitIds = rows
    .filter((r) => (r.sourceType === 'visit' || r.sourceType === 'unannounced') && r.sourceId)
    .map((r) => r.sourceId!);
  const reviewIds = rows
    .filter((r) => r.sourceType === 'review_meeting' && r.sourceId)
    .map((r) => r.sourceId!);
  const visits = visitIds.length
    ? await db
        .selectFrom('wsVisits')
        .select(['id', 'targetName', 'visitedOn'])
        .where('tenantId', '=', tenantId)
        .where('id', 'in', visitIds)
        .execute()
    : [];
  const reviews = reviewIds.length
    ? await db
        .selectFrom('wsReviews')
        .select(['id', 'title', 'heldOn'])
        .where('tenantId', '=', tenantId)
        .where('id', 'in', reviewIds)
        .execute()
    : [];
  return {
    visits: new Map(visits.map((v) => [v.id, `${v.visitedOn} ${v.targetName}`])),
    reviews: new Map(reviews.map((r) => [r.id, `${r.heldOn} ${r.title}`])),
  };
}

// ---- categories --------------------------------------------------------------------------------

export async function findCategories(db: Executor, tenantId: number) {
  const rows = await db
    .selectFrom('problemCategories')
    .select('name')
    .where('tenantId', '=', tenantId)
    .orderBy('sort')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.name);
}

export async function replaceCategories(db: Executor, tenantId: number, names: string[]) {
  await db.deleteFrom('problemCategories').where('tenantId', '=', tenantId).execute();
  for (const [sort, name] of names.entries())
    await db.insertInto('problemCategories').values({ tenantId, name, sort }).execute();
}
