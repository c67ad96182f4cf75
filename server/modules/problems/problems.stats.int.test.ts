import { describe, expect, it } from 'vitest';
import { isOverdue } from '../../../common/problems.js';
import { clock } from '../../platform/clock.js';
import { createProblem, ok, versionOf, workStyleEnv } from './test-kit.js';

/** Statistics recounted from the raw records, per campaign and per period. */
const env = workStyleEnv();
const c = env.c;

describe('statistics', () => {
  it('match a recount from the raw records, per campaign and per period', async () => {
    // Problems in several states: registered, fed back and overdue, measures past their deadline, closed.
    clock.freeze('2010-06-01T02:00:00Z');
    await env.relogin('staff', 'adminA1', 'adminA2');
    const registered = await createProblem(c.staff, env.w.unitA1, {
      campaignId: env.campaignId,
      foundOn: '2010-05-25',
    });
    const late = await createProblem(c.staff, env.w.unitA1, {
      campaignId: env.campaignId,
      categoryName: '服务态度',
      foundOn: '2010-05-25',
    });
    const pastDeadline = await createProblem(c.staff, env.w.unitA2, {
      categoryName: '工作纪律',
      foundOn: '2010-05-25',
    });
    const closed = await createProblem(c.staff, env.w.unitA1, {
      campaignId: env.campaignId,
      foundOn: '2010-05-20',
    });
    ok(
      await c.staff.post('/api/problems/feedback', {
        items: [late, pastDeadline, closed].map((p) => ({ id: p.id, version: 1 })),
        replyBy: '2010-06-05',
      }),
    );
    ok(
      await c.adminA2.put(`/api/problems/${pastDeadline.id}/rectification`, {
        measures: '整改',
        responsibleLeader: '王局长',
        responsiblePerson: '李主任',
        deadlineType: 'deadline',
        deadlineOn: '2010-06-08',
        version: await versionOf(c.adminA2, pastDeadline.id),
      }),
    );
    let v = ok<{ version: number }>(
      await c.adminA1.put(`/api/problems/${closed.id}/rectification`, {
        measures: '立行立改',
        responsibleLeader: '王局长',
        responsiblePerson: '李主任',
        deadlineType: 'immediate',
        version: await versionOf(c.adminA1, closed.id),
      }),
    ).version;
    v = ok<{ version: number }>(
      await c.adminA1.post(`/api/problems/${closed.id}/request-verification`, { version: v }),
    ).version;
    v = ok<{ version: number }>(
      await c.staff.post(`/api/problems/${closed.id}/verify`, { version: v }),
    ).version;
    ok(await c.staff.post(`/api/problems/${closed.id}/close`, { version: v }));
    clock.freeze('2010-06-10T02:00:00Z');
    await env.relogin('staff', 'adminA1', 'adminA2');
    expect(registered.id).toBeGreaterThan(0);
    await createProblem(c.staff, env.w.unitB1, { foundOn: '2010-02-01', categoryName: '工作纪律' });
    await createProblem(c.staff, env.w.unitA2, {
      foundOn: '2010-08-01',
      campaignId: env.campaignId,
      categoryName: '廉洁自律',
    });
    const today = '2010-06-10';
    for (const filter of [{}, { campaignId: env.campaignId }, { from: '2010-01-01', to: '2010-06-30' }]) {
      const stats = ok<{
        total: number;
        done: number;
        overdue: number;
        departments: number;
        rectificationRate: number;
        byCategory: { key: string; count: number }[];
        byStatus: { key: string; count: number }[];
      }>(await c.staff.get('/api/problems/stats', filter));
      let q = env.t.deps.db.selectFrom('problems').selectAll().where('tenantId', '=', env.w.tenantId);
      if ('campaignId' in filter) q = q.where('campaignId', '=', env.campaignId);
      if ('from' in filter && filter.from && filter.to)
        q = q.where('foundOn', '>=', filter.from).where('foundOn', '<=', filter.to);
      const raw = await q.execute();
      const done = raw.filter((r) => r.status === 'verified' || r.status === 'closed').length;
      expect(stats.total).toBe(raw.length);
      expect(raw.length).toBeGreaterThan(0);
      expect(stats.done).toBe(done);
      expect(stats.departments).toBe(new Set(raw.map((r) => r.unitId)).size);
      expect(stats.overdue).toBe(raw.filter((r) => isOverdue(r, today)).length);
      expect(stats.rectificationRate).toBeCloseTo(raw.length ? done / raw.length : 0);
      for (const b of stats.byCategory) expect(b.count).toBe(raw.filter((r) => r.category === b.key).length);
      for (const b of stats.byStatus) expect(b.count).toBe(raw.filter((r) => r.status === b.key).length);
    }
    const all = ok<{ overdue: number; done: number; byStatus: { key: string; count: number }[] }>(
      await c.staff.get('/api/problems/stats'),
    );
    expect(all.overdue).toBe(2);
    expect(all.done).toBe(1);
    expect(all.byStatus.filter((b) => b.count > 0).map((b) => b.key)).toEqual([
      'registered',
      'fed_back',
      'measures_submitted',
      'closed',
    ]);
  });
});
