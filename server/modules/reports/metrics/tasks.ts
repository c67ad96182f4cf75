import { shanghaiDate } from '../../../platform/clock.js';
import { mechanismFigures } from '../../mechanisms/figures-queries.js';
import { taskFigures } from '../../tasks/figures-queries.js';
import { unitIdsInScope, unitNameMap } from '../queries/labels.js';
import { adoptionLabels, issuedDocumentsBetween, slotLabels, tasksOfSlots } from '../queries/sources.js';
import { addShare, countOf, type Metric, rate, type UnitShare } from './types.js';

type Db = Parameters<Metric['compute']>[0];
type Scope = Parameters<Metric['compute']>[1];

const asOfFor = (to: string) => {
  const today = shanghaiDate();
  return to < today ? to : today;
};

/** Task report slots due in the period, limited to the scope's units. */
async function slots(db: Db, scope: Scope, from: string, to: string) {
  const f = await taskFigures(db, scope.tenantId, { from, to }, asOfFor(to));
  const reach = await unitIdsInScope(db, scope);
  const perUnit = reach ? f.perUnit.filter((u) => reach.has(u.unitId)) : f.perUnit;
  return {
    perUnit,
    all: perUnit.flatMap((u) => u.slotIds),
    onTime: perUnit.flatMap((u) => u.onTimeSlotIds),
    overdueUnits: perUnit.filter((u) => u.overdueSlotIds.length > 0).map((u) => u.unitId),
  };
}

/** Mechanism rollout as of the period's end, limited to the scope's units. */
async function rollout(db: Db, scope: Scope, to: string) {
  const all = await mechanismFigures(db, scope.tenantId, asOfFor(to));
  const reach = await unitIdsInScope(db, scope);
  const perUnit = all.flatMap((m) => m.perUnit).filter((u) => !reach || reach.has(u.unitId));
  const cells = all.reduce(
    (n, m) => n + m.elementIds.length * m.unitIds.filter((id) => !reach || reach.has(id)).length,
    0,
  );
  const lagging = new Set(all.flatMap((m) => m.laggingUnitIds).filter((id) => !reach || reach.has(id)));
  return { perUnit, cells, lagging: [...lagging] };
}

async function units(db: Db, ids: number[]) {
  const names = await unitNameMap(db, ids);
  return countOf(ids.map((id) => ({ type: 'unit', id, label: names.get(id) ?? String(id) })));
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
    compute: async (db, scope, period) =>
      countOf(await tasksOfSlots(db, (await slots(db, scope, period.from, period.to)).all)),
  },
  {
    key: 'tasks.onTimeRate',
    label: '任务按时报送率',
    measure: '%',
    group: 'tasks',
    async compute(db, scope, period) {
      const s = await slots(db, scope, period.from, period.to);
      return { value: rate(s.onTime.length, s.all.length), sources: await slotLabels(db, s.onTime) };
    },
    /** Per unit: slots reported on time, out of its slots due in the period. */
    async byUnit(db, scope, period) {
      const out = new Map<number, UnitShare>();
      for (const u of (await slots(db, scope, period.from, period.to)).perUnit)
        addShare(out, u.unitId, u.onTimeSlotIds.length, u.slotIds.length);
      return out;
    },
  },
  {
    key: 'tasks.overdueUnits',
    label: '任务逾期单位',
    measure: '个',
    group: 'tasks',
    compute: async (db, scope, period) =>
      units(db, (await slots(db, scope, period.from, period.to)).overdueUnits),
  },
  {
    key: 'mechanisms.pilotUnits',
    label: '“168”机制试点单位',
    measure: '个',
    group: 'mechanisms',
    compute: async (db, scope, period) =>
      units(db, [
        ...new Set(
          (await rollout(db, scope, period.to)).perUnit.filter((u) => u.isPilot).map((u) => u.unitId),
        ),
      ]),
  },
  {
    key: 'mechanisms.adoptionRate',
    label: '机制要素落实率',
    measure: '%',
    group: 'mechanisms',
    async compute(db, scope, period) {
      const r = await rollout(db, scope, period.to);
      const done = r.perUnit.flatMap((u) => u.doneAdoptionIds);
      return { value: rate(done.length, r.cells), sources: await adoptionLabels(db, done) };
    },
    /** Per unit: elements accepted as done, out of the elements of the mechanisms it takes part in. */
    async byUnit(db, scope, period) {
      const all = await mechanismFigures(db, scope.tenantId, asOfFor(period.to));
      const reach = await unitIdsInScope(db, scope);
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
    compute: async (db, scope, period) => units(db, (await rollout(db, scope, period.to)).lagging),
  },
];
