import { zh } from '../../../common/locale/index.js';
import type { Cycle } from '../../../common/tasks.js';

export interface Period {
  key: string;
  label: string;
  dueOn: string;
}

const DAY = 86_400_000;
const toDays = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const fromDays = (days: number) => new Date(days * DAY).toISOString().slice(0, 10);
const lastDayOf = (y: number, m: number) => fromDays(Date.UTC(y, m, 0) / DAY);
export const MAX_PERIODS = 36;

/**
 * The report slots of a task: one for a one-off task (due on the deadline); for a monthly or
 * quarterly task one per month/quarter between periodFrom and periodTo, each due as many days
 * after its period's end as the deadline is after the first period's end.
 */
export function periodsOf(cycle: Cycle, deadline: string, from: string | null, to: string | null): Period[] {
  if (cycle === 'none' || !from || !to) return [{ key: '', label: '', dueOn: deadline }];
  const step = cycle === 'monthly' ? 1 : 3;
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  if (step === 3) m = Math.floor((m - 1) / 3) * 3 + 1;
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  const out: { key: string; label: string; end: string }[] = [];
  while ((y < endY || (y === endY && m <= endM)) && out.length <= MAX_PERIODS) {
    const lastMonth = m + step - 1;
    const end = lastDayOf(y, lastMonth);
    if (step === 1)
      out.push({ key: `${y}-${String(m).padStart(2, '0')}`, label: zh.documents.month(y, m), end });
    else {
      const q = (m + 2) / 3;
      out.push({ key: `${y}Q${q}`, label: zh.documents.quarter(y, q), end });
    }
    m += step;
    if (m > 12) {
      m -= 12;
      y += 1;
    }
  }
  const offset = toDays(deadline) - toDays(out[0].end);
  return out.map((p) => ({ key: p.key, label: p.label, dueOn: fromDays(toDays(p.end) + offset) }));
}
