import { inspectionMetrics } from './inspections.js';
import { learningMetrics } from './learning.js';
import { taskMetrics } from './tasks.js';
import type { Metric } from './types.js';
import { workStyleMetrics } from './work-style.js';

/** The registry of named figures. Each line of work contributes its metrics file. */
export const METRICS: Metric[] = [
  ...inspectionMetrics,
  ...learningMetrics,
  ...taskMetrics,
  ...workStyleMetrics,
];

export const METRIC_BY_KEY = new Map(METRICS.map((m) => [m.key, m]));
