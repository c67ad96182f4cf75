import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { zh } from '../../../common/locale/index.js';
import { isOverdue } from '../../../common/problems.js';
import { clock } from '../../platform/clock.js';
import { auditCount, buildUnit, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { createCampaign, createProblem, ok, uploadPng, versionOf } from './test-kit.js';

let t: TestApp;
let w: World;
let staff: Client;
let leader: Client;
let areaLeader: Client;
let adminA1: Client;
let adminA2: Client;
let otherStaff: Client;
let evaluator: Client;
let windowUnit: number;
let campaignId: number;

const E = zh.workStyle.errors;

async function relogin() {
  staff = await login(t.app, w.users.staff.username);
  leader = await login(t.app, w.users.leader.username);
  areaLeader = await login(t.app, w.users.areaLeader.username);
  adminA1 = await login(t.app, w.users.adminA1.username);
  adminA2 = await login(t.app, w.users.adminA2.username);
  otherStaff = await login(t.app, w.users.otherStaff.username);
  evaluator = await login(t.app, w.users.evaluator.username);
}

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  windowUnit = await buildUnit(t.deps.db, w.tenantId, { areaId: w.areaA, isWindow: true });
  clock.freeze('2010-06-10T02:00:00Z');
  await relogin();
  campaignId = await createCampaign(staff, w);
});
afterEach(() => clock.freeze('2010-06-10T02:00:00Z'));
afterAll(async () => {
  clock.reset();
  await t.close();
});

/** Runs a change and asserts it wrote exactly one audit row of the given action. */
async function audited<T>(action: string, run: () => Promise<T>) {
  const before = await auditCount(t.deps.db, action);
  const all = await auditCount(t.deps.db);
  const result = await run();
  expect(await auditCount(t.deps.db, action)).toBe(before + 1);
  expect(await auditCount(t.deps.db)).toBe(all + 1);
  return result;
}

