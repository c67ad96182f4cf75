import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runsConcurrently } from '../../../db/connection.js';
import { loadDemo } from '../../../demo/index.js';
import type { DataScope } from '../../../platform/access.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { computeFigure, computeFigures } from '../figures-service.js';
import { METRICS } from './index.js';
import { FigureRun } from './types.js';

/**
 * The figures of one computation share their loads (`FigureRun`) and, on PostgreSQL, run several at
 * once: neither may change a single value or source. Each figure computed alone, with nothing
 * shared, is the reference.
 */
let t: TestApp;
let scopes: DataScope[];
const PERIODS = [
  { from: '2010-01-01', to: '2010-06-30' },
  { from: '2010-01-01', to: '2010-12-31' },
  { from: '2010-05-01', to: '2010-05-31' },
];

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.deps, { quiet: true });
  const tenant = await t.deps.db.selectFrom('tenants').select('id').orderBy('id').executeTakeFirstOrThrow();
  const units = await t.deps.db
    .selectFrom('units')
    .select(['id', 'areaId'])
    .where('tenantId', '=', tenant.id)
    .where('areaId', 'is not', null)
    .orderBy('id')
    .execute();
  scopes = [
    { tenantId: tenant.id, unitIds: null, areaIds: null },
    { tenantId: tenant.id, unitIds: null, areaIds: [units[0].areaId!] },
    { tenantId: tenant.id, unitIds: units.slice(0, 5).map((u) => u.id), areaIds: null },
  ];
}, 120_000);
afterAll(() => t.close());

describe('a figure computation', () => {
  it('gives every figure exactly the value and sources it has when computed alone', async () => {
    let sources = 0;
    for (const scope of scopes)
      for (const period of PERIODS) {
        const together = await computeFigures(t.deps.db, scope, period);
        const alone = [];
        for (const metric of METRICS) alone.push(await computeFigure(t.deps.db, metric, scope, period));
        expect(together).toEqual(alone);
        sources += together.reduce((n, f) => n + f.sources.length, 0);
      }
    // The demo data make the comparison meaningful: figures with records in every scope.
    expect(sources).toBeGreaterThan(500);
  });

  it('gives the per-unit breakdowns the same shares with a shared run as alone', async () => {
    const period = PERIODS[0];
    const run = new FigureRun();
    for (const metric of METRICS.filter((m) => m.byUnit)) {
      const shared = await metric.byUnit!(t.deps.db, scopes[0], period, run);
      const alone = await metric.byUnit!(t.deps.db, scopes[0], period);
      expect([...shared].sort((a, b) => a[0] - b[0])).toEqual([...alone].sort((a, b) => a[0] - b[0]));
    }
  });

  it('runs figures at once only on a PostgreSQL pool, never on SQLite or inside a transaction', async () => {
    expect(runsConcurrently(t.deps.db)).toBe(t.deps.dialect === 'postgres');
    await t.deps.db.transaction().execute(async (trx) => {
      expect(runsConcurrently(trx)).toBe(false);
    });
  });
});

describe('FigureRun', () => {
  it('loads each key once, also for concurrent callers, and keeps different arguments apart', async () => {
    const run = new FigureRun();
    let loads = 0;
    const load = (value: number) => async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return value;
    };
    const [a, b] = await Promise.all([
      run.once(['k', { x: 1 }], load(1)),
      run.once(['k', { x: 1 }], load(2)),
    ]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    expect(await run.once(['k', { x: 2 }], load(3))).toBe(3);
    expect(await new FigureRun().once(['k', { x: 1 }], load(4))).toBe(4);
    expect(loads).toBe(3);
  });
});
