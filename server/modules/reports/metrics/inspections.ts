import { zh } from '../../../../common/locale/index.js';
import type { DataScope } from '../../../platform/access.js';
import { sessionsInspected, unitsOnPlan } from '../../inspections/figures-queries.js';
import { inspectionItemsOf, lateStudyPlansOf, sessionsPlannedBetween } from '../queries/sources.js';
import { runOf, unitNames } from './shared.js';
import { addShare, countOf, type FigureRun, type Metric, type Period, type UnitShare } from './types.js';

const group = 'inspections';
type Db = Parameters<Metric['compute']>[0];

/** The sessions inspected in the period, loaded once per run: four figures count from them. */
const sessionsIn = (db: Db, scope: DataScope, period: Period, run: FigureRun) =>
  run.once(['inspections.sessions', scope, period.from, period.to], () =>
    sessionsInspected(db, scope, period.from, period.to),
  );

function yearsOf(from: string, to: string): number[] {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  return years;
}

/** Items (good practices or shortcomings) recorded at the sessions inspected in the period. */
async function items(db: Db, scope: DataScope, period: Period, kind: string, run: FigureRun) {
  const { sessionIds } = await sessionsIn(db, scope, period, run);
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
    async compute(db, scope, period, run) {
      const unitIds = new Set<number>();
      for (const year of yearsOf(period.from, period.to))
        for (const id of (await unitsOnPlan(db, scope, year)).unitIds) unitIds.add(id);
      const names = await unitNames(db, scope, [...unitIds], runOf(run));
      return countOf([...unitIds].map((id) => ({ type: 'unit', id, label: names.get(id) ?? String(id) })));
    },
  },
  {
    key: 'inspections.groupsInspected',
    label: '巡听中心组数',
    measure: '个',
    group,
    async compute(db, scope, period, run) {
      const shared = runOf(run);
      const { rows } = await sessionsIn(db, scope, period, shared);
      const names = await unitNames(
        db,
        scope,
        rows.map((r) => r.unitId),
        shared,
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
    async byUnit(db, scope, period, run) {
      const { rows } = await sessionsIn(db, scope, period, runOf(run));
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
    compute: (db, scope, period, run) => items(db, scope, period, 'practice', runOf(run)),
  },
  {
    key: 'inspections.shortcomings',
    label: '发现不足之处',
    measure: '条',
    group,
    compute: (db, scope, period, run) => items(db, scope, period, 'shortcoming', runOf(run)),
  },
  {
    key: 'inspections.lateStudyPlans',
    label: '学习方案迟报',
    measure: '个',
    group,
    async compute(db, scope, period, run) {
      const { sessionIds } = await sessionsIn(db, scope, period, runOf(run));
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
