import './tables.js';
import { DONE_STATUSES, isOverdue } from '../../../common/problems.js';
import type { Db } from '../../db/connection.js';
import { inScope } from '../../db/scope.js';
import type { DataScope } from '../../platform/access.js';
import type { Figure, Period } from '../campaigns/figures-queries.js';

/**
 * Problem figures for the reports module; every figure names the records it counted. All of them
 * count from one query (`problemsFoundIn`), so a report that shows several loads it once and derives
 * the rest with the functions below.
 */

/** The problems found in the period, by id, with the description their sources show. */
export function problemsFoundIn(db: Db, scope: DataScope, period: Period) {
  return db
    .selectFrom('problems')
    .select([
      'problems.id',
      'problems.unitId',
      'problems.status',
      'problems.replyBy',
      'problems.deadlineType',
      'problems.deadlineOn',
      'problems.description',
    ])
    .where(inScope(scope, 'problems.tenant_id', 'problems.unit_id'))
    .where('problems.foundOn', '>=', period.from)
    .where('problems.foundOn', '<=', period.to)
    .orderBy('problems.id')
    .execute();
}
export type FoundProblem = Awaited<ReturnType<typeof problemsFoundIn>>[number];

const figure = (ids: number[]): Figure => ({ count: ids.length, ids });
const isDone = (r: FoundProblem) => (DONE_STATUSES as readonly string[]).includes(r.status);

/** 查找问题: the problems found (ids are problem ids). */
export const foundOf = (rows: FoundProblem[]): Figure => figure(rows.map((r) => r.id));

/** 涉及部门: distinct responsible units of the problems found (ids are unit ids). */
export const departmentsOf = (rows: FoundProblem[]): Figure =>
  figure([...new Set(rows.map((r) => r.unitId))].sort((a, b) => a - b));

/** 整改率: of the problems found, the share verified or closed (ids: the done ones). */
export function rectificationOf(rows: FoundProblem[]) {
  const done = rows.filter(isDone).map((r) => r.id);
  return {
    count: done.length,
    total: rows.length,
    rate: rows.length ? done.length / rows.length : 0,
    ids: done,
  };
}

/** 逾期未整改: problems found that are overdue on `asOf` (YYYY-MM-DD). */
export const overdueOf = (rows: FoundProblem[], asOf: string): Figure =>
  figure(rows.filter((r) => isOverdue(r, asOf)).map((r) => r.id));

/** 查找问题: problems found in the period (ids are problem ids). */
export async function problemsFound(db: Db, scope: DataScope, period: Period): Promise<Figure> {
  return foundOf(await problemsFoundIn(db, scope, period));
}

/** 涉及部门: distinct responsible units of the problems found in the period (ids are unit ids). */
export async function departmentsInvolved(db: Db, scope: DataScope, period: Period): Promise<Figure> {
  return departmentsOf(await problemsFoundIn(db, scope, period));
}

/** 整改率: of the problems found in the period, the share verified or closed (ids: the done ones). */
export async function rectificationRate(db: Db, scope: DataScope, period: Period) {
  return rectificationOf(await problemsFoundIn(db, scope, period));
}

/** 逾期未整改: problems found in the period that are overdue on `asOf` (YYYY-MM-DD). */
export async function overdueItems(db: Db, scope: DataScope, period: Period, asOf: string): Promise<Figure> {
  return overdueOf(await problemsFoundIn(db, scope, period), asOf);
}
