import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../demo/index.js';
import type { DataScope } from '../../platform/access.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import * as campaignFigures from '../campaigns/figures-queries.js';
import * as commitmentFigures from '../commitments/figures-queries.js';
import * as figures from './figures-queries.js';

let t: TestApp;
let scope: DataScope;
const H1 = { from: '2010-01-01', to: '2010-06-30' };
const YEAR = { from: '2010-01-01', to: '2010-12-31' };

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.deps, { quiet: true });
  const tenant = await t.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow();
  scope = { tenantId: tenant.id, unitIds: null, areaIds: null };
}, 120_000);
afterAll(() => t.close());

describe('the 2010 作风建设年 demo', () => {
  it('yields the figures of the source document for the first half, counted from records', async () => {
    const db = t.deps.db;
    expect((await campaignFigures.researchTeams(db, scope, H1)).count).toBe(4);
    expect((await campaignFigures.unitsVisited(db, scope, H1)).count).toBe(35);
    const windows = await campaignFigures.windowUnitsVisitedUnannounced(db, scope, H1);
    expect(windows.count).toBe(35);
    const windowFlags = await db
      .selectFrom('units')
      .select('isWindow')
      .where('id', 'in', windows.ids)
      .execute();
    expect(windowFlags.every((u) => u.isWindow === 1)).toBe(true);
    const found = await figures.problemsFound(db, scope, H1);
    expect(found.count).toBe(42);
    expect((await figures.departmentsInvolved(db, scope, H1)).count).toBe(23);
    expect((await commitmentFigures.unitsWithPublicCommitments(db, scope, H1, 'tv')).count).toBe(12);
  });

  it('gives other figures for another period, and every rectification state', async () => {
    const db = t.deps.db;
    expect((await figures.problemsFound(db, scope, YEAR)).count).toBe(45);
    expect((await figures.departmentsInvolved(db, scope, YEAR)).count).toBeGreaterThan(23);
    expect((await commitmentFigures.unitsWithPublicCommitments(db, scope, YEAR)).count).toBe(14);
    expect(
      (await campaignFigures.researchTeams(db, scope, { from: '2010-01-01', to: '2010-05-31' })).count,
    ).toBe(0);
    const statuses = await db.selectFrom('problems').select('status').distinct().execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(
      [
        'closed',
        'fed_back',
        'in_progress',
        'measures_submitted',
        'registered',
        'returned',
        'verification_requested',
        'verified',
      ].sort(),
    );
    const rate = await figures.rectificationRate(db, scope, H1);
    expect(rate.total).toBe(42);
    expect(rate.count).toBe(16);
    expect((await figures.overdueItems(db, scope, H1, '2010-07-05')).count).toBe(0);
    expect((await figures.overdueItems(db, scope, H1, '2026-01-01')).count).toBeGreaterThan(0);
  });
});
