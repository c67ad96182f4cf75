import { unitListQuery } from '../common/orgs.js';
import { problemListQuery } from '../common/problems.js';
import type { Db } from '../server/db/connection.js';
import { findUnits } from '../server/modules/orgs/queries.js';
import { findProblems } from '../server/modules/problems/queries.js';
import { problemTallies } from '../server/modules/problems/stats-queries.js';
import { computeFigures } from '../server/modules/reports/figures-service.js';
import { call, type Session, timeIt } from './client.js';

const H1 = { from: '2010-01-01', to: '2010-06-30' };
const TODAY = '2010-07-15';

/** Each heavy endpoint, through HTTP as committee staff, against the query functions it runs, called directly. */
export async function benchEndpoints(base: string, s: Session, db: Db, tenantId: number) {
  const scope = { tenantId, unitIds: null, areaIds: null };
  const where = { hideRegistered: false, today: TODAY };
  const cases: { name: string; app: () => Promise<unknown>; bare: () => Promise<unknown>; runs?: number }[] =
    [
      {
        name: 'GET /api/problems (page 1, 20 rows)',
        app: () => call(base, s, 'GET', '/api/problems'),
        bare: () => findProblems(db, scope, { ...problemListQuery.parse({}), ...where }),
      },
      {
        name: 'GET /api/problems?status=in_progress&q=推诿',
        app: () => call(base, s, 'GET', `/api/problems?status=in_progress&q=${encodeURIComponent('推诿')}`),
        bare: () =>
          findProblems(db, scope, {
            ...problemListQuery.parse({ status: 'in_progress', q: '推诿' }),
            ...where,
          }),
      },
      {
        name: 'GET /api/problems/stats (dashboard)',
        app: () => call(base, s, 'GET', '/api/problems/stats'),
        bare: () => problemTallies(db, scope, where),
      },
      {
        name: 'GET /api/orgs/units (page 1)',
        app: () => call(base, s, 'GET', '/api/orgs/units'),
        bare: () => findUnits(db, scope, unitListQuery.parse({})),
      },
      {
        name: 'GET /api/reports/figures (H1 2010)',
        app: () => call(base, s, 'GET', `/api/reports/figures?from=${H1.from}&to=${H1.to}`),
        bare: () => computeFigures(db, scope, H1),
        runs: 7,
      },
      {
        name: 'POST /api/reports/summaries (draft H1 2010)',
        app: () => call(base, s, 'POST', '/api/reports/summaries', { ...H1, title: '基准测试半年总结' }),
        bare: () => computeFigures(db, scope, H1),
        runs: 5,
      },
    ];
  const out = [];
  for (const c of cases) {
    const app = await timeIt(c.app, c.runs ?? 15);
    const bare = await timeIt(c.bare, c.runs ?? 15);
    out.push({ name: c.name, appMs: round(app), bareMs: round(bare), ratio: round(app / bare) });
    console.log(`  ${c.name}: app ${round(app)} ms, bare ${round(bare)} ms, ×${round(app / bare)}`);
  }
  return out;
}

export const round = (x: number) => Math.round(x * 100) / 100;
