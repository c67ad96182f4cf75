import type { HeatCell, Heatmap, HeatmapQuery } from '../../../common/reports.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { narrowedScope } from './figures-service.js';
import { METRIC_BY_KEY } from './metrics/index.js';
import { type Metric, shareValue, type UnitShare } from './metrics/types.js';
import { unitsInScope } from './queries/breakdown.js';

/**
 * The lines of work of the 统计概览 heat map, each a registered figure with a per-unit breakdown:
 * 巡听, 学习日签到, 读书活动, 任务按时报送, 问题整改, 机制要素落实. A cell is the figure narrowed
 * to the unit, so clicking it opens exactly the records of `GET /api/reports/figures/:key?unitId=`.
 */
export const HEAT_COLUMNS = [
  'inspections.groupsInspected',
  'learning.studyDaySignIns',
  'learning.readingUnits',
  'tasks.onTimeRate',
  'problems.rectificationRate',
  'mechanisms.adoptionRate',
] as const;

function heatMetrics(): (Metric & Required<Pick<Metric, 'byUnit'>>)[] {
  return HEAT_COLUMNS.map((key) => {
    const m = METRIC_BY_KEY.get(key);
    if (!m?.byUnit) throw new Error(`heat map column ${key} has no per-unit breakdown`);
    return m as Metric & Required<Pick<Metric, 'byUnit'>>;
  });
}

export function cellOf(metric: Pick<Metric, 'measure'>, share: UnitShare): HeatCell {
  return {
    value: shareValue(metric.measure, share),
    count: share.count,
    total: share.total,
    rate: share.total > 0 ? Math.round(Math.min(1, share.count / share.total) * 1000) / 10 : null,
  };
}

/**
 * Every unit of the caller's scope (narrowed to an area when asked) × the heat columns for the
 * period, most lagging first: 滞后指数 = 100 − the mean rate over the cells where something was
 * due. Paged, so a committee of hundreds of units gets its top N laggards first.
 */
export async function unitHeatmap(deps: Deps, ctx: RequestContext, query: HeatmapQuery): Promise<Heatmap> {
  const scope = await narrowedScope(deps, ctx, { areaId: query.areaId });
  const metrics = heatMetrics();
  const units = await unitsInScope(deps.db, scope);
  const shares: Map<number, UnitShare>[] = [];
  // One after another: SQLite has one connection.
  for (const m of metrics) shares.push(await m.byUnit(deps.db, scope, query));
  const rows = units.map((u) => {
    const cells: Record<string, HeatCell> = {};
    const rates: number[] = [];
    metrics.forEach((m, i) => {
      const cell = cellOf(m, shares[i].get(u.id) ?? { count: 0, total: 0 });
      cells[m.key] = cell;
      if (cell.rate !== null) rates.push(cell.rate);
    });
    const mean = rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : 100;
    return {
      unitId: u.id,
      unitName: u.shortName || u.name,
      areaName: u.areaName,
      lag: Math.round((100 - mean) * 10) / 10,
      due: rates.length,
      cells,
      sort: u.sort,
    };
  });
  rows.sort((a, b) => b.lag - a.lag || b.due - a.due || a.sort - b.sort || a.unitId - b.unitId);
  const start = (query.page - 1) * query.pageSize;
  return {
    from: query.from,
    to: query.to,
    columns: metrics.map((m) => ({ key: m.key, label: m.label, measure: m.measure })),
    rows: rows.slice(start, start + query.pageSize).map(({ sort: _s, ...r }) => r),
    total: rows.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}
