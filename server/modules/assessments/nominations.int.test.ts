import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../platform/clock.js';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildExampleScheme, schemeVersion } from './test-kit.js';

/** Nominations before approval: edit the nominated units, withdraw, re-nominate a returned award in place. */
let t: TestApp;
let w: World;
let staff: Client;
let leader: Client;
let ex: Awaited<ReturnType<typeof buildExampleScheme>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
  const evaluator = await login(t.app, w.users.evaluator.username);
  leader = await login(t.app, w.users.leader.username);
  ex = await buildExampleScheme(t, w, staff, '提名调整');
  await staff.post(`/api/assessments/schemes/${ex.id}/start`, { version: await schemeVersion(staff, ex.id) });
  for (const [i, unitId] of ex.units.entries()) {
    const a = await staff.post(`/api/assessments/schemes/${ex.id}/scores`, {
      unitId,
      items: [
        { indicatorId: ex.ind.A1, value: 20 - i },
        { indicatorId: ex.ind.A2, value: 0 },
      ],
    });
    expect(a.statusCode, a.body).toBe(200);
    const b = await evaluator.post(`/api/assessments/schemes/${ex.id}/scores`, {
      unitId,
      items: [
        { indicatorId: ex.ind.B, value: 50 - i },
        { indicatorId: ex.ind.C1, value: 0 },
      ],
    });
    expect(b.statusCode, b.body).toBe(200);
  }
  const ballots = await staff.put(`/api/assessments/schemes/${ex.id}/ballots`, {
    items: ex.units.map((unitId) => ({ unitId, satisfied: 10, basic: 0, unsatisfied: 0, unknown: 0 })),
  });
  expect(ballots.statusCode, ballots.body).toBe(200);
  const veto = await staff.post(`/api/assessments/schemes/${ex.id}/vetoes`, {
    unitId: ex.units[4],
    reason: '发生严重违纪问题',
  });
  expect(veto.statusCode, veto.body).toBe(200);
  const pub = await staff.post(`/api/assessments/schemes/${ex.id}/publish`, {
    version: await schemeVersion(staff, ex.id),
  });
  expect(pub.statusCode, pub.body).toBe(200);
});
afterAll(() => t?.close());

