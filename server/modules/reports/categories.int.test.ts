import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CategoryComparison } from '../../../common/reports.js';
import { clock } from '../../platform/clock.js';
import { loadXlsx } from '../../platform/excel/test-kit.js';
import { buildUnit, buildWorld, type Client, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { principals } from '../inspections/test-kit.js';

/**
 * 考评类别对比 on a small scheme with known scores, built through the assessments API: one body
 * (工委, 100 %), one indicator of 100 points, no ballots. 综合管理部门: A1 90, A2 80 (area A),
 * B1 70 (area B) → average 80, highest 90, lowest 70. 执法监督部门: C1 85 (area A), C2 (area B)
 * vetoed → 1 of 2 scored, average 85. Award 「作风建设先进单位」 top 1 per category: A1 and C1.
 */
let t: TestApp;
let w: World;
const { as, at } = principals(() => t);
const H1 = { from: '2010-01-01', to: '2010-06-30' };
let unitC1 = 0;
let unitC2 = 0;
let schemeId = 0;
let draftId = 0;
let oldId = 0;

const ok = async <T = { id: number; version: number }>(p: Promise<{ statusCode: number; body: string }>) => {
  const res = await p;
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return JSON.parse(res.body) as T;
};

async function scheme(staff: Client, name: string, year: number, unitIds: number[]) {
  const { id } = await ok(
    staff.post('/api/assessments/schemes', {
      name,
      kind: 'work_style',
      year,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    }),
  );
  const body = await ok(
    staff.post(`/api/assessments/schemes/${id}/bodies`, {
      name: '市直机关工委',
      weight: 100,
      memberIds: [w.users.staff.id],
    }),
  );
  const indicator = await ok(
    staff.post(`/api/assessments/schemes/${id}/indicators`, {
      name: '综合评价',
      maxPoints: 100,
      bodyId: body.id,
    }),
  );
  const { version } = await ok(staff.get(`/api/assessments/schemes/${id}`));
  await ok(staff.put(`/api/assessments/schemes/${id}/units`, { unitIds, version }));
  return { id, indicatorId: indicator.id };
}

const compare = async (c: Client, query: Record<string, string | number> = {}) => {
  const res = await c.get('/api/reports/assessment-categories', { ...H1, ...query });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CategoryComparison;
};
const byName = (c: CategoryComparison) => Object.fromEntries(c.categories.map((x) => [x.category, x]));

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  unitC1 = await buildUnit(t.deps.db, w.tenantId, { areaId: w.areaA, category: '执法监督部门' });
  unitC2 = await buildUnit(t.deps.db, w.tenantId, { areaId: w.areaB, category: '执法监督部门' });
  at('2010-12-01T02:00:00Z');
  const staff = await as(w.users.staff);
  const s = await scheme(staff, '2010年度作风建设考评', 2010, [w.unitA1, w.unitA2, w.unitB1, unitC1, unitC2]);
  schemeId = s.id;
  await ok(
    staff.post(`/api/assessments/schemes/${schemeId}/start`, {
      version: (await ok(staff.get(`/api/assessments/schemes/${schemeId}`))).version,
    }),
  );
  for (const [unitId, value] of [
    [w.unitA1, 90],
    [w.unitA2, 80],
    [w.unitB1, 70],
    [unitC1, 85],
  ])
    await ok(
      staff.post(`/api/assessments/schemes/${schemeId}/scores`, {
        unitId,
        items: [{ indicatorId: s.indicatorId, value }],
      }),
    );
  await ok(
    staff.post(`/api/assessments/schemes/${schemeId}/vetoes`, { unitId: unitC2, reason: '发生违纪案件' }),
  );
  draftId = (await scheme(staff, '2010年度优秀学习中心组评选', 2010, [w.unitA1])).id;
  oldId = (await scheme(staff, '2009年度作风建设考评', 2009, [w.unitA1])).id;
}, 60_000);
afterAll(async () => {
  clock.reset();
  await t.close();
});

