import './tables.js';
import { type Expression, type SqlBool, sql } from 'kysely';
import { DONE_STATUSES } from '../../../common/problems.js';
import type { Db } from '../../db/connection.js';
import type { DataScope } from '../../platform/access.js';
import { overdueSql, type ProblemWhere, problemFilter, problemSelect } from './queries.js';

/**
 * The problem statistics and the workbench to-dos, counted in SQL (GROUP BY) rather than by loading
 * every problem of the committee: one row per status, per category and per responsible unit.
 */

const asInt = (e: Expression<SqlBool>) => sql<number>`case when ${e} then 1 else 0 end`;
const isDone = sql<SqlBool>`problems.status in (${sql.join([...DONE_STATUSES])})`;

/** count, done and overdue of a group (sums are null over no rows; groups are never empty). */
function tallies(today: string) {
  return [
    sql<number>`count(*)`.as('count'),
    sql<number>`sum(${asInt(isDone)})`.as('done'),
    sql<number>`sum(${asInt(overdueSql(today))})`.as('overdue'),
  ] as const;
}

export interface Tally {
  key: string;
  label: string;
  count: number;
  done: number;
  overdue: number;
}

const tally = (r: { key: string | number; label: string; count: number; done: number; overdue: number }) => ({
  key: String(r.key),
  label: r.label,
  count: Number(r.count),
  done: Number(r.done),
  overdue: Number(r.overdue),
});

/** Matching problems grouped by status, by category and by responsible unit (with its name). */
export async function problemTallies(db: Db, scope: DataScope, where: ProblemWhere) {
  const filter = problemFilter(scope, where);
  const byStatus = await db
    .selectFrom('problems')
    .where(filter)
    .select(['problems.status as key', 'problems.status as label', ...tallies(where.today)])
    .groupBy('problems.status')
    .execute();
  const byCategory = await db
    .selectFrom('problems')
    .where(filter)
    .select(['problems.category as key', 'problems.category as label', ...tallies(where.today)])
    .groupBy('problems.category')
    .execute();
  const perUnit = db
    .selectFrom('problems')
    .where(filter)
    .select(['problems.unitId', ...tallies(where.today)])
    .groupBy('problems.unitId')
    .as('t');
  const byUnit = await db
    .selectFrom(perUnit)
    .innerJoin('units', 'units.id', 't.unitId')
    .select(['t.unitId as key', 'units.name as label', 't.count', 't.done', 't.overdue'])
    .orderBy('t.unitId')
    .execute();
  return { byStatus: byStatus.map(tally), byCategory: byCategory.map(tally), byUnit: byUnit.map(tally) };
}

/**
 * The to-do condition: for a unit, problems awaiting its answer or action; for the committee, the
 * verification requests and every overdue item. Both only among open problems.
 */
function todoCondition(unitView: boolean, today: string) {
  return unitView
    ? sql<SqlBool>`problems.status in ('fed_back', 'returned', 'measures_submitted', 'in_progress')`
    : sql<SqlBool>`(problems.status = 'verification_requested' or ${overdueSql(today)})`;
}
const isOpen = sql<SqlBool>`problems.status not in ('closed', 'verified')`;

/** How many to-dos there are, and how many open problems are overdue. */
export async function countTodos(db: Db, scope: DataScope, where: ProblemWhere, unitView: boolean) {
  const row = await db
    .selectFrom('problems')
    .where(problemFilter(scope, where))
    .where(isOpen)
    .select([
      sql<number>`coalesce(sum(${asInt(todoCondition(unitView, where.today))}), 0)`.as('actionable'),
      sql<number>`coalesce(sum(${asInt(overdueSql(where.today))}), 0)`.as('overdue'),
    ])
    .executeTakeFirstOrThrow();
  return { actionable: Number(row.actionable), overdue: Number(row.overdue) };
}

/** The first `limit` to-dos: overdue first, then the earliest found (then by id). */
export function firstTodos(db: Db, scope: DataScope, where: ProblemWhere, unitView: boolean, limit: number) {
  return problemSelect(db)
    .where(problemFilter(scope, where))
    .where(isOpen)
    .where(todoCondition(unitView, where.today))
    .orderBy(asInt(overdueSql(where.today)), 'desc')
    .orderBy('problems.foundOn')
    .orderBy('problems.id')
    .limit(limit)
    .execute();
}