describe('the rectification lifecycle', () => {
  it('runs 暗访 → problem → feedback → measures → evidence → return → rework → verify → close', async () => {
    const photo = await uploadPng(staff, 'photo.png');
    const visit = await audited('workStyle.visit.create', async () =>
      ok(
        await staff.post('/api/work-style/visits', {
          campaignId,
          visitKind: 'unannounced',
          targetType: 'window_unit',
          unitId: windowUnit,
          visitedOn: '2010-06-08',
          visitedTime: '09:30',
          observers: '张明、李华',
          record: '窗口工作人员上班时间玩手机',
          findings: '服务态度冷淡',
          fileIds: [photo],
        }),
      ),
    );
    const problem = await audited('problems.create', () =>
      createProblem(staff, w.unitA1, {
        sourceType: 'unannounced',
        sourceId: visit.id,
        campaignId,
        categoryName: '服务态度',
      }),
    );
    expect(problem.code).toBe('ZF2010-001');

    // Before feedback the unit does not see the problem at all.
    expect((await adminA1.get(`/api/problems/${problem.id}`)).statusCode).toBe(404);
    expect(ok<{ total: number }>(await adminA1.get('/api/problems')).total).toBe(0);

    await audited('problems.feedback', async () =>
      ok(
        await staff.post('/api/problems/feedback', {
          items: [{ id: problem.id, version: 1 }],
          replyBy: '2010-06-20',
        }),
      ),
    );
    const fed = ok<{ status: string; sourceLabel: string; version: number }>(
      await adminA1.get(`/api/problems/${problem.id}`),
    );
    expect(fed.status).toBe('fed_back');
    expect(fed.sourceLabel).toContain('2010-06-08');

    const measures = {
      measures: '一、开展服务礼仪培训；二、设立窗口服务监督岗',
      responsibleLeader: '王副局长',
      responsiblePerson: '赵科长',
      deadlineType: 'deadline',
      deadlineOn: '2010-07-31',
    };
    let v = fed.version;
    v = await audited(
      'problems.rectify',
      async () =>
        ok<{ version: number }>(
          await adminA1.put(`/api/problems/${problem.id}/rectification`, { ...measures, version: v }),
        ).version,
    );
    const evidence = await uploadPng(adminA1);
    v = await audited(
      'problems.progress',
      async () =>
        ok<{ version: number }>(
          await adminA1.post(`/api/problems/${problem.id}/progress`, {
            note: '已完成第一轮培训',
            fileIds: [evidence],
            version: v,
          }),
        ).version,
    );
    v = await audited(
      'problems.requestVerification',
      async () =>
        ok<{ version: number }>(
          await adminA1.post(`/api/problems/${problem.id}/request-verification`, { version: v }),
        ).version,
    );
    v = await audited(
      'problems.return',
      async () =>
        ok<{ version: number }>(
          await staff.post(`/api/problems/${problem.id}/return`, {
            returnReason: '监督岗尚未设立',
            version: v,
          }),
        ).version,
    );
    const returned = ok<{ status: string; returnReason: string }>(
      await adminA1.get(`/api/problems/${problem.id}`),
    );
    expect(returned).toMatchObject({ status: 'returned', returnReason: '监督岗尚未设立' });
    // A returned item cannot be verified until the unit asks again.
    expect((await staff.post(`/api/problems/${problem.id}/verify`, { version: v })).statusCode).toBe(409);

    v = ok<{ version: number }>(
      await adminA1.post(`/api/problems/${problem.id}/progress`, {
        note: '监督岗已设立',
        fileIds: [],
        version: v,
      }),
    ).version;
    v = ok<{ version: number }>(
      await adminA1.post(`/api/problems/${problem.id}/request-verification`, { version: v }),
    ).version;
    v = await audited(
      'problems.verify',
      async () =>
        ok<{ version: number }>(
          await staff.post(`/api/problems/${problem.id}/verify`, { note: '经复查已整改', version: v }),
        ).version,
    );
    await audited('problems.close', async () =>
      ok(await staff.post(`/api/problems/${problem.id}/close`, { version: v })),
    );

    const done = ok<{
      status: string;
      closedAt: string;
      closedByName: string;
      events: { kind: string; files: { id: number }[] }[];
    }>(await adminA1.get(`/api/problems/${problem.id}`));
    expect(done.status).toBe('closed');
    expect(done.closedAt).toBe('2010-06-10T02:00:00.000Z');
    expect(done.closedByName).toBe(w.users.staff.username);
    expect(done.events.map((e) => e.kind)).toEqual([
      'created',
      'fed_back',
      'measures',
      'progress',
      'verification_requested',
      'returned',
      'progress',
      'verification_requested',
      'verified',
      'closed',
    ]);
    // The evidence is downloadable by the unit and the committee, not by another unit.
    const fileId = done.events[3].files[0].id;
    expect((await adminA1.get(`/api/files/${fileId}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/files/${fileId}`)).statusCode).toBe(200);
    expect((await adminA2.get(`/api/files/${fileId}`)).statusCode).toBe(404);
    // The visit now shows one problem found.
    expect(
      ok<{ problemCount: number }>(await staff.get(`/api/work-style/visits/${visit.id}`)).problemCount,
    ).toBe(1);
  });

  it('flags overdue items, lists them by the overdue filter, and logs reminders the unit can see', async () => {
    const late = await createProblem(staff, w.unitA1);
    const onTime = await createProblem(staff, w.unitA1);
    ok(
      await staff.post('/api/problems/feedback', {
        items: [
          { id: late.id, version: 1 },
          { id: onTime.id, version: 1 },
        ],
        replyBy: '2010-06-15',
      }),
    );
    const v = await versionOf(adminA1, onTime.id);
    ok(
      await adminA1.put(`/api/problems/${onTime.id}/rectification`, {
        measures: '长期坚持首问负责制',
        responsibleLeader: '王局长',
        responsiblePerson: '李主任',
        deadlineType: 'long_term',
        version: v,
      }),
    );
    clock.freeze('2010-06-16T02:00:00Z');
    await relogin();
    const item = ok<{ overdue: boolean }>(await staff.get(`/api/problems/${late.id}`));
    expect(item.overdue).toBe(true);
    expect(ok<{ overdue: boolean }>(await staff.get(`/api/problems/${onTime.id}`)).overdue).toBe(false);
    const overdueList = ok<{ items: { id: number; overdue: boolean }[] }>(
      await staff.get('/api/problems', { overdue: 'true', pageSize: 200 }),
    );
    expect(overdueList.items.map((p) => p.id)).toContain(late.id);
    expect(overdueList.items.every((p) => p.overdue)).toBe(true);
    const notOverdue = ok<{ items: { id: number; overdue: boolean }[] }>(
      await staff.get('/api/problems', { overdue: 'false', pageSize: 200 }),
    );
    expect(notOverdue.items.map((p) => p.id)).toContain(onTime.id);
    expect(notOverdue.items.some((p) => p.overdue)).toBe(false);

    const todo = ok<{ overdue: number; items: { id: number }[] }>(await adminA1.get('/api/problems/todo'));
    expect(todo.overdue).toBeGreaterThanOrEqual(1);
    expect(todo.items[0].id).toBe(late.id);

    const before = await versionOf(staff, late.id);
    await audited('problems.remind', async () =>
      ok(await staff.post(`/api/problems/${late.id}/remind`, { note: '请于本周内报送整改措施' })),
    );
    const seen = ok<{ reminderCount: number; version: number; events: { kind: string; note: string }[] }>(
      await adminA1.get(`/api/problems/${late.id}`),
    );
    expect(seen.reminderCount).toBe(1);
    expect(seen.version).toBe(before);
    expect(seen.events.at(-1)).toMatchObject({ kind: 'reminded', note: '请于本周内报送整改措施' });
    // A deadline in the past makes a submitted item overdue too.
    ok(
      await adminA1.put(`/api/problems/${late.id}/rectification`, {
        measures: '立即整改',
        responsibleLeader: '王局长',
        responsiblePerson: '李主任',
        deadlineType: 'deadline',
        deadlineOn: '2010-06-15',
        version: seen.version,
      }),
    );
    expect(
      ok<{ overdue: boolean; status: string }>(await staff.get(`/api/problems/${late.id}`)),
    ).toMatchObject({
      overdue: true,
      status: 'measures_submitted',
    });
  });
});

