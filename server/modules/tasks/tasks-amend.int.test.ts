import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../platform/clock.js';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { taskBody } from '../documents/test-helpers.js';

let t: TestApp;
let w: World;
let staff: Client;
let a1: Client;
let a2: Client;
let areaLeader: Client;
let other: Client;

beforeAll(async () => {
  clock.freeze('2010-04-01T02:00:00.000Z');
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  [staff, a1, a2, areaLeader, other] = await Promise.all(
    [w.users.staff, w.users.adminA1, w.users.adminA2, w.users.areaLeader, w.users.otherStaff].map((u) =>
      login(t.app, u.username),
    ),
  );
});
afterAll(() => t.close());

const area = () => ({ target: { mode: 'area', areaId: w.areaA, unitIds: [] } });

async function dispatched(overrides: Record<string, unknown> = {}) {
  const id = (await staff.post('/api/tasks', taskBody({ ...area(), ...overrides }))).json().id as number;
  const res = await staff.post(`/api/tasks/${id}/dispatch`, { version: 1 });
  if (res.statusCode !== 200) throw new Error(res.body);
  return id;
}
const slotOf = async (c: Client, taskId: number) =>
  (await c.get('/api/task-slots', { taskId })).json().items[0] as {
    id: number;
    dueOn: string;
    version: number;
  };
const versionOf = async (taskId: number) =>
  (await staff.get(`/api/tasks/${taskId}`)).json().version as number;
const amend = async (taskId: number, body: Record<string, unknown>, c = staff) =>
  c.post(`/api/tasks/${taskId}/amend`, {
    title: '报送学习型党组织建设工作情况',
    description: '请各单位报送工作开展情况。',
    deadline: '2010-04-30',
    version: await versionOf(taskId),
    ...body,
  });

describe('调整任务 after dispatch', () => {
  it('corrects the name and extends the deadline for every open unit, one audit row, units notified', async () => {
    const id = await dispatched();
    // a2 reports and is accepted: its slot stays as it was.
    const s2 = await slotOf(a2, id);
    await a2.post(`/api/task-slots/${s2.id}/report`, {
      content: '已完成',
      figureValues: { f1: 3 },
      version: s2.version,
    });
    const submitted = await slotOf(a2, id);
    expect(
      (
        await staff.post(`/api/task-slots/${s2.id}/review`, {
          decision: 'accept',
          version: submitted.version,
        })
      ).statusCode,
    ).toBe(200);

    const before = await auditCount(t.deps.db, 'tasks.amend');
    const res = await amend(id, {
      title: '报送学习型党组织建设工作开展情况',
      deadline: '2010-05-15',
      note: '延期半月',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ notified: 1, moved: 1 });
    expect(await auditCount(t.deps.db, 'tasks.amend')).toBe(before + 1);

    const task = (await staff.get(`/api/tasks/${id}`)).json();
    expect(task.title).toBe('报送学习型党组织建设工作开展情况');
    expect(task.deadline).toBe('2010-05-15');
    expect((await slotOf(a1, id)).dueOn).toBe('2010-05-15');
    expect((await slotOf(a2, id)).dueOn).toBe('2010-04-30');

    // The unit sees the change on its to-do and in the timeline until it reports again.
    const todo = (await a1.get('/api/task-slots', { attention: 'amended' })).json();
    expect(todo.items.map((s: { taskId: number }) => s.taskId)).toEqual([id]);
    expect((await a2.get('/api/task-slots', { attention: 'amended' })).json().total).toBe(0);
    const slot = await slotOf(a1, id);
    const detail = (await a1.get(`/api/task-slots/${slot.id}`)).json();
    const event = detail.events.find((e: { kind: string }) => e.kind === 'amend');
    expect(event.note).toContain('截止日期由2010-04-30延长至2010-05-15');
    expect(event.note).toContain('延期半月');
    await a1.post(`/api/task-slots/${slot.id}/report`, {
      content: '已报',
      figureValues: { f1: 1 },
      version: slot.version,
    });
    expect((await a1.get('/api/task-slots', { attention: 'amended' })).json().total).toBe(0);
  });

  it('moves every period of a monthly task by the same number of days', async () => {
    const id = await dispatched({
      cycle: 'monthly',
      periodFrom: '2010-04-01',
      periodTo: '2010-06-30',
      deadline: '2010-05-05',
    });
    const dues = async () =>
      (
        (await staff.get('/api/task-slots', { taskId: id, unitId: w.unitA1 })).json().items as {
          dueOn: string;
        }[]
      )
        .map((s) => s.dueOn)
        .sort();
    expect(await dues()).toEqual(['2010-05-05', '2010-06-05', '2010-07-05']);
    expect((await amend(id, { deadline: '2010-05-10' })).statusCode).toBe(200);
    expect(await dues()).toEqual(['2010-05-10', '2010-06-10', '2010-07-10']);
  });

  it('refuses an earlier deadline, an unchanged task, a draft and a stale version', async () => {
    const id = await dispatched();
    const earlier = await amend(id, { deadline: '2010-04-20' });
    expect(earlier.statusCode).toBe(400);
    expect(earlier.json().fields[0]).toMatchObject({ field: 'deadline' });
    expect(earlier.json().fields[0].message).toContain('不能早于原截止日期');
    expect((await amend(id, {})).statusCode).toBe(409);
    expect((await amend(id, { deadline: '2010-05-01', version: 99 })).statusCode).toBe(409);
    const draft = (await staff.post('/api/tasks', taskBody(area()))).json().id;
    expect((await amend(draft, { deadline: '2010-05-01' })).statusCode).toBe(409);
  });

  it('answers bad input with 400 naming the field and its label', async () => {
    const id = await dispatched();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '' }, 'title', '任务名称'],
      [{ deadline: '2010-13-01' }, 'deadline', '新的截止日期'],
      [{ note: 'x'.repeat(301) }, 'note', '调整说明'],
      [{ version: 'x' }, 'version', ''],
    ];
    for (const [body, field, label] of cases) {
      const res = await amend(id, body);
      expect(res.statusCode, field).toBe(400);
      const entry = res.json().fields.find((f: { field: string }) => f.field === field);
      expect(entry, res.body).toBeDefined();
      if (label) expect(entry.message).toContain(`「${label}」`);
    }
  });

  it('is for committee staff of the same committee only', async () => {
    const id = await dispatched();
    expect((await amend(id, { deadline: '2010-05-01' }, a1)).statusCode).toBe(403);
    expect((await amend(id, { deadline: '2010-05-01' }, areaLeader)).statusCode).toBe(403);
    expect((await amend(id, { deadline: '2010-05-01' }, other)).statusCode).toBe(404);
    expect((await amend(99999, { deadline: '2010-05-01', version: 1 })).statusCode).toBe(404);
  });
});
