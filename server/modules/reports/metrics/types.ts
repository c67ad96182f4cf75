import type { FigureSource } from '../../../../common/reports.js';
import type { Db } from '../../../db/connection.js';
import type { DataScope } from '../../../platform/access.js';

export interface Period {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

/**
 * One unit's share of a figure: `count` records counted for the unit (the sources the figure lists
 * when narrowed to that unit) out of `total` (the denominator of a rate, or of what the unit could
 * have done; 0 = nothing was due). The cell value is the figure narrowed to the unit.
 */
export interface UnitShare {
  count: number;
  total: number;
}

export interface MetricResult {
  value: number;
  sources: FigureSource[];
  items?: string[];
}

/**
 * The work the figures of one computation share. Several figures count from the same records (the
 * problems found in the period, the task slots due in it, the mechanism rollout, the unit names),
 * so one computation loads each of them once: `once` keeps the promise of the first load under its
 * key (the name and the arguments), and later or concurrent calls get the same result. Made afresh
 * for every request, so nothing outlives it.
 */
export class FigureRun {
  readonly #loads = new Map<string, Promise<unknown>>();

  once<T>(key: unknown[], load: () => Promise<T>): Promise<T> {
    const k = JSON.stringify(key);
    let loaded = this.#loads.get(k) as Promise<T> | undefined;
    if (!loaded) {
      loaded = load();
      this.#loads.set(k, loaded);
    }
    return loaded;
  }
}

/**
 * A named figure: one counted query over a period and a scope. Defined once, used by dashboards,
 * summaries and exports alike. `value` is the count of `sources` unless the metric is a rate,
 * whose sources are the records of its numerator.
 */
export interface Metric {
  key: string;
  label: string;
  measure: string;
  group: string;
  /** `run` shares loaded records with the other figures of the same computation (a fresh one when omitted). */
  compute(db: Db, scope: DataScope, period: Period, run?: FigureRun): Promise<MetricResult>;
  /**
   * The same figure split by unit in one pass (for the unit × work heat map), defined beside
   * `compute` from the same counted records: for every unit of the scope it answers, `count` equals
   * the number of sources `compute` lists for a scope narrowed to that unit. Units it omits have
   * nothing counted and nothing due.
   */
  byUnit?(db: Db, scope: DataScope, period: Period, run?: FigureRun): Promise<Map<number, UnitShare>>;
}

/** The value a figure takes for one unit, from its share: a rate for '%' figures, else the count. */
export function shareValue(measure: string, share: UnitShare): number {
  return measure === '%' ? rate(share.count, share.total) : share.count;
}

/** Adds a counted record (or a due one) to a unit's share. */
export function addShare(map: Map<number, UnitShare>, unitId: number, count: number, total: number) {
  const s = map.get(unitId) ?? { count: 0, total: 0 };
  s.count += count;
  s.total += total;
  map.set(unitId, s);
}

export function countOf(sources: FigureSource[], items?: string[]): MetricResult {
  return { value: sources.length, sources, items };
}

export function rate(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator / denominator) * 1000) / 10;
}
