import { zh } from '../../../common/locale/index.js';
import { DONE_STATUSES, isOverdue, type ProblemStats, STATUSES } from '../../../common/problems.js';

interface StatRow {
  unitId: number;
  unitName: string;
  category: string;
  status: string;
  replyBy: string | null;
  deadlineType: string | null;
  deadlineOn: string | null;
}

type Bucket = ProblemStats['byCategory'][number];

/** Counts problems by category, by responsible unit and by status, with overdue and done counts. */
export function computeStats(rows: StatRow[], today: string): ProblemStats {
  const byCategory = new Map<string, Bucket>();
  const byUnit = new Map<string, Bucket>();
  const byStatus = new Map<string, Bucket>(
    STATUSES.map((s) => [s, { key: s, label: zh.workStyle.statuses[s], count: 0, overdue: 0, done: 0 }]),
  );
  let done = 0;
  let overdue = 0;
  const add = (map: Map<string, Bucket>, key: string, label: string, isDone: boolean, late: boolean) => {
    const b = map.get(key) ?? { key, label, count: 0, overdue: 0, done: 0 };
    b.count += 1;
    if (isDone) b.done += 1;
    if (late) b.overdue += 1;
    map.set(key, b);
  };
  for (const r of rows) {
    const isDone = (DONE_STATUSES as readonly string[]).includes(r.status);
    const late = isOverdue(r, today);
    if (isDone) done += 1;
    if (late) overdue += 1;
    add(byCategory, r.category, r.category, isDone, late);
    add(byUnit, String(r.unitId), r.unitName, isDone, late);
    add(byStatus, r.status, zh.workStyle.statuses[r.status] ?? r.status, isDone, late);
  }
  const sorted = (m: Map<string, Bucket>) =>
    [...m.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return {
    total: rows.length,
    done,
    overdue,
    departments: byUnit.size,
    rectificationRate: rows.length ? done / rows.length : 0,
    byCategory: sorted(byCategory),
    byUnit: sorted(byUnit),
    byStatus: [...byStatus.values()],
  };
}
