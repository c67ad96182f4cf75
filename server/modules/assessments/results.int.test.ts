import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../platform/clock.js';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildExampleScheme, schemeVersion } from './test-kit.js';

let t: TestApp;
let w: World;
let staff: Client;
let evaluator: Client;
let leader: Client;
let ex: Awaited<ReturnType<typeof buildExampleScheme>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
  evaluator = await login(t.app, w.users.evaluator.username);
  leader = await login(t.app, w.users.leader.username);
  ex = await buildExampleScheme(t, w, staff);
});
afterAll(() => t?.close());

/** Scores as in the hand-worked example of engine.test.ts: [A1, A2 occurrences, B, C1 occurrences]. */
const SCORES: [number, number, number, number | null][] = [
  [18, 1, 45, 6],
  [20, 0, 40, 0],
  [20, 0, 35, 5],
  [18, 1, 45, 6],
  [20, 0, 50, 0],
  [20, 0, 50, null],
];

describe('the hand-worked example through HTTP', () => {
  it('locks the scheme when scoring starts; structure edits then answer 409 with the reason', async () => {
    const res = await staff.post(`/api/assessments/schemes/${ex.id}/start`, {
      version: await schemeVersion(staff, ex.id),
    });
    expect(res.statusCode, res.body).toBe(200);
    const edit = await staff.post(`/api/assessments/schemes/${ex.id}/indicators`, {
      name: '新增指标',
      maxPoints: 5,
      bodyId: ex.bodyA,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().message).toContain('已锁定');
    const body = await staff.put(`/api/assessments/schemes/${ex.id}/bodies/${ex.bodyA}`, {
      name: 'x',
      weight: 50,
      memberIds: [],
      version: 1,
    });
    expect(body.statusCode).toBe(409);
  });

  it('lets each body score only its own indicators, one audit row per save', async () => {
    for (const [i, [a1, a2, b, c1]] of SCORES.entries()) {
      const unitId = ex.units[i];
      const before = await auditCount(t.deps.db, 'assessments.score.save');
      const s = await staff.post(`/api/assessments/schemes/${ex.id}/scores`, {
        unitId,
        items: [
          { indicatorId: ex.ind.A1, value: a1 },
          { indicatorId: ex.ind.A2, value: a2 },
        ],
      });
      expect(s.statusCode, s.body).toBe(200);
      expect(await auditCount(t.deps.db, 'assessments.score.save')).toBe(before + 1);
      const items = [{ indicatorId: ex.ind.B, value: b }];
      if (c1 !== null) items.push({ indicatorId: ex.ind.C1, value: c1 });
      const e = await evaluator.post(`/api/assessments/schemes/${ex.id}/scores`, { unitId, items });
      expect(e.statusCode, e.body).toBe(200);
    }
    const cross = await evaluator.post(`/api/assessments/schemes/${ex.id}/scores`, {
      unitId: ex.units[0],
      items: [{ indicatorId: ex.ind.A1, value: 1 }],
    });
    expect(cross.statusCode).toBe(403);
    const staffCross = await staff.post(`/api/assessments/schemes/${ex.id}/scores`, {
      unitId: ex.units[0],
      items: [{ indicatorId: ex.ind.B, value: 1 }],
    });
    expect(staffCross.statusCode).toBe(403);
  });

  it('takes ballots in bulk and a veto with its reason', async () => {
    const u1 = { satisfied: 8, basic: 2, unsatisfied: 0, unknown: 5 };
    const counts = [
      u1,
      { satisfied: 5, basic: 5, unsatisfied: 0, unknown: 0 },
      u1,
      u1,
      { satisfied: 10, basic: 0, unsatisfied: 0, unknown: 0 },
      { satisfied: 1, basic: 0, unsatisfied: 1, unknown: 3 },
    ];
    const res = await staff.put(`/api/assessments/schemes/${ex.id}/ballots`, {
      items: counts.map((c, i) => ({ unitId: ex.units[i], ...c })),
    });
    expect(res.statusCode, res.body).toBe(200);
    const veto = await staff.post(`/api/assessments/schemes/${ex.id}/vetoes`, {
      unitId: ex.units[4],
      reason: '发生严重违纪问题',
    });
    expect(veto.statusCode).toBe(200);
    expect(
      (await staff.post(`/api/assessments/schemes/${ex.id}/vetoes`, { unitId: ex.units[4], reason: '重复' }))
        .statusCode,
    ).toBe(409);
  });

  it('gives the totals and category ranks worked out by hand', async () => {
    const res = await leader.get(`/api/assessments/schemes/${ex.id}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const cats = res.json().categories as {
      category: string;
      rows: { unitId: number; total: number; rank: number | null; vetoed: boolean }[];
    }[];
    const jia = cats.find((c) => c.category === '甲类')!;
    const idx = (unitId: number) => ex.units.indexOf(unitId) + 1;
    expect(jia.rows.map((r) => [idx(r.unitId), r.total, r.rank])).toEqual([
      [2, 93.8, 1],
      [3, 87.6, 2],
      [1, 87.6, 3],
      [4, 87.6, 3],
      [5, 100, null],
    ]);
    const explanation = (await staff.get(`/api/assessments/schemes/${ex.id}/results/${ex.units[0]}`)).json();
    expect(explanation.bodies.map((b: { score: number }) => b.score)).toEqual([93.33, 75]);
    expect(explanation.indicatorPart).toBe(86);
    expect(explanation.ballot).toMatchObject({ valid: 10, score: 94 });
    expect(explanation.groups[0].leaves[1]).toMatchObject({ entered: 1, deduction: 5, points: 10 });
  });

  it('refuses to publish while a unit is incomplete, then publishes and runs the award path with 公示', async () => {
    const incomplete = await staff.post(`/api/assessments/schemes/${ex.id}/publish`, {
      version: await schemeVersion(staff, ex.id),
    });
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json().message).toContain('1个单位');
    const c1 = await evaluator.post(`/api/assessments/schemes/${ex.id}/scores`, {
      unitId: ex.units[5],
      items: [{ indicatorId: ex.ind.C1, value: 0 }],
    });
    expect(c1.statusCode).toBe(200);
    const pub = await staff.post(`/api/assessments/schemes/${ex.id}/publish`, {
      version: await schemeVersion(staff, ex.id),
    });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(
      (await staff.post(`/api/assessments/schemes/${ex.id}/vetoes`, { unitId: ex.units[0], reason: 'x' }))
        .statusCode,
    ).toBe(409);

    const nom = await staff.post(`/api/assessments/schemes/${ex.id}/awards`, {
      title: '作风建设十佳单位',
      topN: 2,
      publicityDays: 5,
    });
    expect(nom.statusCode, nom.body).toBe(200);
    const awardId = nom.json().id;
    let award = (await staff.get(`/api/assessments/awards/${awardId}`)).json();
    // 甲类 ranks 1 and 2 (the vetoed unit is never nominated); 乙类 rank 1.
    expect(award.entries.map((e: { unitId: number }) => ex.units.indexOf(e.unitId) + 1).sort()).toEqual([
      2, 3, 6,
    ]);
    expect(award.status).toBe('nominated');

    expect(
      (
        await staff.post(`/api/assessments/awards/${awardId}/decision`, {
          version: award.version,
          decision: 'approve',
        })
      ).statusCode,
    ).toBe(403);
    clock.freeze('2011-01-10T02:00:00Z');
    const approve = await leader.post(`/api/assessments/awards/${awardId}/decision`, {
      version: award.version,
      decision: 'approve',
      note: '同意公示',
    });
    expect(approve.statusCode, approve.body).toBe(200);
    award = (await staff.get(`/api/assessments/awards/${awardId}`)).json();
    expect(award.status).toBe('publicity');
    expect(award.publicityEnd).toBe('2011-01-15T02:00:00.000Z');

    const obj = await staff.post(`/api/assessments/awards/${awardId}/objections`, {
      unitId: ex.units[2],
      content: '反映该单位窗口服务存在推诿现象',
      raisedBy: '来信',
      receivedOn: '2011-01-11',
    });
    expect(obj.statusCode, obj.body).toBe(200);
    expect(
      (await staff.post(`/api/assessments/awards/${awardId}/finalise`, { version: award.version }))
        .statusCode,
    ).toBe(409);
    clock.freeze('2011-01-16T02:00:00Z');
    award = (await staff.get(`/api/assessments/awards/${awardId}`)).json();
    const open = await staff.post(`/api/assessments/awards/${awardId}/finalise`, { version: award.version });
    expect(open.statusCode).toBe(409);
    expect(open.json().message).toContain('异议未处理');
    const resolve = await staff.post(
      `/api/assessments/awards/${awardId}/objections/${obj.json().id}/resolve`,
      {
        decision: 'upheld',
        resolution: '经核实情况属实，取消其评选资格',
      },
    );
    expect(resolve.statusCode, resolve.body).toBe(200);
    award = (await staff.get(`/api/assessments/awards/${awardId}`)).json();
    const fin = await staff.post(`/api/assessments/awards/${awardId}/finalise`, { version: award.version });
    expect(fin.statusCode, fin.body).toBe(200);
    award = (await staff.get(`/api/assessments/awards/${awardId}`)).json();
    expect(award.status).toBe('final');
    expect(
      award.entries
        .filter((e: { withdrawn: boolean }) => !e.withdrawn)
        .map((e: { unitId: number }) => ex.units.indexOf(e.unitId) + 1)
        .sort(),
    ).toEqual([2, 6]);
    const doc = await leader.get(`/api/assessments/awards/${awardId}/export`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
    expect(doc.rawPayload.subarray(0, 2).toString()).toBe('PK');
    clock.reset();
  });

  it('shows a unit admin only its own unit of a published scheme', async () => {
    const { buildUser } = await import('../../test/factories.js');
    const admin = await buildUser(t.deps.db, w.tenantId, 'unit_admin', { unitId: ex.units[1] });
    const client = await login(t.app, admin.username);
    const res = (await client.get(`/api/assessments/schemes/${ex.id}/results`)).json();
    expect(
      res.categories.flatMap((c: { rows: { unitId: number }[] }) => c.rows.map((r) => r.unitId)),
    ).toEqual([ex.units[1]]);
    expect((await client.get(`/api/assessments/schemes/${ex.id}/results/${ex.units[0]}`)).statusCode).toBe(
      404,
    );
    expect((await client.get(`/api/assessments/schemes/${ex.id}/results/${ex.units[1]}`)).statusCode).toBe(
      200,
    );
    const other = await login(t.app, w.users.adminA1.username);
    expect((await other.get('/api/assessments/schemes')).json().total).toBe(0);
    expect((await other.get(`/api/assessments/schemes/${ex.id}`)).statusCode).toBe(404);
  });
});
