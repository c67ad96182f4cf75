import { shanghaiDate } from '../../../platform/clock.js';
import {
  researchTeams,
  unitsVisited,
  windowUnitsVisitedUnannounced,
} from '../../campaigns/figures-queries.js';
import { unitsWithPublicCommitments } from '../../commitments/figures-queries.js';
import {
  departmentsInvolved,
  overdueItems,
  problemsFound,
  rectificationRate,
} from '../../problems/figures-queries.js';
import { labelRows, unitNameMap } from '../queries/labels.js';
import { addShare, countOf, type Metric, type MetricResult, rate, type UnitShare } from './types.js';

const group = 'workStyle';
type Db = Parameters<Metric['compute']>[0];

async function unitSources(db: Db, ids: number[]): Promise<MetricResult> {
  const names = await unitNameMap(db, ids);
  return countOf(ids.map((id) => ({ type: 'unit', id, label: names.get(id) ?? String(id) })));
}

async function problemSources(db: Db, ids: number[]) {
  const rows = await labelRows(db, 'problems', ids, ['unit_id', 'description', 'found_on']);
  const names = await unitNameMap(
    db,
    [...rows.values()].map((r) => Number(r.unitId)),
  );
  return ids.map((id) => {
    const r = rows.get(id);
    const text = String(r?.description ?? '');
    return {
      type: 'problem',
      id,
      label: `${names.get(Number(r?.unitId)) ?? ''}：${text.length > 40 ? `${text.slice(0, 40)}…` : text}`,
    };
  });
}

/** Overdue is judged as of the period's end, or today for a period still running. */
const asOfFor = (to: string) => {
  const today = shanghaiDate();
  return to < today ? to : today;
};

export const workStyleMetrics: Metric[] = [
  {
    key: 'workStyle.researchTeams',
    label: '作风建设调研组',
    measure: '个',
    group,
    async compute(db, scope, period) {
      const { ids } = await researchTeams(db, scope, period);
      const rows = await labelRows(db, 'ws_teams', ids, ['name']);
      return countOf(ids.map((id) => ({ type: 'ws_team', id, label: String(rows.get(id)?.name ?? id) })));
    },
  },
  {
    key: 'workStyle.unitsVisited',
    label: '调研走访机关单位',
    measure: '个',
    group,
    compute: async (db, scope, period) => unitSources(db, (await unitsVisited(db, scope, period)).ids),
  },
  {
    key: 'workStyle.windowUnitsVisited',
    label: '暗访窗口单位',
    measure: '个',
    group,
    compute: async (db, scope, period) =>
      unitSources(db, (await windowUnitsVisitedUnannounced(db, scope, period)).ids),
  },
  {
    key: 'problems.found',
    label: '查找作风问题',
    measure: '条',
    group,
    compute: async (db, scope, period) =>
      countOf(await problemSources(db, (await problemsFound(db, scope, period)).ids)),
  },
  {
    key: 'problems.departments',
    label: '问题涉及部门',
    measure: '个',
    group,
    compute: async (db, scope, period) => unitSources(db, (await departmentsInvolved(db, scope, period)).ids),
  },
  {
    key: 'problems.closed',
    label: '已整改销号问题',
    measure: '条',
    group,
    compute: async (db, scope, period) =>
      countOf(await problemSources(db, (await rectificationRate(db, scope, period)).ids)),
  },
  {
    key: 'problems.rectificationRate',
    label: '问题整改率',
    measure: '%',
    group,
    async compute(db, scope, period) {
      const r = await rectificationRate(db, scope, period);
      return { value: rate(r.count, r.total), sources: await problemSources(db, r.ids) };
    },
    /** Per unit: its problems found in the period that are rectified, out of all it was found to have. */
    async byUnit(db, scope, period) {
      const found = (await problemsFound(db, scope, period)).ids;
      const done = new Set((await rectificationRate(db, scope, period)).ids);
      const rows = await labelRows(db, 'problems', found, ['unit_id']);
      const out = new Map<number, UnitShare>();
      for (const id of found) addShare(out, Number(rows.get(id)?.unitId), done.has(id) ? 1 : 0, 1);
      return out;
    },
  },
  {
    key: 'problems.overdue',
    label: '整改超期问题',
    measure: '条',
    group,
    compute: async (db, scope, period) =>
      countOf(await problemSources(db, (await overdueItems(db, scope, period, asOfFor(period.to))).ids)),
  },
  {
    key: 'commitments.units',
    label: '作风公开承诺单位',
    measure: '个',
    group,
    compute: async (db, scope, period) =>
      unitSources(db, (await unitsWithPublicCommitments(db, scope, period)).ids),
  },
  {
    key: 'commitments.tvUnits',
    label: '电视公开承诺单位',
    measure: '个',
    group,
    compute: async (db, scope, period) =>
      unitSources(db, (await unitsWithPublicCommitments(db, scope, period, 'tv')).ids),
  },
];
