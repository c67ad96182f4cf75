import type { DataScope } from '../../../platform/access.js';
import { mechanismFigures } from '../../mechanisms/figures-queries.js';
import { type DueSlot, taskFiguresOf, taskSlotsDueIn } from '../../tasks/figures-queries.js';
import { adoptionLabels, issuedDocumentsBetween } from '../queries/sources.js';
import { asOfFor, reachOf, runOf, unitNames, unitSources } from './shared.js';
import { addShare, countOf, type FigureRun, type Metric, rate, type UnitShare } from './types.js';

type Db = Parameters<Metric['compute']>[0];

/** Task report slots due in the period, limited to the scope's units (loaded once per run). */
function slots(db: Db, scope: DataScope, from: string, to: string, run: FigureRun) {
  return run.once(['tasks.slots', scope, from, to], async () => {
    const rows = await taskSlotsDueIn(db, scope.tenantId, { from, to });
    const f = taskFiguresOf(rows, asOfFor(to));
    const reach = await reachOf(db, scope, run);
    const perUnit = reach ? f.perUnit.filter((u) => reach.has(u.unitId)) : f.perUnit;
    return {
      rows: new Map(rows.map((r) => [r.id, r])),
      perUnit,
      all: perUnit.flatMap((u) => u.slotIds),
      onTime: perUnit.flatMap((u) => u.onTimeSlotIds),
      overdueUnits: perUnit.filter((u) => u.overdueSlotIds.length > 0).map((u) => u.unitId),
    };
  });
}

/** The distinct tasks of some slots, by task id. */
function tasksOf(rows: Map<number, DueSlot>, slotIds: number[]) {
  const tasks = new Map<number, string>();
  for (const id of slotIds) {
    const r = rows.get(id)!;
    tasks.set(r.taskId, r.taskTitle);
  }
  return [...tasks].sort((a, b) => a[0] - b[0]).map(([id, title]) => ({ type: 'task', id, label: title }));
}

/** Slots labelled "unit：task title（due）", by slot id. */
async function slotSources(
  db: Db,
  scope: DataScope,
  rows: Map<number, DueSlot>,
  slotIds: number[],
  run: FigureRun,
) {
  const slots = [...slotIds].sort((a, b) => a - b).map((id) => rows.get(id)!);
  const names = await unitNames(db, scope, [...new Set(slots.map((r) => r.unitId))], run);
  return slots.map((r) => ({
    type: 'task_slot',
    id: r.id,
    label: `${names.get(r.unitId)}：${r.taskTitle}（${r.dueOn}）`,
  }));
}

/** Mechanism rollout as of the period's end, limited to the scope's units (loaded once per run). */
function rollout(db: Db, scope: DataScope, to: string, run: FigureRun) {
  return run.once(['mechanisms.rollout', scope, to], async () => {
    const all = await mechanismFigures(db, scope.tenantId, asOfFor(to));
    const reach = await reachOf(db, scope, run);
    const perUnit = all.flatMap((m) => m.perUnit).filter((u) => !reach || reach.has(u.unitId));
    const cells = all.reduce(
      (n, m) => n + m.elementIds.length * m.unitIds.filter((id) => !reach || reach.has(id)).length,
      0,
    );
    const lagging = new Set(all.flatMap((m) => m.laggingUnitIds).filter((id) => !reach || reach.has(id)));
    return { all, reach, perUnit, cells, lagging: [...lagging] };
  });
}

export const taskMetrics: Metric[] = [
  {
    key: 'documents.issued',
    label: '制定下发文件',
    measure: '件',
    group: 'tasks',
    async compute(db, scope, period) {
      const docs = await issuedDocumentsBetween(db, scope.tenantId, period.from, period.to);
      return countOf(
        docs.map((d) => ({ type: 'document', id: d.id, label: `${d.docNumber ?? ''} ${d.title}`.trim() })),
      );
    },
  },
  {
    key: 'tasks.assigned',
    label: '部署工作任务',
    measure: '项',
    group: 'tasks',
    async compute(db, scope, period, run) {
      const s = await slots(db, scope, period.from, period.to, runOf(run));
      return countOf(tasksOf(s.rows, s.all));
    },
  },
  {
    key: 'tasks.onTimeRate',
    label: '任务按时报送率',
    measure: '%',
    group: 'tasks',
    async compute(db, scope, period, run) {
      const shared = runOf(run);
      const s = await slots(db, scope, period.from, period.to, shared);
      return {
        value: rate(s.onTime.length, s.all.length),
        sources: await slotSources(db, scope, s.rows, s.onTime, shared),
      };
    },
    /** Per unit: slots reported on time, out of its slots due in the period. */
    async byUnit(db, scope, period, run) {
      const out = new Map<number, UnitShare>();
      for (const u of (await slots(db, scope, period.from, period.to, runOf(run))).perUnit)
        addShare(out, u.unitId, u.onTimeSlotIds.length, u.slotIds.length);
      return out;
    },
  },
  {
    key: 'tasks.overdueUnits',
    label: '任务逾期单位',
    measure: '个',
    group: 'tasks',
    async compute(db, scope, period, run) {
      const shared = runOf(run);
      const s = await slots(db, scope, period.from, period.to, shared);
      return unitSources(db, scope, s.overdueUnits, shared);
    },
  },
  {
    key: 'mechanisms.pilotUnits',
    label: '“168”机制试点单位',
    measure: '个',
    group: 'mechanisms',
    async compute(db, scope, period, run) {
      const shared = runOf(run);
      const r = await rollout(db, scope, period.to, shared);
      const pilots = [...new Set(r.perUnit.filter((u) => u.isPilot).map((u) => u.unitId))];
      return unitSources(db, scope, pilots, shared);
    },
  },
  {
    key: 'mechanisms.adoptionRate',
    label: '机制要素落实率',
    measure: '%',
    group: 'mechanisms',
    async compute(db, scope, period, run) {
      const r = await rollout(db, scope, period.to, runOf(run));
      const done = r.perUnit.flatMap((u) => u.doneAdoptionIds);
      return { value: rate(done.length, r.cells), sources: await adoptionLabels(db, done) };
    },
    /** Per unit: elements accepted as done, out of the elements of the mechanisms it takes part in. */
    async byUnit(db, scope, period, run) {
      const { all, reach } = await rollout(db, scope, period.to, runOf(run));
      const out = new Map<number, UnitShare>();
      for (const m of all)
        for (const u of m.perUnit)
          if (!reach || reach.has(u.unitId))
            addShare(out, u.unitId, u.doneAdoptionIds.length, m.elementIds.length);
      return out;
    },
  },
  {
    key: 'mechanisms.laggingUnits',
    label: '机制推行滞后单位',
    measure: '个',
    group: 'mechanisms',
    async compute(db, scope, period, run) {
      const shared = runOf(run);
      const r = await rollout(db, scope, period.to, shared);
      return unitSources(db, scope, r.lagging, shared);
    },
  },
];
