import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../platform/clock.js';
import { auditCount, buildUser, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { insertPartyOrg } from '../orgs/queries.js';
import { buildExampleScheme, schemeVersion } from './test-kit.js';

let t: TestApp;
let w: World;
let staff: Client;
let evaluator: Client;
let ex: Awaited<ReturnType<typeof buildExampleScheme>>;
let other: Awaited<ReturnType<typeof buildExampleScheme>>;

async function partyOrg(
  unitId: number,
  name: string,
  termEnd: string | null,
  secretary: string | null = '张三',
) {
  const now = clock.nowIso();
  return insertPartyOrg(t.deps.db, {
    tenantId: w.tenantId,
    unitId,
    parentId: null,
    name,
    type: 'branch',
    categoryCode: null,
    foundedOn: null,
    termStart: null,
    termEnd,
    secretary,
    contact: null,
    phone: null,
    memberCount: 5,
    createdAt: now,
    updatedAt: now,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
  evaluator = await login(t.app, w.users.evaluator.username);
  ex = await buildExampleScheme(t, w, staff, '联合考评');
  // A second scheme where the evaluator is not invited: its 效能办 body has only staff.
  other = await buildExampleScheme(t, w, staff, '另一考评');
  const v = (await staff.get(`/api/assessments/schemes/${other.id}`)).json();
  const body = v.bodies.find((b: { id: number }) => b.id === other.bodyB);
  await staff.put(`/api/assessments/schemes/${other.id}/bodies/${other.bodyB}`, {
    name: '市效能办',
    weight: 40,
    memberIds: [w.users.staff.id],
    version: body.version,
  });
  // Records to pre-fill from: unit 1 has two overdue branches, unit 2 one (and one still in term).
  await partyOrg(ex.units[0], '第一支部', '2009-06-30');
  await partyOrg(ex.units[0], '第二支部', '2010-03-01');
  await partyOrg(ex.units[1], '机关支部', '2010-11-30');
  await partyOrg(ex.units[1], '离退休支部', '2012-01-01', null);
  for (const id of [ex.id, other.id])
    expect(
      (await staff.post(`/api/assessments/schemes/${id}/start`, { version: await schemeVersion(staff, id) }))
        .statusCode,
    ).toBe(200);
});
afterAll(() => t?.close());

describe('who may see and score what', () => {
  it('shows an evaluator only the schemes it is invited to, and only its body', async () => {
    const list = (await evaluator.get('/api/assessments/schemes')).json();
    expect(list.items.map((s: { id: number }) => s.id)).toEqual([ex.id]);
    expect((await evaluator.get(`/api/assessments/schemes/${other.id}`)).statusCode).toBe(404);
    expect((await evaluator.get(`/api/assessments/schemes/${other.id}/scores`)).statusCode).toBe(404);
    const mine = (await evaluator.get(`/api/assessments/schemes/${ex.id}`)).json();
    expect(mine.bodies.map((b: { id: number }) => b.id)).toEqual([ex.bodyB]);
    expect(mine.indicators.map((i: { id: number }) => i.id).sort()).toEqual(
      [ex.ind.B, ex.ind.C, ex.ind.C1].sort(),
    );
    expect(
      (
        await evaluator.post(`/api/assessments/schemes/${other.id}/scores`, {
          unitId: other.units[0],
          items: [{ indicatorId: other.ind.B, value: 1 }],
        })
      ).statusCode,
    ).toBe(404);
    await staff.post(`/api/assessments/schemes/${ex.id}/scores`, {
      unitId: ex.units[0],
      items: [{ indicatorId: ex.ind.A1, value: 10 }],
    });
    const sheet = (await evaluator.get(`/api/assessments/schemes/${ex.id}/scores`)).json();
    expect(sheet.items.filter((s: { indicatorId: number }) => s.indicatorId === ex.ind.A1)).toHaveLength(0);
    for (const path of ['results', 'vetoes', 'awards', 'ballots'])
      expect((await evaluator.get(`/api/assessments/schemes/${ex.id}/${path}`)).statusCode).toBe(403);
  });

  it('keeps other roles and tenants out', async () => {
    for (const user of [w.users.areaLeader, w.users.sysadmin, w.users.auditor]) {
      const c = await login(t.app, user.username);
      expect((await c.get('/api/assessments/schemes')).statusCode).toBe(403);
    }
    const foreign = await login(t.app, w.users.otherStaff.username);
    expect((await foreign.get('/api/assessments/schemes')).json().total).toBe(0);
    expect((await foreign.get(`/api/assessments/schemes/${ex.id}`)).statusCode).toBe(404);
    expect((await foreign.post(`/api/assessments/schemes/${ex.id}/derive`)).statusCode).toBe(404);
    const admin = await login(t.app, w.users.adminA1.username);
    expect((await admin.get('/api/assessments/schemes')).json().total).toBe(0);
    const valid = {
      name: 'x',
      kind: 'other',
      year: 2010,
      periodStart: '2010-01-01',
      periodEnd: '2010-12-31',
    };
    expect((await admin.post('/api/assessments/schemes', valid)).statusCode).toBe(403);
    expect((await evaluator.post('/api/assessments/schemes', valid)).statusCode).toBe(403);
    const leader = await login(t.app, w.users.leader.username);
    expect(
      (
        await leader.post(`/api/assessments/schemes/${ex.id}/scores`, {
          unitId: ex.units[0],
          items: [{ indicatorId: ex.ind.A1, value: 1 }],
        })
      ).statusCode,
    ).toBe(403);
    // A staff member who sits on no body of the scheme may not score it.
    const outsider = await buildUser(t.deps.db, w.tenantId, 'committee_staff');
    const c = await login(t.app, outsider.username);
    expect(
      (
        await c.post(`/api/assessments/schemes/${ex.id}/scores`, {
          unitId: ex.units[0],
          items: [{ indicatorId: ex.ind.A1, value: 1 }],
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('pre-fill from records', () => {
  it('equals a recount of the records, shows them, and needs a reason to override', async () => {
    const before = await auditCount(t.deps.db, 'assessments.score.prefill');
    const res = await staff.post(`/api/assessments/schemes/${ex.id}/scores/prefill`, {
      indicatorId: ex.ind.A2,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await auditCount(t.deps.db, 'assessments.score.prefill')).toBe(before + 1);
    const rows = await t.deps.db
      .selectFrom('partyOrgs')
      .select(['unitId', 'termEnd', 'type'])
      .where('tenantId', '=', w.tenantId)
      .execute();
    const recount = (unitId: number) =>
      rows.filter(
        (r) =>
          r.unitId === unitId && r.type !== 'party_group' && r.termEnd !== null && r.termEnd < '2010-12-31',
      ).length;
    const sheet = (await staff.get(`/api/assessments/schemes/${ex.id}/scores`)).json().items as {
      unitId: number;
      indicatorId: number;
      value: number;
      prefilledValue: number;
      sources: { label: string }[];
      version: number;
    }[];
    for (const unitId of ex.units) {
      const cell = sheet.find((s) => s.unitId === unitId && s.indicatorId === ex.ind.A2)!;
      expect(cell.value).toBe(recount(unitId));
      expect(cell.sources).toHaveLength(recount(unitId));
    }
    const u1 = sheet.find((s) => s.unitId === ex.units[0] && s.indicatorId === ex.ind.A2)!;
    expect(u1.value).toBe(2);
    expect(u1.sources.map((s) => s.label).join()).toContain('第一支部');
    const noReason = await staff.post(`/api/assessments/schemes/${ex.id}/scores`, {
      unitId: ex.units[0],
      items: [{ indicatorId: ex.ind.A2, value: 1, version: u1.version }],
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields[0].field).toBe('items.0.reason');
    const ok = await staff.post(`/api/assessments/schemes/${ex.id}/scores`, {
      unitId: ex.units[0],
      items: [{ indicatorId: ex.ind.A2, value: 1, reason: '第二支部已于3月完成换届', version: u1.version }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await staff.post(`/api/assessments/schemes/${ex.id}/scores`, {
      unitId: ex.units[0],
      items: [{ indicatorId: ex.ind.A2, value: 0, reason: 'x', version: u1.version }],
    });
    expect(stale.statusCode).toBe(409);
    // A second pre-fill refreshes the sources but keeps the manual override.
    await staff.post(`/api/assessments/schemes/${ex.id}/scores/prefill`, {});
    const history = (
      await staff.get(`/api/assessments/schemes/${ex.id}/scores/history`, {
        unitId: ex.units[0],
        indicatorId: ex.ind.A2,
      })
    ).json();
    expect(history.map((h: { kind: string; reason: string | null }) => [h.kind, h.reason])).toEqual([
      ['manual', '第二支部已于3月完成换届'],
      ['prefill', '党组织换届超期（按届满日期计）'],
    ]);
    const after = (await staff.get(`/api/assessments/schemes/${ex.id}/scores`, { unitId: ex.units[0] }))
      .json()
      .items.find((s: { indicatorId: number }) => s.indicatorId === ex.ind.A2);
    expect(after).toMatchObject({ value: 1, prefilledValue: 2 });
  });
});

describe('locking and versions', () => {
  it('answers 409 to structure edits after scoring starts and derives an editable new version', async () => {
    const detail = (await staff.get(`/api/assessments/schemes/${ex.id}`)).json();
    const ind = detail.indicators.find((i: { id: number }) => i.id === ex.ind.B);
    const edit = await staff.put(`/api/assessments/schemes/${ex.id}/indicators/${ex.ind.B}`, {
      name: 'B',
      maxPoints: 40,
      bodyId: ex.bodyB,
      version: ind.version,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().message).toContain('派生新版本');
    expect(
      (
        await staff.put(`/api/assessments/schemes/${ex.id}/units`, {
          unitIds: [ex.units[0]],
          version: detail.version,
        })
      ).statusCode,
    ).toBe(409);
    expect((await staff.del(`/api/assessments/schemes/${ex.id}/indicators/${ex.ind.B}`)).statusCode).toBe(
      409,
    );
    const derived = await staff.post(`/api/assessments/schemes/${ex.id}/derive`);
    expect(derived.statusCode).toBe(200);
    const copy = (await staff.get(`/api/assessments/schemes/${derived.json().id}`)).json();
    expect(copy).toMatchObject({ status: 'draft', edition: 2, derivedFromId: ex.id, unitCount: 6 });
    expect(copy.indicators).toHaveLength(6);
    expect(copy.bodies.map((b: { members: unknown[] }) => b.members.length)).toEqual([1, 1]);
    expect(
      (await staff.get(`/api/assessments/schemes/${derived.json().id}/scores`)).json().items,
    ).toHaveLength(0);
    const b = copy.indicators.find((i: { name: string }) => i.name === 'B 作风效能');
    const ok = await staff.put(`/api/assessments/schemes/${copy.id}/indicators/${b.id}`, {
      name: 'B 作风效能',
      maxPoints: 40,
      bodyId: b.bodyId,
      version: b.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await staff.put(`/api/assessments/schemes/${copy.id}/indicators/${b.id}`, {
      name: 'B',
      maxPoints: 40,
      bodyId: b.bodyId,
      version: b.version,
    });
    expect(stale.statusCode).toBe(409);
  });
});
