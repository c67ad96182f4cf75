import './tables.js';
import { DONE_STATUSES, isOverdue } from '../../../common/problems.js';
import type { Db } from '../../db/connection.js';
import { inScope } from '../../db/scope.js';
import type { DataScope } from '../../platform/access.js';
import type { Figure, Period } from '../campaigns/figures-queries.js';

/** Problem figures for the reports module; every figure names the records it counted. */
function found(db: Db, scope: DataScope, period: Period) {
  return db
    .selectFrom('problems')
    .select(['id', 'unitId', 'status', 'replyBy', 'deadlineType', 'deadlineOn'])
    .where(inScope(scope, 'problems.tenant_id', 'problems.unit_id'))
    .where('foundOn', '>=', period.from)
    .where('foundOn', '<=', period.to)
    .orderBy('id')
    .execute();
}

/** 查找问题: problems found in the period (ids are problem ids). */
export async function problemsFound(db: Db, scope: DataScope, period: Period): Promise<Figure> {
  const ids = (await found(db, scope, period)).map((r) => r.id);
  return { count: ids.length, ids };
}

/** 涉及部门: distinct responsible units of the problems found in the period (ids are unit ids). */
export async function departmentsInvolved(db: Db, scope: DataScope, period: Period): Promise<Figure> {
  const ids = [...new Set((await found(db, scope, period)).map((r) => r.unitId))].sort((a, b) => a - b);
  return { count: ids.length, ids };
}

/** 整改率: of the problems found in the period, the share verified or closed (ids: the done ones). */
export async function rectificationRate(db: Db, scope: DataScope, period: Period) {
  const rows = await found(db, scope, period);
  const done = rows.filter((r) => (DONE_STATUSES as readonly string[]).includes(r.status)).map((r) => r.id);
  return {
    count: done.length,
    total: rows.length,
    rate: rows.length ? done.length / rows.length : 0,
    ids: done,
  };
}

/** 逾期未整改: problems found in the period that are overdue on `asOf` (YYYY-MM-DD). */
export async function overdueItems(db: Db, scope: DataScope, period: Period, asOf: string): Promise<Figure> {
  const ids = (await found(db, scope, period)).filter((r) => isOverdue(r, asOf)).map((r) => r.id);
  return { count: ids.length, ids };
}