async function publishAndAward() {
  at('2010-12-20T02:00:00Z');
  const staff = await as(w.users.staff);
  await ok(
    staff.post(`/api/assessments/schemes/${schemeId}/publish`, {
      version: (await ok(staff.get(`/api/assessments/schemes/${schemeId}`))).version,
    }),
  );
  const award = await ok(
    staff.post(`/api/assessments/schemes/${schemeId}/awards`, {
      title: '作风建设先进单位',
      topN: 1,
      publicityDays: 5,
    }),
  );
  const leader = await as(w.users.leader);
  await ok(
    leader.post(`/api/assessments/awards/${award.id}/decision`, {
      version: (await ok(staff.get(`/api/assessments/awards/${award.id}`))).version,
      decision: 'approve',
    }),
  );
  at('2010-12-26T02:00:00Z');
  const staff2 = await as(w.users.staff);
  await ok(
    staff2.post(`/api/assessments/awards/${award.id}/finalise`, {
      version: (await ok(staff2.get(`/api/assessments/awards/${award.id}`))).version,
    }),
  );
}

describe('考评类别对比', () => {
  it('compares the categories of the period’s assessment for the committee, even while scoring', async () => {
    const staff = await as(w.users.staff);
    const c = await compare(staff);
    expect(c.scheme).toMatchObject({ id: schemeId, status: 'scoring' });
    // Both 2010 schemes overlap the half-year (the one being scored first); the 2009 one does not.
    expect(c.schemes.map((s) => s.id)).toEqual([schemeId, draftId]);
    const cats = byName(c);
    expect(Object.keys(cats).sort()).toEqual(['执法监督部门', '综合管理部门']);
    expect(cats.综合管理部门).toMatchObject({
      units: 3,
      scored: 3,
      vetoed: 0,
      average: 80,
      highest: 90,
      lowest: 70,
      awards: [],
    });
    expect(cats.执法监督部门).toMatchObject({ units: 2, scored: 1, vetoed: 1, average: 85, highest: 85 });
    // A unit admin sees unpublished results of nothing.
    expect(await compare(await as(w.users.adminA1))).toEqual({ schemes: [], scheme: null, categories: [] });
    // A scheme not yet scored: every category has nothing to average.
    const draft = await compare(staff, { schemeId: draftId });
    expect(draft.categories).toEqual([
      expect.objectContaining({
        category: '综合管理部门',
        units: 1,
        scored: 0,
        average: null,
        highest: null,
      }),
    ]);
    // A period without any assessment.
    expect(await compare(staff, { from: '2011-01-01', to: '2011-06-30' })).toEqual({
      schemes: [],
      scheme: null,
      categories: [],
    });
  });

  it('after publication, counts the awards and keeps unit admins to their units; area leaders are refused', async () => {
    await publishAndAward();
    const staff = await as(w.users.staff);
    const all = byName(await compare(staff));
    expect(all.综合管理部门.awards.map((a) => [a.unitId, a.rank, a.title])).toEqual([
      [w.unitA1, 1, '作风建设先进单位'],
    ]);
    expect(all.执法监督部门.awards.map((a) => a.unitId)).toEqual([unitC1]);

    // Area leaders are not granted assessment results (assessments.results), here as on the results page.
    expect(
      (await (await as(w.users.areaLeader)).get('/api/reports/assessment-categories', H1)).statusCode,
    ).toBe(403);
    // The committee narrowed to area A sees area A's units only.
    const areaCats = byName(await compare(staff, { areaId: w.areaA }));
    expect(areaCats.综合管理部门).toMatchObject({
      units: 2,
      scored: 2,
      average: 85,
      highest: 90,
      lowest: 80,
    });
    expect(areaCats.执法监督部门).toMatchObject({ units: 1, scored: 1, vetoed: 0, average: 85 });

    const b1 = await compare(await as(w.users.adminB1));
    expect(b1.categories).toEqual([
      expect.objectContaining({ category: '综合管理部门', units: 1, average: 70, awards: [] }),
    ]);
    const a1 = byName(await compare(await as(w.users.adminA1)));
    expect(a1.综合管理部门).toMatchObject({ units: 1, average: 90, highestUnit: expect.any(String) });
    expect(a1.综合管理部门.awards).toHaveLength(1);
    // The draft scheme stays hidden from units, even when asked for by id.
    expect(
      (
        await (
          await as(w.users.adminA1)
        ).get('/api/reports/assessment-categories', { ...H1, schemeId: draftId })
      ).statusCode,
    ).toBe(404);

    const areaB = byName(await compare(staff, { areaId: w.areaB }));
    expect(areaB.综合管理部门).toMatchObject({ units: 1, average: 70 });
    expect(areaB.执法监督部门).toMatchObject({ units: 1, scored: 0, vetoed: 1, average: null, awards: [] });

    const other = await compare(await as(w.users.otherStaff));
    expect(other.schemes).toEqual([]);
    expect(
      (await (await as(w.users.otherStaff)).get('/api/reports/assessment-categories', { ...H1, schemeId }))
        .statusCode,
    ).toBe(404);
    for (const who of ['evaluator', 'sysadmin', 'auditor'] as const)
      expect(
        (await (await as(w.users[who])).get('/api/reports/assessment-categories', H1)).statusCode,
        who,
      ).toBe(403);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const staff = await as(w.users.staff);
    const cases: [Record<string, string | number>, string, string][] = [
      [{ schemeId: 'abc' }, 'schemeId', '考评方案'],
      [{ schemeId: oldId }, 'schemeId', '不重叠'],
      [{ from: '2010-6-1' }, 'from', '开始日期'],
      [{ from: '2010-07-01' }, 'to', '结束日期不能早于开始日期'],
      [{ areaId: -1 }, 'areaId', '片区'],
    ];
    for (const [patch, field, text] of cases) {
      const res = await staff.get('/api/reports/assessment-categories', { ...H1, ...patch });
      expect(res.statusCode, field).toBe(400);
      expect(
        res.json().fields.map((f: { field: string }) => f.field),
        field,
      ).toContain(field);
      expect(res.json().message, field).toContain(text);
    }
    expect(
      (await staff.get('/api/reports/assessment-categories', { ...H1, schemeId: 999999 })).statusCode,
    ).toBe(404);
  });
});

