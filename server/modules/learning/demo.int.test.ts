import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../demo/index.js';
import { createTestDeps, type TestDeps } from '../../test/harness.js';
import { briefingsIssued } from '../publications/figures-queries.js';
import { booksGiven, readingActivityCoverage, studyDaysHeld } from './figures.js';

let deps: TestDeps;
let tenantId: number;

beforeAll(async () => {
  deps = await createTestDeps();
  await loadDemo(deps, { quiet: true });
  tenantId = (await deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;
}, 120_000);
afterAll(async () => {
  // See closeTestApp: let the pool disconnect before the harness drops the database.
  await deps.handle.close();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await deps.cleanup();
});

describe('the 2010 demo, as the source tells it', () => {
  const H1 = ['2010-01-01', '2010-06-30'] as const;

  it('held two study days in the first half, giving the three books of the source', async () => {
    expect((await studyDaysHeld(deps.db, tenantId, ...H1)).count).toBe(2);
    const books = await booksGiven(deps.db, tenantId, ...H1);
    expect(books.books.map((b) => b.title)).toEqual([
      '一口气读懂心理学',
      '提高领导干部心理调适能力',
      '一个重大的时代课题',
    ]);
    expect((await studyDaysHeld(deps.db, tenantId, '2010-01-01', '2010-12-31')).count).toBe(3);
  });

  it('issued two campaign briefings in the first half (a third later)', async () => {
    const h1 = await briefingsIssued(deps.db, tenantId, ...H1);
    expect(h1.series.find((s) => s.seriesName === '作风建设简报')?.count).toBe(2);
    const year = await briefingsIssued(deps.db, tenantId, '2010-01-01', '2010-12-31');
    expect(year.series.find((s) => s.seriesName === '作风建设简报')?.count).toBe(3);
  });

  it('has units that reported reading activities and units that reported none', async () => {
    const c = await readingActivityCoverage(deps.db, tenantId, ...H1);
    expect(c.unitsReported).toBeGreaterThan(0);
    expect(c.silentUnitIds.length).toBeGreaterThan(0);
    expect(c.unitsReported + c.silentUnitIds.length).toBe(c.unitsTotal);
  });

  it('published study material 第1期 on the February speech', async () => {
    const first = await deps.db
      .selectFrom('studyMaterials')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('year', '=', 2010)
      .where('number', '=', 1)
      .executeTakeFirstOrThrow();
    expect(first.title).toContain('胡锦涛总书记');
  });
});
