import type { FigureSource } from '../../../../common/reports.js';
import type { Db } from '../../../db/connection.js';
import type { DataScope } from '../../../platform/access.js';

export interface Period {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

export interface MetricResult {
  value: number;
  sources: FigureSource[];
  items?: string[];
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
  compute(db: Db, scope: DataScope, period: Period): Promise<MetricResult>;
}

export function countOf(sources: FigureSource[], items?: string[]): MetricResult {
  return { value: sources.length, sources, items };
}

export function rate(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator / denominator) * 1000) / 10;
}
