import { describe, expect, it } from 'vitest';
import { auditCount } from '../../test/factories.js';
import { createProblem, ok, uploadPng, workStyleEnv } from './test-kit.js';

/** The rectification lifecycle end to end, with return for rework, and batch feedback. */
const env = workStyleEnv();
const c = env.c;

describe('the rectification lifecycle', () => {
  it('runs 暗访 → problem → feedback → measures → evidence → return → rework → verify → close', async () => {
    const photo = await uploadPng(c.staff, 'photo.png');
    const visit = await env.audited('workStyle.visit.create', async () =>
      ok(
        await c.staff.post('/api/work-style/visits', {
          campaignId: env.campaignId,
          visitKind: 'unannounced',
          targetType: 'window_unit',
          unitId: env.windowUnit,
          visitedOn: '2010-06-08',
          visitedTime: '09:30',
          observers: '张明、李华',
          record: '窗口工作人员上班时间玩手机',
          findings: '服务态度冷淡',
          fileIds: [photo],
        }),
      ),
    );
    const problem = await env.audited('problems.create', () =>
      createProblem(c.staff, env.w.unitA1, {
        sourceType: 'unannounced',
        sourceId: visit.id,
        campaignId: env.campaignId,
        categoryName: '服务态度',
      }),
    );
    expect(problem.code).toBe('ZF2010-001');

    // Before feedback the unit does not see the problem at all.
    expect((await c.adminA1.get(`/api/problems/${problem.id}`)).statusCode).toBe(404);
    expect(ok<{ total: number }>(await c.adminA1.get('/api/problems')).total).toBe(0);

    await env.audited('problems.feedback', async () =>
      ok(
        await c.staff.post('/api/problems/feedback', {
          items: [{ id: problem.id, version: 1 }],
          replyBy: '2010-06-20',
        }),
      ),
    );
    const fed = ok<{ status: string; sourceLabel: string; version: number }>(
      await c.adminA1.get(`/api/problems/${problem.id}`),
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
    v = await env.audited(
      'problems.rectify',
      async () =>
        ok<{ version: number }>(
          await c.adminA1.put(`/api/problems/${problem.id}/rectification`, { ...measures, version: v }),
        ).version,
    );
    const evidence = await uploadPng(c.adminA1);
    v = await env.audited(
      'problems.progress',
      async () =>
        ok<{ version: number }>(
          await c.adminA1.post(`/api/problems/${problem.id}/progress`, {
            note: '已完成第一轮培训',
            fileIds: [evidence],
            version: v,
          }),
        ).version,
    );
    v = await env.audited(
      'problems.requestVerification',
      async () =>
        ok<{ version: number }>(
          await c.adminA1.post(`/api/problems/${problem.id}/request-verification`, { version: v }),
        ).version,
    );
    v = await env.audited(
      'problems.return',
      async () =>
        ok<{ version: number }>(
          await c.staff.post(`/api/problems/${problem.id}/return`, {
            returnReason: '监督岗尚未设立',
            version: v,
          }),
        ).version,
    );
    const returned = ok<{ status: string; returnReason: string }>(
      await c.adminA1.get(`/api/problems/${problem.id}`),
    );
    expect(returned).toMatchObject({ status: 'returned', returnReason: '监督岗尚未设立' });
    // A returned item cannot be verified until the unit asks again.
    expect((await c.staff.post(`/api/problems/${problem.id}/verify`, { version: v })).statusCode).toBe(409);

    v = ok<{ version: number }>(
      await c.adminA1.post(`/api/problems/${problem.id}/progress`, {
        note: '监督岗已设立',
        fileIds: [],
        version: v,
      }),
    ).version;
    v = ok<{ version: number }>(
      await c.adminA1.post(`/api/problems/${problem.id}/request-verification`, { version: v }),
    ).version;
    v = await env.audited(
      'problems.verify',
      async () =>
        ok<{ version: number }>(
          await c.staff.post(`/api/problems/${problem.id}/verify`, { note: '经复查已整改', version: v }),
        ).version,
    );
    await env.audited('problems.close', async () =>
      ok(await c.staff.post(`/api/problems/${problem.id}/close`, { version: v })),
    );

    const done = ok<{
      status: string;
      closedAt: string;
      closedByName: string;
      events: { kind: string; files: { id: number }[] }[];
    }>(await c.adminA1.get(`/api/problems/${problem.id}`));
    expect(done.status).toBe('closed');
    expect(done.closedAt).toBe('2010-06-10T02:00:00.000Z');
    expect(done.closedByName).toBe(env.w.users.staff.username);
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
    expect((await c.adminA1.get(`/api/files/${fileId}`)).statusCode).toBe(200);
    expect((await c.staff.get(`/api/files/${fileId}`)).statusCode).toBe(200);
    expect((await c.adminA2.get(`/api/files/${fileId}`)).statusCode).toBe(404);
    // The visit now shows one problem found.
    expect(
      ok<{ problemCount: number }>(await c.staff.get(`/api/work-style/visits/${visit.id}`)).problemCount,
    ).toBe(1);
  });
});

describe('batch feedback', () => {
  it('feeds back several problems in one action, or none when one of them is stale', async () => {
    const a = await createProblem(c.staff, env.w.unitA1);
    const b = await createProblem(c.staff, env.w.unitA2);
    const d = await createProblem(c.staff, env.w.unitB1);
    const stale = await c.staff.post('/api/problems/feedback', {
      items: [
        { id: a.id, version: 1 },
        { id: b.id, version: 7 },
        { id: d.id, version: 1 },
      ],
      replyBy: '2010-06-30',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain(b.code);
    for (const p of [a, b, d])
      expect(ok<{ status: string }>(await c.staff.get(`/api/problems/${p.id}`)).status).toBe('registered');

    const before = await auditCount(env.t.deps.db, 'problems.feedback');
    const res = ok<{ count: number }>(
      await c.staff.post('/api/problems/feedback', {
        items: [a, b, d].map((p) => ({ id: p.id, version: 1 })),
        replyBy: '2010-06-30',
        note: '请各单位认真整改',
      }),
    );
    expect(res.count).toBe(3);
    expect(await auditCount(env.t.deps.db, 'problems.feedback')).toBe(before + 1);
    for (const p of [a, b, d])
      expect(ok<{ status: string }>(await c.staff.get(`/api/problems/${p.id}`)).status).toBe('fed_back');
    // Feeding back twice is refused.
    expect(
      (
        await c.staff.post('/api/problems/feedback', {
          items: [{ id: a.id, version: 2 }],
          replyBy: '2010-06-30',
        })
      ).statusCode,
    ).toBe(409);
  });
});
