import type { FigureSource } from '../../../../common/reports.js';
import type { Db } from '../../../db/connection.js';
import type { DataScope } from '../../../platform/access.js';
import { shanghaiDate } from '../../../platform/clock.js';
import { unitIdsInScope, unitNameMap } from '../queries/labels.js';
import { unitNamesOfTenant } from './metric-queries.js';
import { countOf, FigureRun, type MetricResult } from './types.js';

/** What the figures of one computation share: loaders that run once per `FigureRun`. */

/** Figures judged on a day (overdue, done by) use the period's end, or today for a period still running. */
export const asOfFor = (to: string) => {
  const today = shanghaiDate();
  return to < today ? to : today;
};

/** The run to share loads with: the caller's, or a fresh one (a single figure). */
export const runOf = (run?: FigureRun) => run ?? new FigureRun();

/** The unit ids a scope reaches (null = the whole committee), loaded once per run. */
export const reachOf = (db: Db, scope: DataScope, run: FigureRun) =>
  run.once(['reach', scope], () => unitIdsInScope(db, scope));

/** Names of units: the committee's in one query per run, any other id looked up by id. */
export async function unitNames(db: Db, scope: DataScope, ids: number[], run: FigureRun) {
  const rows = await run.once(['unitNames', scope.tenantId], () => unitNamesOfTenant(db, scope.tenantId));
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const missing = ids.filter((id) => !names.has(id));
  if (missing.length) for (const [id, name] of await unitNameMap(db, missing)) names.set(id, name);
  return names;
}

/** A figure counting units: one source per unit, labelled with its name. */
export async function unitSources(
  db: Db,
  scope: DataScope,
  ids: number[],
  run: FigureRun,
): Promise<MetricResult> {
  const names = await unitNames(db, scope, ids, run);
  const sources: FigureSource[] = ids.map((id) => ({ type: 'unit', id, label: names.get(id) ?? String(id) }));
  return countOf(sources);
}