describe('考评类别对比 in the dashboard workbook', () => {
  async function exportRows(c: Client) {
    const started = await c.post('/api/exports', { kind: 'reports.dashboard', params: H1 });
    expect(started.statusCode, started.body).toBe(202);
    const { id } = started.json();
    for (let i = 0; i < 400; i++) {
      const job = (await c.get(`/api/exports/${id}`)).json();
      if (job.status === 'failed') throw new Error(job.error);
      if (job.status === 'done') {
        const workbook = await loadXlsx((await c.get(`/api/exports/${id}/file`)).rawPayload);
        const sheet = workbook.getWorksheet('考评类别对比');
        return sheet
          ? ((sheet.getSheetValues() as unknown[][]).slice(3).map((r) => r.slice(1)) as unknown[][])
          : null;
      }
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    throw new Error('export did not finish');
  }

  it('holds the same categories, counts and averages as the chart; area leaders get no such sheet', async () => {
    const staff = await as(w.users.staff);
    const shown = await compare(staff);
    expect(shown.categories.length).toBeGreaterThan(0);
    const rows = await exportRows(staff);
    expect(rows?.map((r) => [r[0], r[1], r[2], r[3], r[4] ?? null])).toEqual(
      shown.categories.map((c) => [c.category, c.units, c.scored, c.vetoed, c.average]),
    );
    expect(await exportRows(await as(w.users.areaLeader))).toBeNull();
  });
});
