import { zh } from '../../../../common/locale/index.js';
import { sessionsInspected, unitsOnPlan } from '../../inspections/figures-queries.js';
import { unitNameMap } from '../queries/labels.js';
import { inspectionItemsOf, lateStudyPlansOf, sessionsPlannedBetween } from '../queries/sources.js';
import { addShare, countOf, type Metric, type UnitShare } from './types.js';

const group = 'inspections';

function yearsOf(from: string, to: string): number[] {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  return years;
}

/** Items (good practices or shortcomings) recorded at the sessions inspected in the period. */
async function items(
  db: Parameters<Metric['compute']>[0],
  scope: Parameters<Metric['compute']>[1],
  period: Parameters<Metric['compute']>[2],
  kind: string,
) {
  const { sessionIds } = await sessionsInspected(db, scope, period.from, period.to);
  const rows = await inspectionItemsOf(db, sessionIds, kind);
  const byCategory = new Map<string, number>();
  for (const r of rows) byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + 1);
  const ranked = [...byCategory.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([c]) => zh.inspections.categories[c] ?? c);
  return countOf(
    rows.map((r) => ({ type: 'inspection_item', id: r.id, label: `${r.unitName}：${r.content}` })),
    ranked,
  );
}

export const inspectionMetrics: Metric[] = [
  {
    key: 'inspections.planUnits',
    label: '巡听计划单位数',
    measure: '个',
    group,
    async compute(db, scope, period) {
      const unitIds = new Set<number>();
      for (const year of yearsOf(period.from, period.to))
        for (const id of (await unitsOnPlan(db, scope, year)).unitIds) unitIds.add(id);
      const names = await unitNameMap(db, [...unitIds]);
      return countOf([...unitIds].map((id) => ({ type: 'unit', id, label: names.get(id) ?? String(id) })));
    },
  },
  {
    key: 'inspections.groupsInspected',
    label: '巡听中心组数',
    measure: '个',
    group,
    async compute(db, scope, period) {
      const { rows } = await sessionsInspected(db, scope, period.from, period.to);
      const names = await unitNameMap(
        db,
        rows.map((r) => r.unitId),
      );
      return countOf(
        rows.map((r) => ({
          type: 'inspection_session',
          id: r.sessionId,
          label: `${names.get(r.unitId) ?? r.unitId}（${r.inspectedOn}）`,
        })),
      );
    },
    /** Per unit: sessions inspected, out of the sessions planned for the period's months or inspected in it. */
    async byUnit(db, scope, period) {
      const { rows } = await sessionsInspected(db, scope, period.from, period.to);
      const out = new Map<number, UnitShare>();
      const inspected = new Set(rows.map((r) => r.sessionId));
      for (const r of rows) addShare(out, r.unitId, 1, 1);
      for (const due of await sessionsPlannedBetween(db, scope, period.from, period.to))
        if (!inspected.has(due.sessionId)) addShare(out, due.unitId, 0, 1);
      return out;
    },
  },
  {
    key: 'inspections.goodPractices',
    label: '登记好的做法',
    measure: '条',
    group,
    compute: (db, scope, period) => items(db, scope, period, 'practice'),
  },
  {
    key: 'inspections.shortcomings',
    label: '发现不足之处',
    measure: '条',
    group,
    compute: (db, scope, period) => items(db, scope, period, 'shortcoming'),
  },
  {
    key: 'inspections.lateStudyPlans',
    label: '学习方案迟报',
    measure: '个',
    group,
    async compute(db, scope, period) {
      const { sessionIds } = await sessionsInspected(db, scope, period.from, period.to);
      const late = await lateStudyPlansOf(db, sessionIds);
      return countOf(
        late.map((r) => ({
          type: 'inspection_session',
          id: r.sessionId,
          label: `${r.unitName}（提前${r.daysAhead}天报送）`,
        })),
      );
    },
  },
];
