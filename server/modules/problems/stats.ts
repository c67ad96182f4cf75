import { zh } from '../../../common/locale/index.js';
import { type ProblemStats, STATUSES } from '../../../common/problems.js';
import type { Tally } from './stats-queries.js';

type Bucket = ProblemStats['byCategory'][number];

const sorted = (buckets: Bucket[]) =>
  [...buckets].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

/**
 * The statistics from the counts per status, category and responsible unit (stats-queries.ts):
 * totals, overdue and done counts, every status listed (zero when none), categories and units by
 * count, then by name.
 */
export function statsOf(t: { byStatus: Tally[]; byCategory: Tally[]; byUnit: Tally[] }): ProblemStats {
  const byStatus = new Map<string, Bucket>(
    STATUSES.map((s) => [s, { key: s, label: zh.workStyle.statuses[s], count: 0, overdue: 0, done: 0 }]),
  );
  for (const r of t.byStatus) {
    const label = zh.workStyle.statuses[r.key as (typeof STATUSES)[number]] ?? r.key;
    byStatus.set(r.key, { key: r.key, label, count: r.count, overdue: r.overdue, done: r.done });
  }
  const sum = (k: 'count' | 'done' | 'overdue') => t.byStatus.reduce((n, r) => n + r[k], 0);
  const total = sum('count');
  const done = sum('done');
  return {
    total,
    done,
    overdue: sum('overdue'),
    departments: t.byUnit.length,
    rectificationRate: total ? done / total : 0,
    byCategory: sorted(t.byCategory),
    byUnit: sorted(t.byUnit),
    byStatus: [...byStatus.values()],
  };
}