describe('batch feedback', () => {
  it('feeds back several problems in one action, or none when one of them is stale', async () => {
    const a = await createProblem(staff, w.unitA1);
    const b = await createProblem(staff, w.unitA2);
    const c = await createProblem(staff, w.unitB1);
    const stale = await staff.post('/api/problems/feedback', {
      items: [
        { id: a.id, version: 1 },
        { id: b.id, version: 7 },
        { id: c.id, version: 1 },
      ],
      replyBy: '2010-06-30',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain(b.code);
    for (const p of [a, b, c])
      expect(ok<{ status: string }>(await staff.get(`/api/problems/${p.id}`)).status).toBe('registered');

    const before = await auditCount(t.deps.db, 'problems.feedback');
    const res = ok<{ count: number }>(
      await staff.post('/api/problems/feedback', {
        items: [a, b, c].map((p) => ({ id: p.id, version: 1 })),
        replyBy: '2010-06-30',
        note: '请各单位认真整改',
      }),
    );
    expect(res.count).toBe(3);
    expect(await auditCount(t.deps.db, 'problems.feedback')).toBe(before + 1);
    for (const p of [a, b, c])
      expect(ok<{ status: string }>(await staff.get(`/api/problems/${p.id}`)).status).toBe('fed_back');
    // Feeding back twice is refused.
    expect(
      (
        await staff.post('/api/problems/feedback', {
          items: [{ id: a.id, version: 2 }],
          replyBy: '2010-06-30',
        })
      ).statusCode,
    ).toBe(409);
  });
});

describe('optimistic locking', () => {
  it('lets exactly one of two simultaneous edits of a rectification win; the other gets the Chinese conflict message', async () => {
    const p = await createProblem(staff, w.unitA1);
    ok(
      await staff.post('/api/problems/feedback', {
        items: [{ id: p.id, version: 1 }],
        replyBy: '2010-06-30',
      }),
    );
    const v = await versionOf(adminA1, p.id);
    const body = (who: string) => ({
      measures: `${who}填写的整改措施`,
      responsibleLeader: '王局长',
      responsiblePerson: who,
      deadlineType: 'immediate',
      version: v,
    });
    const second = await login(t.app, w.users.adminA1.username);
    const results = await Promise.all([
      adminA1.put(`/api/problems/${p.id}/rectification`, body('甲')),
      second.put(`/api/problems/${p.id}/rectification`, body('乙')),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(loser.json().message).toBe(E.rectifyConflict);
    const winner = results.find((r) => r.statusCode === 200)!;
    const saved = ok<{ responsiblePerson: string; version: number; deadlineOn: string }>(
      await staff.get(`/api/problems/${p.id}`),
    );
    expect(saved.version).toBe(v + 1);
    expect(saved.deadlineOn).toBe('2010-06-10');
    expect(winner.json().version).toBe(v + 1);
    // A staff edit with a stale version is refused as well.
    const stale = await staff.put(`/api/problems/${p.id}`, {
      sourceType: 'manual',
      unitId: w.unitA1,
      categoryName: '办事效率',
      description: '修改',
      foundOn: '2010-06-10',
      version: v,
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('who sees and touches what', () => {
  it('gives a unit admin only its own problems on item, list, statistics and export endpoints', async () => {
    const mine = await createProblem(staff, w.unitA1, { description: '甲单位的问题' });
    const theirs = await createProblem(staff, w.unitA2, {
      description: '=HYPERLINK("http://x","乙单位的问题")',
    });
    const far = await createProblem(staff, w.unitB1, { description: '另一片区的问题' });
    ok(
      await staff.post('/api/problems/feedback', {
        items: [mine, theirs, far].map((p) => ({ id: p.id, version: 1 })),
        replyBy: '2010-06-30',
      }),
    );
    const list = ok<{ items: { unitId: number }[]; total: number }>(
      await adminA1.get('/api/problems', { pageSize: 200 }),
    );
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.every((p) => p.unitId === w.unitA1)).toBe(true);
    expect((await adminA1.get(`/api/problems/${theirs.id}`)).statusCode).toBe(404);
    expect((await adminA1.get(`/api/problems/${far.id}`)).statusCode).toBe(404);
    expect((await adminA1.get('/api/problems', { unitId: w.unitA2 })).json().total).toBe(0);
    const stats = ok<{ byUnit: { key: string }[] }>(await adminA1.get('/api/problems/stats'));
    expect(stats.byUnit.map((b) => Number(b.key))).toEqual([w.unitA1]);

    const rows = await ledgerRows(adminA1);
    expect(rows.problems.length).toBe(list.total);
    expect(rows.problems.every((r) => r[4] === rows.unitNameA1)).toBe(true);

    // The area leader sees area A (A1, A2), never B1; the other tenant sees nothing.
    const area = ok<{ items: { unitId: number }[] }>(
      await areaLeader.get('/api/problems', { pageSize: 200 }),
    );
    expect(area.items.some((p) => p.unitId === w.unitA2)).toBe(true);
    expect(area.items.every((p) => p.unitId !== w.unitB1)).toBe(true);
    expect((await areaLeader.get(`/api/problems/${far.id}`)).statusCode).toBe(404);
    expect(ok<{ total: number }>(await otherStaff.get('/api/problems')).total).toBe(0);
    expect((await otherStaff.get(`/api/problems/${mine.id}`)).statusCode).toBe(404);
    expect((await evaluator.get('/api/problems')).statusCode).toBe(403);

    // Committee export: formula text is neutralised.
    const all = await ledgerRows(staff);
    const cell = all.problems.find((r) => String(r[7]).includes('HYPERLINK'))?.[7];
    expect(cell).toBe(`'=HYPERLINK("http://x","乙单位的问题")`);

    // Roles: units answer, the committee verifies; neither does the other's part.
    const v = await versionOf(adminA1, mine.id);
    expect(
      (
        await staff.put(`/api/problems/${mine.id}/rectification`, {
          measures: 'x',
          responsibleLeader: 'x',
          responsiblePerson: 'x',
          deadlineType: 'immediate',
          version: v,
        })
      ).statusCode,
    ).toBe(403);
    expect((await adminA1.post(`/api/problems/${mine.id}/verify`, { version: v })).statusCode).toBe(403);
    expect(
      (
        await adminA2.put(`/api/problems/${mine.id}/rectification`, {
          measures: 'x',
          responsibleLeader: 'x',
          responsiblePerson: 'x',
          deadlineType: 'immediate',
          version: v,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await leader.post('/api/problems', {
          sourceType: 'manual',
          unitId: w.unitA1,
          categoryName: '办事效率',
          description: 'x',
          foundOn: '2010-06-10',
        })
      ).statusCode,
    ).toBe(403);
    expect((await adminA1.post(`/api/problems/${mine.id}/remind`, {})).statusCode).toBe(403);
  });
});

async function ledgerRows(c: Client) {
  const res = await c.get('/api/problems/export');
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  expect(wb.worksheets.map((s) => s.name)).toEqual(['问题清单', '任务清单', '责任清单']);
  const rowsOf = (i: number) => {
    const out: unknown[][] = [];
    wb.worksheets[i].eachRow((row, n) => {
      if (n > 2) out.push((row.values as unknown[]).slice(1));
    });
    return out;
  };
  const unitNameA1 = (
    await t.deps.db.selectFrom('units').select('name').where('id', '=', w.unitA1).executeTakeFirstOrThrow()
  ).name;
  return { problems: rowsOf(0), tasks: rowsOf(1), duties: rowsOf(2), unitNameA1 };
}

describe('statistics', () => {
  it('match a recount from the raw records, per campaign and per period', async () => {
    await createProblem(staff, w.unitB1, { foundOn: '2010-02-01', categoryName: '工作纪律' });
    await createProblem(staff, w.unitA2, { foundOn: '2010-08-01', campaignId, categoryName: '廉洁自律' });
    const today = '2010-06-10';
    for (const filter of [{}, { campaignId }, { from: '2010-01-01', to: '2010-06-30' }]) {
      const stats = ok<{
        total: number;
        done: number;
        overdue: number;
        departments: number;
        rectificationRate: number;
        byCategory: { key: string; count: number }[];
        byStatus: { key: string; count: number }[];
      }>(await staff.get('/api/problems/stats', filter));
      let q = t.deps.db.selectFrom('problems').selectAll().where('tenantId', '=', w.tenantId);
      if ('campaignId' in filter) q = q.where('campaignId', '=', campaignId);
      if ('from' in filter && filter.from && filter.to)
        q = q.where('foundOn', '>=', filter.from).where('foundOn', '<=', filter.to);
      const raw = await q.execute();
      const done = raw.filter((r) => r.status === 'verified' || r.status === 'closed').length;
      expect(stats.total).toBe(raw.length);
      expect(stats.done).toBe(done);
      expect(stats.departments).toBe(new Set(raw.map((r) => r.unitId)).size);
      expect(stats.overdue).toBe(raw.filter((r) => isOverdue(r, today)).length);
      expect(stats.rectificationRate).toBeCloseTo(raw.length ? done / raw.length : 0);
      for (const b of stats.byCategory) expect(b.count).toBe(raw.filter((r) => r.category === b.key).length);
      for (const b of stats.byStatus) expect(b.count).toBe(raw.filter((r) => r.status === b.key).length);
    }
  });
});
