import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slotState } from '../../../common/tasks.js';
import { clock } from '../../platform/clock.js';
import { buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { taskBody } from '../documents/test-helpers.js';
import { taskFigures } from './figures-queries.js';

let t: TestApp;
let w: World;
let staff: Client;
let a1: Client;
let b1: Client;
let areaLeader: Client;
let other: Client;

beforeAll(async () => {
  clock.freeze('2010-04-01T02:00:00.000Z');
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  [staff, a1, b1, areaLeader, other] = await Promise.all(
    [w.users.staff, w.users.adminA1, w.users.adminB1, w.users.areaLeader, w.users.otherStaff].map((u) =>
      login(t.app, u.username),
    ),
  );
});
afterAll(() => t.close());

async function dispatched(overrides: Record<string, unknown> = {}) {
  const made = await staff.post('/api/tasks', taskBody(overrides));
  if (made.statusCode !== 200) throw new Error(made.body);
  const id = made.json().id as number;
  const res = await staff.post(`/api/tasks/${id}/dispatch`, { version: 1 });
  if (res.statusCode !== 200) throw new Error(res.body);
  return id;
}

describe('tasks: progress matrix', () => {
  it('matches a recount from the records, scoped to the caller', async () => {
    const taskId = await dispatched({ deadline: '2010-03-20' });
    const slots = (await staff.get('/api/task-slots', { taskId })).json().items;
    const byUnit = new Map<number, { id: number; version: number }>(
      slots.map((s: { unitId: number }) => [s.unitId, s]),
    );
    const sA1 = byUnit.get(w.unitA1)!;
    await a1.post(`/api/task-slots/${sA1.id}/report`, {
      content: '迟报',
      figureValues: { f1: 1 },
      version: sA1.version,
    });
    await staff.post(`/api/task-slots/${sA1.id}/review`, { decision: 'accept', version: sA1.version + 1 });
    const sB1 = byUnit.get(w.unitB1)!;
    await b1.post(`/api/task-slots/${sB1.id}/report`, {
      content: '迟报',
      figureValues: { f1: 1 },
      version: sB1.version,
    });

    const m = (await staff.get(`/api/tasks/${taskId}/matrix`)).json();
    const rows = await t.deps.db.selectFrom('taskSlots').selectAll().where('taskId', '=', taskId).execute();
    const today = '2010-04-01';
    const recount: Record<string, number> = {};
    for (const r of rows) recount[slotState(r, today)] = (recount[slotState(r, today)] ?? 0) + 1;
    const nonZero = Object.fromEntries(Object.entries(m.totals).filter(([, v]) => (v as number) > 0));
    expect(nonZero).toEqual(recount);
    expect(recount).toEqual({ late: 1, review: 1, missing: 1 });
    for (const r of rows) {
      const row = m.rows.find((x: { unitId: number }) => x.unitId === r.unitId);
      expect(row.cells.once).toEqual({ state: slotState(r, today), refId: r.id });
    }
    expect(m.rows[0].rate).toBe(0);
    expect(m.byArea.reduce((n: number, a: { units: number }) => n + a.units, 0)).toBe(3);

    const mine = (await a1.get(`/api/tasks/${taskId}/matrix`)).json();
    expect(mine.rows.map((r: { unitId: number }) => r.unitId)).toEqual([w.unitA1]);
    const area = (await areaLeader.get(`/api/tasks/${taskId}/matrix`)).json();
    expect(area.rows.map((r: { unitId: number }) => r.unitId).sort()).toEqual([w.unitA1, w.unitA2].sort());
    expect((await other.get(`/api/tasks/${taskId}/matrix`)).statusCode).toBe(404);

    const overall = (await staff.get('/api/tasks/matrix', { year: 2010 })).json();
    expect(overall.columns.map((c: { key: string }) => c.key)).toContain(`t${taskId}`);
    expect((await staff.get('/api/tasks/matrix', { year: 'abc' })).statusCode).toBe(400);

    const figures = await taskFigures(t.deps.db, w.tenantId, { from: '2010-03-01', to: '2010-03-31' }, today);
    const unitA1 = figures.perUnit.find((u) => u.unitId === w.unitA1)!;
    expect(unitA1.overdueSlotIds).toContain(sA1.id);
    expect(figures.onTimeSlotIds).not.toContain(sA1.id);
    expect(figures.slotIds).toEqual(expect.arrayContaining(rows.map((r) => r.id)));
  });
});

describe('tasks: lists stay inside reach', () => {
  it('returns zero foreign rows to another tenant and only own slots to a unit', async () => {
    const taskId = await dispatched({ target: { mode: 'all', unitIds: [] } });
    expect((await other.get('/api/tasks', { pageSize: 200 })).json().total).toBe(0);
    expect((await other.get('/api/task-slots', { pageSize: 200 })).json().total).toBe(0);
    expect((await other.get('/api/tasks/matrix')).json().rows).toHaveLength(0);
    const mine = (await a1.get('/api/task-slots', { taskId, pageSize: 200 })).json();
    expect(mine.items.map((s: { unitId: number }) => s.unitId)).toEqual([w.unitA1]);
    const area = (await areaLeader.get('/api/task-slots', { taskId, pageSize: 200 })).json();
    expect(area.items.every((s: { unitId: number }) => s.unitId !== w.unitB1)).toBe(true);
    expect(area.total).toBe(2);
    expect(
      (await b1.get('/api/tasks', { pageSize: 200 })).json().items.map((t: { id: number }) => t.id),
    ).toContain(taskId);
    const draft = (await staff.post('/api/tasks', taskBody())).json().id;
    expect((await a1.get(`/api/tasks/${draft}`)).statusCode).toBe(404);
    expect(
      (await a1.get('/api/tasks', { pageSize: 200 })).json().items.map((t: { id: number }) => t.id),
    ).not.toContain(draft);
  });
});
