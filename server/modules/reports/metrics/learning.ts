import { booksGiven, readingActivityCoverage, studyDaysHeld } from '../../learning/figures.js';
import { briefingsIssued } from '../../publications/figures-queries.js';
import { labelRows, unitIdsInScope, unitNameMap } from '../queries/labels.js';
import { campaignBriefingsBetween } from '../queries/sources.js';
import { countOf, type Metric } from './types.js';

type Db = Parameters<Metric['compute']>[0];
type Scope = Parameters<Metric['compute']>[1];

/** Reading coverage limited to the units of the scope (the module counts per tenant). */
async function coverage(db: Db, scope: Scope, from: string, to: string) {
  const c = await readingActivityCoverage(db, scope.tenantId, from, to);
  const reach = await unitIdsInScope(db, scope);
  const keep = (ids: number[]) => (reach ? ids.filter((id) => reach.has(id)) : ids);
  return { reported: keep(c.reportedUnitIds), silent: keep(c.silentUnitIds) };
}

async function units(db: Db, ids: number[]) {
  const names = await unitNameMap(db, ids);
  return countOf(ids.map((id) => ({ type: 'unit', id, label: names.get(id) ?? String(id) })));
}

/** Study days and briefings are the committee's own activities: counted for the whole committee. */
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
    compute: async (db, scope, period) =>
      units(db, (await coverage(db, scope, period.from, period.to)).reported),
  },
  {
    key: 'learning.unitsWithoutReading',
    label: '未报送读书活动单位',
    measure: '个',
    group: 'learning',
    compute: async (db, scope, period) =>
      units(db, (await coverage(db, scope, period.from, period.to)).silent),
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
