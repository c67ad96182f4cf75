import type { Executor } from '../../db/connection.js';
import { inScope } from '../../db/scope.js';
import type { DataScope } from '../../platform/access.js';
import './tables.js';

/**
 * Figures of 中心组学习巡听 for summaries and reports, counted from records (never stored):
 * "今年确定N个单位作为巡听单位", "上半年对N个党组(党委)中心组理论学习情况进行了巡听" — N counted here, never written.
 * Each function returns the ids it counted, so a summary can show where a figure comes from.
 */

/** Units on the issued plan of a year, within the scope. */
export async function unitsOnPlan(db: Executor, scope: DataScope, year: number) {
  const rows = await db
    .selectFrom('inspectionSessions as s')
    .innerJoin('inspectionPlans as p', 'p.id', 's.planId')
    .select(['s.id as sessionId', 's.unitId'])
    .where(inScope(scope, 's.tenant_id', 's.unit_id'))
    .where('p.year', '=', year)
    .where('p.status', '=', 'issued')
    .orderBy('s.id')
    .execute();
  return {
    count: new Set(rows.map((r) => r.unitId)).size,
    unitIds: rows.map((r) => r.unitId),
    sessionIds: rows.map((r) => r.sessionId),
  };
}

/** Sessions whose record was submitted with an inspection date inside [from, to] (YYYY-MM-DD, inclusive). */
export async function sessionsInspected(
  db: Executor,
  scope: DataScope,
  from: string,
  to: string,
  areaId?: number,
) {
  let q = db
    .selectFrom('inspectionSessions as s')
    .innerJoin('inspectionRecords as r', 'r.sessionId', 's.id')
    .innerJoin('inspectionPlans as p', 'p.id', 's.planId')
    .select(['s.id as sessionId', 's.unitId', 'r.inspectedOn'])
    .where(inScope(scope, 's.tenant_id', 's.unit_id'))
    .where('p.status', '=', 'issued')
    .where('r.status', '=', 'submitted')
    .where('r.inspectedOn', '>=', from)
    .where('r.inspectedOn', '<=', to);
  if (areaId)
    q = q.where('s.unitId', 'in', (eb) => eb.selectFrom('units').select('id').where('areaId', '=', areaId));
  const rows = await q.orderBy('r.inspectedOn').orderBy('s.id').execute();
  return { count: rows.length, sessionIds: rows.map((r) => r.sessionId), rows };
}

/** Sessions of issued plans planned for the given years, with their planned month (for per-month progress). */
export function plannedSessions(db: Executor, scope: DataScope, years: number[], areaId?: number) {
  let q = db
    .selectFrom('inspectionSessions as s')
    .innerJoin('inspectionPlans as p', 'p.id', 's.planId')
    .select(['s.id as sessionId', 'p.year', 's.plannedMonth'])
    .where(inScope(scope, 's.tenant_id', 's.unit_id'))
    .where('p.status', '=', 'issued')
    .where('p.year', 'in', years);
  if (areaId)
    q = q.where('s.unitId', 'in', (eb) => eb.selectFrom('units').select('id').where('areaId', '=', areaId));
  return q.execute();
}
