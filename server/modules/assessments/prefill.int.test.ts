import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOverdue } from '../../../common/problems.js';
import { clock } from '../../platform/clock.js';
import { buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildExampleScheme, schemeVersion } from './test-kit.js';

let t: TestApp;
let w: World;
let staff: Client;
let evaluator: Client;
let ex: Awaited<ReturnType<typeof buildExampleScheme>>;

/** A work-style problem written straight into the problems table (the records this source counts). */
async function problem(
  unitId: number,
  code: string,
  foundOn: string,
  status: string,
  deadlineOn: string | null,
) {
  const now = clock.nowIso();
  await t.deps.db
    .insertInto('problems')
    .values({
      tenantId: w.tenantId,
      campaignId: null,
      code,
      sourceType: 'research',
      sourceId: null,
      unitId,
      category: '服务态度',
      severity: 'normal',
      description: `问题${code}`,
      foundOn,
      status,
      replyBy: null,
      deadlineType: deadlineOn ? 'dated' : null,
      deadlineOn,
      createdBy: w.users.staff.id,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
  evaluator = await login(t.app, w.users.evaluator.username);
  ex = await buildExampleScheme(t, w, staff, '整改逾期');
  // C1 (效能办) counts overdue rectifications.
  const detail = (await staff.get(`/api/assessments/schemes/${ex.id}`)).json();
  const c1 = detail.indicators.find((i: { id: number }) => i.id === ex.ind.C1);
  const res = await staff.put(`/api/assessments/schemes/${ex.id}/indicators/${ex.ind.C1}`, {
    name: c1.name,
    maxPoints: 50,
    parentId: ex.ind.C,
    method: 'deduct',
    deductionPer: 4,
    deductionCap: 20,
    sourceKey: 'problems_overdue',
    version: c1.version,
  });
  expect(res.statusCode, res.body).toBe(200);
  await problem(ex.units[0], 'P1', '2010-03-01', 'in_progress', '2010-06-30'); // overdue
  await problem(ex.units[0], 'P2', '2010-04-01', 'in_progress', '2011-03-31'); // deadline after the period
  await problem(ex.units[0], 'P3', '2010-05-01', 'closed', '2010-06-30'); // closed
  await problem(ex.units[1], 'P4', '2010-05-01', 'in_progress', '2010-09-30'); // overdue
  await problem(ex.units[1], 'P5', '2009-11-01', 'in_progress', '2009-12-31'); // found before the period
  await staff.post(`/api/assessments/schemes/${ex.id}/start`, { version: await schemeVersion(staff, ex.id) });
});
afterAll(() => t?.close());

describe('pre-fill from overdue rectifications (problems module)', () => {
  it('counts what the problems module calls overdue, per unit, with the problems as sources', async () => {
    clock.freeze('2011-01-05T02:00:00Z');
    expect(
      (await staff.post(`/api/assessments/schemes/${ex.id}/scores/prefill`, { indicatorId: ex.ind.C1 }))
        .statusCode,
    ).toBe(403);
    const res = await evaluator.post(`/api/assessments/schemes/${ex.id}/scores/prefill`, {});
    expect(res.statusCode, res.body).toBe(200);
    const rows = await t.deps.db
      .selectFrom('problems')
      .selectAll()
      .where('tenantId', '=', w.tenantId)
      .execute();
    const recount = (unitId: number) =>
      rows.filter(
        (p) =>
          p.unitId === unitId &&
          p.foundOn >= '2010-01-01' &&
          p.foundOn <= '2010-12-31' &&
          isOverdue(p, '2010-12-31'),
      ).length;
    const sheet = (await evaluator.get(`/api/assessments/schemes/${ex.id}/scores`)).json().items as {
      unitId: number;
      indicatorId: number;
      value: number;
      sources: { type: string; label: string }[];
    }[];
    for (const unitId of ex.units) {
      const cell = sheet.find((s) => s.unitId === unitId && s.indicatorId === ex.ind.C1)!;
      expect(cell.value).toBe(recount(unitId));
      expect(cell.sources.map((s) => s.type)).toEqual(Array(recount(unitId)).fill('problem'));
    }
    expect(recount(ex.units[0])).toBe(1);
    expect(recount(ex.units[1])).toBe(1);
    expect(
      sheet.find((s) => s.unitId === ex.units[0] && s.indicatorId === ex.ind.C1)!.sources[0].label,
    ).toContain('P1');
    clock.reset();
  });
});
