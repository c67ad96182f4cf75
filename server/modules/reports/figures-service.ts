import { zh } from '../../../common/locale/index.js';
import type { Figure, PeriodQuery } from '../../../common/reports.js';
import { type Db, runsConcurrently } from '../../db/connection.js';
import { assertReach, type DataScope, dataScope } from '../../platform/access.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { findUnitById } from '../orgs/queries.js';
import { METRIC_BY_KEY, METRICS } from './metrics/index.js';
import { FigureRun, type Metric, type Period } from './metrics/types.js';

export async function computeFigure(
  db: Db,
  metric: Metric,
  scope: DataScope,
  period: Period,
  run: FigureRun = new FigureRun(),
): Promise<Figure> {
  const result = await metric.compute(db, scope, period, run);
  return {
    key: metric.key,
    label: metric.label,
    measure: metric.measure,
    group: metric.group,
    value: result.value,
    items: result.items ?? [],
    sources: result.sources,
  };
}

/** At most this many figures in flight on a pool, so a report leaves connections to other requests. */
const IN_FLIGHT = 4;

/**
 * Every registered figure for a scope and period, in registry order. The figures share one
 * `FigureRun`, so records several of them count from are loaded once. On PostgreSQL up to
 * IN_FLIGHT figures run at once on the pool; on SQLite one after another (one connection).
 */
export async function computeFigures(
  db: Db,
  scope: DataScope,
  period: Period,
  keys?: string[],
): Promise<Figure[]> {
  const metrics = keys ? METRICS.filter((m) => keys.includes(m.key)) : METRICS;
  const run = new FigureRun();
  const out: Figure[] = new Array(metrics.length);
  let next = 0;
  const worker = async () => {
    while (next < metrics.length) {
      const i = next++;
      out[i] = await computeFigure(db, metrics[i], scope, period, run);
    }
  };
  const workers = runsConcurrently(db) ? Math.min(IN_FLIGHT, metrics.length) : 1;
  await Promise.all(Array.from({ length: workers }, worker));
  return out;
}

/**
 * The caller's scope, narrowed to one area or unit when asked — never widened: a unit admin asking
 * for another unit gets 404, an area leader asking for another area gets nothing of it.
 */
export async function narrowedScope(
  deps: Deps,
  ctx: RequestContext,
  query: Pick<PeriodQuery, 'areaId' | 'unitId'>,
): Promise<DataScope> {
  const scope = dataScope(ctx);
  if (query.unitId) {
    const unit = await findUnitById(deps.db, ctx.user.tenantId, query.unitId);
    if (!unit) throw notFound();
    assertReach(ctx, { tenantId: unit.tenantId, unitId: unit.id, areaId: unit.areaId });
    return { ...scope, unitIds: [unit.id] };
  }
  if (query.areaId) {
    if (scope.areaIds && !scope.areaIds.includes(query.areaId)) throw notFound();
    if (scope.unitIds) return scope;
    return { ...scope, areaIds: [query.areaId] };
  }
  return scope;
}

export async function listFigures(
  deps: Deps,
  ctx: RequestContext,
  query: PeriodQuery & { withSources?: boolean },
) {
  const scope = await narrowedScope(deps, ctx, query);
  const figures = await computeFigures(deps.db, scope, query);
  return {
    from: query.from,
    to: query.to,
    figures: query.withSources === false ? figures.map((f) => ({ ...f, sources: [] })) : figures,
  };
}

export async function getFigure(deps: Deps, ctx: RequestContext, key: string, query: PeriodQuery) {
  const metric = METRIC_BY_KEY.get(key);
  if (!metric) throw notFound(zh.reports.notFoundFigure);
  return computeFigure(deps.db, metric, await narrowedScope(deps, ctx, query), query);
}
