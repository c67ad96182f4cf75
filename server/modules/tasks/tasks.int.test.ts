import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../platform/clock.js';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { documentBody, taskBody } from '../documents/test-helpers.js';

let t: TestApp;
let w: World;
let staff: Client;
let a1: Client;
let a2: Client;
let b1: Client;
let areaLeader: Client;
let other: Client;
let evaluator: Client;

beforeAll(async () => {
  clock.freeze('2010-04-01T02:00:00.000Z');
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  [staff, a1, a2, b1, areaLeader, other, evaluator] = await Promise.all(
    [
      w.users.staff,
      w.users.adminA1,
      w.users.adminA2,
      w.users.adminB1,
      w.users.areaLeader,
      w.users.otherStaff,
      w.users.evaluator,
    ].map((u) => login(t.app, u.username)),
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

async function slotOf(c: Client, taskId: number, unitId: number) {
  const list = (await c.get('/api/task-slots', { taskId, unitId })).json();
  return list.items[0];
}

describe('tasks: dispatch', () => {
  it('dispatches a document’s tasks when the document is issued, one slot per unit of the area', async () => {
    const doc = (
      await staff.post(
        '/api/documents',
        documentBody({ target: { mode: 'area', areaId: w.areaA, unitIds: [] } }),
      )
    ).json().id;
    const task = await staff.post(
      '/api/tasks',
      taskBody({ documentId: doc, target: { mode: 'area', areaId: w.areaA, unitIds: [] } }),
    );
    expect(task.statusCode).toBe(200);
    const taskId = task.json().id;
    expect((await staff.post(`/api/tasks/${taskId}/dispatch`, { version: 1 })).statusCode).toBe(409);
    expect((await staff.post(`/api/documents/${doc}/issue`, { version: 1 })).statusCode).toBe(200);
    const detail = (await staff.get(`/api/tasks/${taskId}`)).json();
    expect(detail).toMatchObject({ status: 'dispatched', slotCount: 2, counts: { open: 2 } });
    expect((await a1.get(`/api/tasks/${taskId}`)).json().slotCount).toBe(1);
    expect((await b1.get(`/api/tasks/${taskId}`)).statusCode).toBe(404);
    expect((await other.get(`/api/tasks/${taskId}`)).statusCode).toBe(404);
    expect((await staff.put(`/api/tasks/${taskId}`, { ...taskBody(), version: 2 })).statusCode).toBe(409);
  });

  it('makes one slot per unit and month for a monthly task', async () => {
    const id = await dispatched({
      cycle: 'monthly',
      periodFrom: '2010-01-01',
      periodTo: '2010-03-31',
      deadline: '2010-02-05',
      target: { mode: 'units', unitIds: [w.unitA1, w.unitB1] },
    });
    const m = (await staff.get(`/api/tasks/${id}/matrix`)).json();
    expect(m.columns.map((c: { key: string }) => c.key)).toEqual(['2010-01', '2010-02', '2010-03']);
    expect(m.rows).toHaveLength(2);
    // today 2010-04-01: Jan (due 02-05), Feb (due 03-05) missing; Mar (due 04-05) open
    expect(m.totals).toMatchObject({ missing: 4, open: 2 });
  });

  it('refuses dispatch by units and leaders, and bad task input with the field named', async () => {
    const id = (await staff.post('/api/tasks', taskBody())).json().id;
    expect(
      (await staff.put(`/api/tasks/${id}`, { ...taskBody({ title: '改' }), version: 1 })).statusCode,
    ).toBe(200);
    expect((await staff.put(`/api/tasks/${id}`, { ...taskBody(), version: 1 })).statusCode).toBe(409);
    for (const c of [a1, areaLeader, evaluator])
      expect((await c.post(`/api/tasks/${id}/dispatch`, { version: 1 })).statusCode).toBe(403);
    expect((await other.post(`/api/tasks/${id}/dispatch`, { version: 1 })).statusCode).toBe(404);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'title'],
      [{ deadline: '2010-02-30x' }, 'deadline'],
      [{ cycle: 'weekly' }, 'cycle'],
      [{ cycle: 'monthly' }, 'periodFrom'],
      [{ cycle: 'monthly', periodFrom: '2010-05-01', periodTo: '2010-01-01' }, 'periodTo'],
      [{ figures: [{ label: '' }] }, 'figures.0.label'],
      [{ target: { mode: 'category', unitIds: [] } }, 'target.category'],
      [{ documentId: 999999 }, 'documentId'],
      [
        { cycle: 'monthly', periodFrom: '2010-01-01', periodTo: '2019-12-31', deadline: '2010-02-01' },
        'periodTo',
      ],
    ];
    for (const [patch, field] of cases) {
      const res = await staff.post('/api/tasks', taskBody(patch));
      expect(res.statusCode, field).toBe(400);
      expect(
        res.json().fields.map((f: { field: string }) => f.field),
        field,
      ).toContain(field);
    }
    expect((await staff.get('/api/tasks', { status: 'x' })).statusCode).toBe(400);
    expect((await staff.get('/api/task-slots', { attention: 'x' })).statusCode).toBe(400);
  });
});

describe('tasks: reporting and review', () => {
  it('goes report → return → resubmit → accept, one audit row per step, with the timeline visible to the unit', async () => {
    const taskId = await dispatched({ target: { mode: 'area', areaId: w.areaA, unitIds: [] } });
    let s = await slotOf(a1, taskId, w.unitA1);
    expect(s.state).toBe('open');
    const bad = await a1.post(`/api/task-slots/${s.id}/report`, {
      content: null,
      figureValues: {},
      version: s.version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('content');
    const noFigure = await a1.post(`/api/task-slots/${s.id}/report`, {
      content: '已开展',
      figureValues: {},
      version: s.version,
    });
    expect(noFigure.json().fields[0].field).toBe('figureValues.f1');
    const unknownFigure = await a1.post(`/api/task-slots/${s.id}/report`, {
      content: '已开展',
      figureValues: { f1: 2, f9: 1 },
      version: s.version,
    });
    expect(unknownFigure.json().fields[0].field).toBe('figureValues.f9');

    const count = async () =>
      (await auditCount(t.deps.db, 'tasks.report')) + (await auditCount(t.deps.db, 'tasks.review'));
    const before = await count();
    expect(
      (
        await a1.post(`/api/task-slots/${s.id}/report`, {
          content: '已开展集中学习',
          figureValues: { f1: 3 },
          version: s.version,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await a2.post(`/api/task-slots/${s.id}/report`, {
          content: 'x',
          figureValues: { f1: 1 },
          version: s.version + 1,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await staff.post(`/api/task-slots/${s.id}/report`, {
          content: 'x',
          figureValues: { f1: 1 },
          version: 2,
        })
      ).statusCode,
    ).toBe(403);
    s = await slotOf(staff, taskId, w.unitA1);
    expect(s).toMatchObject({ status: 'submitted', state: 'review' });

    const noReason = await staff.post(`/api/task-slots/${s.id}/review`, {
      decision: 'return',
      version: s.version,
    });
    expect(noReason.json().fields[0].field).toBe('reason');
    expect(
      (await a1.post(`/api/task-slots/${s.id}/review`, { decision: 'accept', version: s.version }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await staff.post(`/api/task-slots/${s.id}/review`, {
          decision: 'return',
          reason: '请补充学习次数的佐证',
          version: s.version,
        })
      ).statusCode,
    ).toBe(200);
    s = await slotOf(a1, taskId, w.unitA1);
    expect(s).toMatchObject({ status: 'returned', state: 'returned', returnReason: '请补充学习次数的佐证' });
    const returned = (await a1.get('/api/task-slots', { attention: 'returned' })).json();
    expect(returned.items.map((x: { id: number }) => x.id)).toContain(s.id);

    expect(
      (
        await a1.post(`/api/task-slots/${s.id}/report`, {
          content: '已补充',
          figureValues: { f1: 4 },
          version: s.version - 1,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await a1.post(`/api/task-slots/${s.id}/report`, {
          content: '已补充',
          figureValues: { f1: 4 },
          version: s.version,
        })
      ).statusCode,
    ).toBe(200);
    s = await slotOf(staff, taskId, w.unitA1);
    expect(
      (await staff.post(`/api/task-slots/${s.id}/review`, { decision: 'accept', version: s.version }))
        .statusCode,
    ).toBe(200);
    expect(
      (await staff.post(`/api/task-slots/${s.id}/review`, { decision: 'accept', version: s.version + 1 }))
        .statusCode,
    ).toBe(409);
    expect(await count()).toBe(before + 4);

    const detail = (await a1.get(`/api/task-slots/${s.id}`)).json();
    expect(detail).toMatchObject({
      status: 'accepted',
      state: 'done',
      content: '已补充',
      figureValues: { f1: 4 },
    });
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual([
      'submit',
      'return',
      'submit',
      'accept',
    ]);
    expect((await a2.get(`/api/task-slots/${s.id}`)).statusCode).toBe(404);
    expect((await areaLeader.get(`/api/task-slots/${s.id}`)).statusCode).toBe(200);
    expect((await b1.get(`/api/task-slots/${s.id}`)).statusCode).toBe(404);
  });

  it('grants one extension and refuses another; a refused slot stays due and goes overdue', async () => {
    const taskId = await dispatched({
      deadline: '2010-03-25',
      target: { mode: 'area', areaId: w.areaA, unitIds: [] },
    });
    const s1 = await slotOf(a1, taskId, w.unitA1);
    const s2 = await slotOf(a2, taskId, w.unitA2);
    expect(
      (
        await a1.post(`/api/task-slots/${s1.id}/extension`, {
          until: '2010-03-20',
          reason: '材料未齐',
          version: s1.version,
        })
      ).json().fields[0].field,
    ).toBe('until');
    expect(
      (
        await a1.post(`/api/task-slots/${s1.id}/extension`, {
          until: '2010-04-20',
          reason: '',
          version: s1.version,
        })
      ).json().fields[0].field,
    ).toBe('reason');
    expect(
      (
        await a1.post(`/api/task-slots/${s1.id}/extension`, {
          until: '2010-04-20',
          reason: '班子成员外出学习',
          version: s1.version,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await a1.post(`/api/task-slots/${s1.id}/extension`, {
          until: '2010-04-25',
          reason: '再延',
          version: s1.version + 1,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await a2.post(`/api/task-slots/${s2.id}/extension`, {
          until: '2010-04-30',
          reason: '工作忙',
          version: s2.version,
        })
      ).statusCode,
    ).toBe(200);
    const queue = (await staff.get('/api/task-slots', { attention: 'extension', taskId })).json();
    expect(queue.total).toBe(2);

    expect(
      (
        await staff.post(`/api/task-slots/${s2.id}/extension/decision`, {
          grant: false,
          version: s2.version + 1,
        })
      ).json().fields[0].field,
    ).toBe('reason');
    const before = await auditCount(t.deps.db, 'tasks.extension.decide');
    expect(
      (
        await staff.post(`/api/task-slots/${s1.id}/extension/decision`, {
          grant: true,
          version: s1.version + 1,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await staff.post(`/api/task-slots/${s2.id}/extension/decision`, {
          grant: false,
          reason: '理由不充分',
          version: s2.version + 1,
        })
      ).statusCode,
    ).toBe(200);
    expect(await auditCount(t.deps.db, 'tasks.extension.decide')).toBe(before + 2);
    expect(
      (
        await staff.post(`/api/task-slots/${s2.id}/extension/decision`, {
          grant: true,
          version: s2.version + 2,
        })
      ).statusCode,
    ).toBe(409);

    expect(await slotOf(a1, taskId, w.unitA1)).toMatchObject({
      dueOn: '2010-04-20',
      extensionStatus: 'granted',
    });
    expect(await slotOf(a2, taskId, w.unitA2)).toMatchObject({
      dueOn: '2010-03-25',
      extensionStatus: 'refused',
    });
    expect((await slotOf(a1, taskId, w.unitA1)).state).toBe('open');
    expect((await slotOf(a2, taskId, w.unitA2)).state).toBe('missing');
    const overdue = (await a2.get('/api/task-slots', { attention: 'overdue' })).json();
    expect(overdue.items.map((x: { taskId: number }) => x.taskId)).toContain(taskId);
    expect(overdue.items.every((x: { unitId: number }) => x.unitId === w.unitA2)).toBe(true);
  });

  it('logs a reminder (催办) the unit sees in its timeline; units may not remind', async () => {
    const taskId = await dispatched({ target: { mode: 'units', unitIds: [w.unitB1] } });
    const s = await slotOf(staff, taskId, w.unitB1);
    expect((await b1.post(`/api/task-slots/${s.id}/remind`, { note: 'x' })).statusCode).toBe(403);
    expect(
      (await staff.post(`/api/task-slots/${s.id}/remind`, { note: 'x'.repeat(301) })).json().fields[0].field,
    ).toBe('note');
    const before = await auditCount(t.deps.db, 'tasks.remind');
    expect((await staff.post(`/api/task-slots/${s.id}/remind`, { note: '请于本周内报送' })).statusCode).toBe(
      200,
    );
    expect(await auditCount(t.deps.db, 'tasks.remind')).toBe(before + 1);
    const seen = (await b1.get(`/api/task-slots/${s.id}`)).json();
    expect(seen.reminderCount).toBe(1);
    expect(seen.events[0]).toMatchObject({ kind: 'remind', note: '请于本周内报送' });
  });
});