async function nominate(title: string) {
  const res = await staff.post(`/api/assessments/schemes/${ex.id}/awards`, {
    title,
    topN: 1,
    publicityDays: 5,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as number;
}
const get = async (id: number) => (await staff.get(`/api/assessments/awards/${id}`)).json();

describe('editing and withdrawing a nomination', () => {
  it('changes the nominated units before approval, audited, with the version checked', async () => {
    const id = await nominate('作风建设先进单位');
    let award = await get(id);
    expect(award.entries.map((e: { unitId: number }) => e.unitId).sort()).toEqual(
      [ex.units[0], ex.units[5]].sort(),
    );
    const before = await auditCount(t.deps.db, 'assessments.award.update');
    const res = await staff.put(`/api/assessments/awards/${id}`, {
      title: '作风建设先进单位（调整）',
      publicityDays: 7,
      unitIds: [ex.units[1], ex.units[2], ex.units[5]],
      version: award.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await auditCount(t.deps.db, 'assessments.award.update')).toBe(before + 1);
    const stale = await staff.put(`/api/assessments/awards/${id}`, {
      title: 'x',
      publicityDays: 5,
      unitIds: [ex.units[1]],
      version: award.version,
    });
    expect(stale.statusCode).toBe(409);
    award = await get(id);
    expect(award).toMatchObject({ title: '作风建设先进单位（调整）', publicityDays: 7, status: 'nominated' });
    expect(award.entries.map((e: { unitId: number; rank: number }) => [e.unitId, e.rank])).toEqual(
      expect.arrayContaining([
        [ex.units[1], 2],
        [ex.units[2], 3],
        [ex.units[5], 1],
      ]),
    );
    expect(award.entries).toHaveLength(3);
  });

  it('refuses vetoed, foreign and empty unit lists with the field named, and everyone but staff', async () => {
    const id = await nominate('拒绝用例');
    const { version } = await get(id);
    const vetoed = await staff.put(`/api/assessments/awards/${id}`, {
      title: '拒绝用例',
      publicityDays: 5,
      unitIds: [ex.units[0], ex.units[4]],
      version,
    });
    expect(vetoed.statusCode).toBe(400);
    expect(vetoed.json().fields[0].field).toBe('unitIds.1');
    expect(vetoed.json().message).toContain('一票否决');
    const foreign = await staff.put(`/api/assessments/awards/${id}`, {
      title: '拒绝用例',
      publicityDays: 5,
      unitIds: [w.unitX],
      version,
    });
    expect(foreign.statusCode).toBe(400);
    const empty = await staff.put(`/api/assessments/awards/${id}`, {
      title: '拒绝用例',
      publicityDays: 5,
      unitIds: [],
      version,
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toContain('提名单位');
    const days = await staff.put(`/api/assessments/awards/${id}`, {
      title: '拒绝用例',
      publicityDays: 0,
      unitIds: [ex.units[0]],
      version,
    });
    expect(days.json().message).toContain('公示天数');
    const body = { title: '越权', publicityDays: 5, unitIds: [ex.units[0]], version };
    for (const who of [leader, await login(t.app, w.users.evaluator.username)])
      expect((await who.put(`/api/assessments/awards/${id}`, body)).statusCode).toBe(403);
    expect(
      (await (await login(t.app, w.users.adminA1.username)).put(`/api/assessments/awards/${id}`, body))
        .statusCode,
    ).toBe(403);
    expect(
      (await (await login(t.app, w.users.otherStaff.username)).put(`/api/assessments/awards/${id}`, body))
        .statusCode,
    ).toBe(404);
    expect((await leader.post(`/api/assessments/awards/${id}/withdraw`, { version })).statusCode).toBe(403);
    expect((await staff.post(`/api/assessments/awards/${id}/withdraw`, { version: 'x' })).statusCode).toBe(
      400,
    );
  });

  it('re-nominates a returned (已退回) award in place; after approval it can no longer change', async () => {
    const id = await nominate('优秀单位');
    let award = await get(id);
    const back = await leader.post(`/api/assessments/awards/${id}/decision`, {
      version: award.version,
      decision: 'reject',
      note: '请补充乙类单位',
    });
    expect(back.statusCode, back.body).toBe(200);
    award = await get(id);
    expect(award.status).toBe('rejected');
    const again = await staff.put(`/api/assessments/awards/${id}`, {
      title: '优秀单位',
      publicityDays: 5,
      unitIds: [ex.units[0], ex.units[5]],
      version: award.version,
    });
    expect(again.statusCode, again.body).toBe(200);
    award = await get(id);
    expect(award).toMatchObject({ status: 'nominated', approvedAt: null });
    const ok = await leader.post(`/api/assessments/awards/${id}/decision`, {
      version: award.version,
      decision: 'approve',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    award = await get(id);
    expect(award.status).toBe('publicity');
    const late = await staff.put(`/api/assessments/awards/${id}`, {
      title: '优秀单位',
      publicityDays: 5,
      unitIds: [ex.units[0]],
      version: award.version,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toContain('公示中');
    expect(
      (await staff.post(`/api/assessments/awards/${id}/withdraw`, { version: award.version })).statusCode,
    ).toBe(409);
  });

  it('withdraws a nomination (kept as 已撤回, one audit row); it then cannot be approved or edited', async () => {
    const id = await nominate('撤回用例');
    let award = await get(id);
    const before = await auditCount(t.deps.db, 'assessments.award.withdraw');
    const res = await staff.post(`/api/assessments/awards/${id}/withdraw`, {
      version: award.version,
      reason: '名额另行研究',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await auditCount(t.deps.db, 'assessments.award.withdraw')).toBe(before + 1);
    award = await get(id);
    expect(award).toMatchObject({ status: 'withdrawn', decisionNote: '名额另行研究' });
    expect(
      (
        await leader.post(`/api/assessments/awards/${id}/decision`, {
          version: award.version,
          decision: 'approve',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await staff.put(`/api/assessments/awards/${id}`, {
          title: 'x',
          publicityDays: 5,
          unitIds: [ex.units[0]],
          version: award.version,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('gives the leader to-dos: nominations awaiting approval, 公示 ending with open objections', async () => {
    const awards = (await staff.get(`/api/assessments/schemes/${ex.id}/awards`)).json() as {
      id: number;
      status: string;
      publicityEnd: string | null;
      entries: { unitId: number }[];
    }[];
    const inPublicity = awards.find((a) => a.status === 'publicity')!;
    const obj = await staff.post(`/api/assessments/awards/${inPublicity.id}/objections`, {
      unitId: inPublicity.entries[0].unitId,
      content: '反映该单位窗口服务态度差',
      raisedBy: null,
      receivedOn: '2011-01-05',
    });
    expect(obj.statusCode, obj.body).toBe(200);
    const ids = (list: { id: number }[]) => list.map((a) => a.id).sort();
    const first = await leader.get('/api/assessments/awards/todos');
    expect(first.statusCode, first.body).toBe(200);
    let todos = first.json();
    expect(ids(todos.awaitingApproval)).toEqual(ids(awards.filter((a) => a.status === 'nominated')));
    expect(todos.publicityEnding).toEqual([]); // five days to go
    clock.freeze(new Date(Date.parse(inPublicity.publicityEnd!) - 86_400_000).toISOString());
    try {
      // Signed in again at the frozen time (the earlier session would have idled out).
      const later = await login(t.app, w.users.leader.username);
      todos = (await later.get('/api/assessments/awards/todos')).json();
    } finally {
      clock.reset();
    }
    expect(todos.publicityEnding).toEqual([
      expect.objectContaining({ id: inPublicity.id, openObjections: 1 }),
    ]);
    expect((await staff.get('/api/assessments/awards/todos')).statusCode).toBe(403);
    const other = await login(t.app, w.users.otherStaff.username);
    expect((await other.get('/api/assessments/awards/todos')).statusCode).toBe(403);
  });
});
