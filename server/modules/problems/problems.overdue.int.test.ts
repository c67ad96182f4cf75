import { describe, expect, it } from 'vitest';
import { zh } from '../../../common/locale/index.js';
import { clock } from '../../platform/clock.js';
import { login } from '../../test/factories.js';
import { createProblem, ok, versionOf, workStyleEnv } from './test-kit.js';

/** Overdue flags, reminders (催办) and concurrent edits of one rectification. */
const env = workStyleEnv();
const c = env.c;

const E = zh.workStyle.errors;

describe('overdue items and reminders', () => {
  it('flags overdue items, lists them by the overdue filter, and logs reminders the unit can see', async () => {
    const late = await createProblem(c.staff, env.w.unitA1);
    const onTime = await createProblem(c.staff, env.w.unitA1);
    ok(
      await c.staff.post('/api/problems/feedback', {
        items: [
          { id: late.id, version: 1 },
          { id: onTime.id, version: 1 },
        ],
        replyBy: '2010-06-15',
      }),
    );
    const v = await versionOf(c.adminA1, onTime.id);
    ok(
      await c.adminA1.put(`/api/problems/${onTime.id}/rectification`, {
        measures: '长期坚持首问负责制',
        responsibleLeader: '王局长',
        responsiblePerson: '李主任',
        deadlineType: 'long_term',
        version: v,
      }),
    );
    clock.freeze('2010-06-16T02:00:00Z');
    await env.relogin('staff', 'adminA1');
    const item = ok<{ overdue: boolean }>(await c.staff.get(`/api/problems/${late.id}`));
    expect(item.overdue).toBe(true);
    expect(ok<{ overdue: boolean }>(await c.staff.get(`/api/problems/${onTime.id}`)).overdue).toBe(false);
    const overdueList = ok<{ items: { id: number; overdue: boolean }[] }>(
      await c.staff.get('/api/problems', { overdue: 'true', pageSize: 200 }),
    );
    expect(overdueList.items.map((p) => p.id)).toContain(late.id);
    expect(overdueList.items.every((p) => p.overdue)).toBe(true);
    const notOverdue = ok<{ items: { id: number; overdue: boolean }[] }>(
      await c.staff.get('/api/problems', { overdue: 'false', pageSize: 200 }),
    );
    expect(notOverdue.items.map((p) => p.id)).toContain(onTime.id);
    expect(notOverdue.items.some((p) => p.overdue)).toBe(false);

    const todo = ok<{ overdue: number; items: { id: number }[] }>(await c.adminA1.get('/api/problems/todo'));
    expect(todo.overdue).toBeGreaterThanOrEqual(1);
    expect(todo.items[0].id).toBe(late.id);

    const before = await versionOf(c.staff, late.id);
    await env.audited('problems.remind', async () =>
      ok(await c.staff.post(`/api/problems/${late.id}/remind`, { note: '请于本周内报送整改措施' })),
    );
    const seen = ok<{ reminderCount: number; version: number; events: { kind: string; note: string }[] }>(
      await c.adminA1.get(`/api/problems/${late.id}`),
    );
    expect(seen.reminderCount).toBe(1);
    expect(seen.version).toBe(before);
    expect(seen.events.at(-1)).toMatchObject({ kind: 'reminded', note: '请于本周内报送整改措施' });
    // A deadline in the past makes a submitted item overdue too.
    ok(
      await c.adminA1.put(`/api/problems/${late.id}/rectification`, {
        measures: '立即整改',
        responsibleLeader: '王局长',
        responsiblePerson: '李主任',
        deadlineType: 'deadline',
        deadlineOn: '2010-06-15',
        version: seen.version,
      }),
    );
    expect(
      ok<{ overdue: boolean; status: string }>(await c.staff.get(`/api/problems/${late.id}`)),
    ).toMatchObject({
      overdue: true,
      status: 'measures_submitted',
    });
  });
});

describe('optimistic locking', () => {
  it('lets exactly one of two simultaneous edits of a rectification win; the other gets the Chinese conflict message', async () => {
    const p = await createProblem(c.staff, env.w.unitA1);
    ok(
      await c.staff.post('/api/problems/feedback', {
        items: [{ id: p.id, version: 1 }],
        replyBy: '2010-06-30',
      }),
    );
    const v = await versionOf(c.adminA1, p.id);
    const body = (who: string) => ({
      measures: `${who}填写的整改措施`,
      responsibleLeader: '王局长',
      responsiblePerson: who,
      deadlineType: 'immediate',
      version: v,
    });
    const second = await login(env.t.app, env.w.users.adminA1.username);
    const results = await Promise.all([
      c.adminA1.put(`/api/problems/${p.id}/rectification`, body('甲')),
      second.put(`/api/problems/${p.id}/rectification`, body('乙')),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(loser.json().message).toBe(E.rectifyConflict);
    const winner = results.find((r) => r.statusCode === 200)!;
    const saved = ok<{ responsiblePerson: string; version: number; deadlineOn: string }>(
      await c.staff.get(`/api/problems/${p.id}`),
    );
    expect(saved.version).toBe(v + 1);
    expect(saved.deadlineOn).toBe('2010-06-10');
    expect(winner.json().version).toBe(v + 1);
    // A staff edit with a stale version is refused as well.
    const stale = await c.staff.put(`/api/problems/${p.id}`, {
      sourceType: 'manual',
      unitId: env.w.unitA1,
      categoryName: '办事效率',
      description: '修改',
      foundOn: '2010-06-10',
      version: v,
    });
    expect(stale.statusCode).toBe(409);
  });
});
