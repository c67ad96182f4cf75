import type { DataScope } from '../../../platform/access.js';
import { shanghaiDate } from '../../../platform/clock.js';
import { booksGiven, readingActivityCoverage, studyDaysHeld } from '../../learning/figures.js';
import { briefingsIssued } from '../../publications/figures-queries.js';
import { labelRows } from '../queries/labels.js';
import { campaignBriefingsBetween, studyDayInvitationsBetween } from '../queries/sources.js';
import { reachOf, runOf, unitSources } from './shared.js';
import { addShare, countOf, type FigureRun, type Metric, type UnitShare } from './types.js';

type Db = Parameters<Metric['compute']>[0];

/** Reading coverage limited to the units of the scope (the module counts per tenant), once per run. */
function coverage(db: Db, scope: DataScope, from: string, to: string, run: FigureRun) {
  return run.once(['learning.coverage', scope, from, to], async () => {
    const c = await readingActivityCoverage(db, scope.tenantId, from, to);
    const reach = await reachOf(db, scope, run);
    const keep = (ids: number[]) => (reach ? ids.filter((id) => reach.has(id)) : ids);
    return { reported: keep(c.reportedUnitIds), silent: keep(c.silentUnitIds) };
  });
}

/**
 * Study days and briefings are the committee's own activities: counted for the whole committee;
 * sign-ins and reading activities belong to units and are counted within the scope.
 */
export const learningMetrics: Metric[] = [
  {
    key: 'learning.studyDays',
    label: '党务干部学习日',
    measure: '期',
    group: 'learning',
    async compute(db, scope, period) {
      const { days } = await studyDaysHeld(db, scope.tenantId, period.from, period.to);
      return countOf(days.map((d) => ({ type: 'study_day', id: d.id, label: `${d.heldOn} ${d.theme}` })));
    },
  },
  {
    key: 'learning.studyDaySignIns',
    label: '学习日签到',
    measure: '家次',
    group: 'learning',
    async compute(db, scope, period) {
      const rows = await studyDayInvitationsBetween(db, scope, period.from, period.to);
      return countOf(
        rows
          .filter((r) => r.status === 'present')
          .map((r) => ({
            type: 'study_day_unit',
            id: r.id,
            label: `${r.heldOn}《${r.theme}》：${r.unitName}`,
          })),
      );
    },
    /** Per unit: study days signed in, out of the invitations to the days already held. */
    async byUnit(db, scope, period) {
      const today = shanghaiDate();
      const out = new Map<number, UnitShare>();
      for (const r of await studyDayInvitationsBetween(db, scope, period.from, period.to))
        if (r.status === 'present' || r.heldOn <= today)
          addShare(out, r.unitId, r.status === 'present' ? 1 : 0, 1);
      return out;
    },
  },
  {
    key: 'learning.booksGiven',
    label: '赠送图书',
    measure: '本',
    group: 'learning',
    async compute(db, scope, period) {
      const { books } = await booksGiven(db, scope.tenantId, period.from, period.to);
      return countOf(
        books.map((b) => ({
          type: 'book',
          id: b.id,
          label: `《${b.title.replace(/^《|》$/g, '')}》${b.copies}册`,
        })),
        books.map((b) => b.title),
      );
    },
  },
  {
    key: 'learning.readingUnits',
    label: '报送读书活动单位',
    measure: '个',
    group: 'learning',
    async compute(db, scope, period, run) {
      const shared = runOf(run);
      return unitSources(
        db,
        scope,
        (await coverage(db, scope, period.from, period.to, shared)).reported,
        shared,
      );
    },
    /** Per unit: 1 of 1 when it reported a reading activity in the period, else 0 of 1. */
    async byUnit(db, scope, period, run) {
      const c = await coverage(db, scope, period.from, period.to, runOf(run));
      const out = new Map<number, UnitShare>();
      for (const id of c.reported) addShare(out, id, 1, 1);
      for (const id of c.silent) addShare(out, id, 0, 1);
      return out;
    },
  },
  {
    key: 'learning.unitsWithoutReading',
    label: '未报送读书活动单位',
    measure: '个',
    group: 'learning',
    async compute(db, scope, period, run) {
      const shared = runOf(run);
      return unitSources(
        db,
        scope,
        (await coverage(db, scope, period.from, period.to, shared)).silent,
        shared,
      );
    },
  },
  {
    key: 'publications.briefings',
    label: '印发简报',
    measure: '期',
    group: 'publications',
    async compute(db, scope, period) {
      const { ids } = await briefingsIssued(db, scope.tenantId, period.from, period.to);
      const rows = await labelRows(db, 'briefings', ids, ['title', 'year', 'number', 'issued_on']);
      return countOf(
        ids.map((id) => {
          const r = rows.get(id);
          return {
            type: 'briefing',
            id,
            label: `${r?.year ?? ''}年第${r?.number ?? ''}期 ${r?.title ?? ''}`,
          };
        }),
      );
    },
  },
  {
    key: 'publications.campaignBriefings',
    label: '作风建设简报',
    measure: '期',
    group: 'publications',
    async compute(db, scope, period) {
      const rows = await campaignBriefingsBetween(db, scope.tenantId, period.from, period.to);
      return countOf(
        rows.map((r) => ({
          type: 'briefing',
          id: r.id,
          label: `《${r.seriesName}》${r.year ?? ''}年第${r.number ?? ''}期 ${r.title}`,
        })),
      );
    },
  },
];
