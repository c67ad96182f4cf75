import type { Matrix } from '../../../common/tasks.js';

export interface MatrixUnit {
  id: number;
  name: string;
  shortName: string | null;
  category: string;
  areaId: number | null;
  areaName: string | null;
}

type Cells = Map<number, Record<string, { state: string; refId: number }>>;

const rateOf = (counts: Record<string, number>, finished: readonly string[]) => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const done = finished.reduce((n, k) => n + (counts[k] ?? 0), 0);
  return total ? Math.round((done / total) * 1000) / 10 : 0;
};

/**
 * The unit × item progress matrix with per-row counts and completion rate, and roll-ups by area
 * and by assessment category. `finished` names the states that count as completed. Rows come
 * laggards first (lowest rate), so the committee sees who to act on at once.
 */
export function buildMatrix(
  units: MatrixUnit[],
  columns: { key: string; label: string }[],
  cells: Cells,
  states: readonly string[],
  finished: readonly string[],
): Matrix {
  const zero = () => Object.fromEntries(states.map((s) => [s, 0])) as Record<string, number>;
  const rows = units.map((u) => {
    const own = cells.get(u.id) ?? {};
    const counts = zero();
    for (const cell of Object.values(own)) counts[cell.state] = (counts[cell.state] ?? 0) + 1;
    return {
      unitId: u.id,
      unitName: u.shortName || u.name,
      areaId: u.areaId,
      areaName: u.areaName,
      category: u.category,
      cells: own,
      counts,
      rate: rateOf(counts, finished),
    };
  });
  rows.sort((a, b) => a.rate - b.rate);
  const rollup = (keyOf: (r: (typeof rows)[number]) => [string, string]) => {
    const groups = new Map<
      string,
      { key: string; label: string; counts: Record<string, number>; units: number }
    >();
    for (const r of rows) {
      const [key, label] = keyOf(r);
      const g = groups.get(key) ?? { key, label, counts: zero(), units: 0 };
      for (const s of Object.keys(r.counts)) g.counts[s] = (g.counts[s] ?? 0) + r.counts[s];
      g.units += 1;
      groups.set(key, g);
    }
    return [...groups.values()]
      .map((g) => ({ ...g, rate: rateOf(g.counts, finished) }))
      .sort((a, b) => a.rate - b.rate);
  };
  const totals = zero();
  for (const r of rows) for (const s of Object.keys(r.counts)) totals[s] += r.counts[s];
  return {
    columns,
    rows,
    byArea: rollup((r) => [String(r.areaId ?? 0), r.areaName ?? '—']),
    byCategory: rollup((r) => [r.category, r.category]),
    totals,
    rate: rateOf(totals, finished),
  };
}

/** For the overall matrix: one cell per unit and task, the most urgent state of its periods. */
export const SEVERITY = ['missing', 'returned', 'late', 'review', 'open', 'done'];
export function worstState(a: string | undefined, b: string) {
  if (a === undefined) return b;
  return SEVERITY.indexOf(b) < SEVERITY.indexOf(a) ? b : a;
}
