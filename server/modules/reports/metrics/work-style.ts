import type { DataScope } from '../../../platform/access.js';
import {
  researchTeams,
  unitsVisited,
  windowUnitsVisitedUnannounced,
} from '../../campaigns/figures-queries.js';
import { unitsWithPublicCommitments } from '../../commitments/figures-queries.js';
import {
  departmentsOf,
  type FoundProblem,
  foundOf,
  overdueOf,
  problemsFoundIn,
  rectificationOf,
} from '../../problems/figures-queries.js';
import { labelRows } from '../queries/labels.js';
import { asOfFor, runOf, unitNames, unitSources } from './shared.js';
import {
  addShare,
  countOf,
  type FigureRun,
  type Metric,
  type Period,
  rate,
  type UnitShare,
} from './types.js';

const group = 'workStyle';
type Db = Parameters<Metric['compute']>[0];

/** The problems found in the period, loaded once per run: five figures count from them. */
const found = (db: Db, scope: DataScope, period: Period, run: FigureRun) =>
  run.once(['problems.found', scope, period.from, period.to], () => problemsFoundIn(db, scope, period));

/** Sources of problem figures, "unit：description" (cut at 40 characters), in the order of `ids`. */
async function problemSources(db: Db, scope: DataScope, rows: FoundProblem[], ids: number[], run: FigureRun) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const names = await unitNames(db, scope, [...new Set(rows.map((r) => r.unitId))], run);
  return ids.map((id) => {
    const r = byId.get(id);
    const text = r?.description ?? '';
    return {
      type: 'problem',
      id,
      label: `${(r && names.get(r.unitId)) ?? ''}：${text.length > 40 ? `${text.slice(0, 40)}…` : text}`,
    };
  });
}

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
    compute: async (db, scope, period, run) =>
      unitSources(db, scope, (await unitsVisited(db, scope, period)).ids, runOf(run)),
  },
  {
    key: 'workStyle.windowUnitsVisited',
    label: '暗访窗口单位',
    measure: '个',
    group,
    compute: async (db, scope, period, run) =>
      unitSources(db, scope, (await windowUnitsVisitedUnannounced(db, scope, period)).ids, runOf(run)),
  },
  {
    key: 'problems.found',
    label: '查找作风问题',
    measure: '条',
    group,
    async compute(db, scope, period, run) {
      const shared = runOf(run);
      const rows = await found(db, scope, period, shared);
      return countOf(await problemSources(db, scope, rows, foundOf(rows).ids, shared));
    },
  },
  {
    key: 'problems.departments',
    label: '问题涉及部门',
    measure: '个',
    group,
    async compute(db, scope, period, run) {
      const shared = runOf(run);
      const rows = await found(db, scope, period, shared);
      return unitSources(db, scope, departmentsOf(rows).ids, shared);
    },
  },
  {
    key: 'problems.closed',
    label: '已整改销号问题',
    measure: '条',
    group,
    async compute(db, scope, period, run) {
      const shared = runOf(run);
      const rows = await found(db, scope, period, shared);
      return countOf(await problemSources(db, scope, rows, rectificationOf(rows).ids, shared));
    },
  },
  {
    key: 'problems.rectificationRate',
    label: '问题整改率',
    measure: '%',
    group,
    async compute(db, scope, period, run) {
      const shared = runOf(run);
      const rows = await found(db, scope, period, shared);
      const r = rectificationOf(rows);
      return { value: rate(r.count, r.total), sources: await problemSources(db, scope, rows, r.ids, shared) };
    },
    /** Per unit: its problems found in the period that are rectified, out of all it was found to have. */
    async byUnit(db, scope, period, run) {
      const rows = await found(db, scope, period, runOf(run));
      const done = new Set(rectificationOf(rows).ids);
      const out = new Map<number, UnitShare>();
      for (const r of rows) addShare(out, r.unitId, done.has(r.id) ? 1 : 0, 1);
      return out;
    },
  },
  {
    key: 'problems.overdue',
    label: '整改超期问题',
    measure: '条',
    group,
    async compute(db, scope, period, run) {
      const shared = runOf(run);
      const rows = await found(db, scope, period, shared);
      return countOf(await problemSources(db, scope, rows, overdueOf(rows, asOfFor(period.to)).ids, shared));
    },
  },
  {
    key: 'commitments.units',
    label: '作风公开承诺单位',
    measure: '个',
    group,
    compute: async (db, scope, period, run) =>
      unitSources(db, scope, (await unitsWithPublicCommitments(db, scope, period)).ids, runOf(run)),
  },
  {
    key: 'commitments.tvUnits',
    label: '电视公开承诺单位',
    measure: '个',
    group,
    compute: async (db, scope, period, run) =>
      unitSources(db, scope, (await unitsWithPublicCommitments(db, scope, period, 'tv')).ids, runOf(run)),
  },
];
