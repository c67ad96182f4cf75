import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Heatmap } from '../../../common/reports.js';
import { clock } from '../../platform/clock.js';
import { buildWorld, type Client, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { taskBody } from '../documents/test-helpers.js';
import { issuedPlan, lockedRecord, principals } from '../inspections/test-kit.js';
import { createProblem } from '../problems/test-kit.js';

/**
 * The unit × work heat map on a small data set with known counts, built through the modules' APIs
 * (units A1, A2 in area A, B1 in area B; period 2010 H1, looked at on 2010-08-01):
 *
 * |    | 巡听 (due: Mar A1, May A2) | 学习日签到 | 读书活动 | 任务按时 | 问题整改 | 机制落实 |
 * | A1 | 1 of 1                     | 1 of 2     | 1 of 1   | 1 of 1   | 1 of 2   | 1 of 2   |
 * | A2 | 0 of 1                     | 0 of 1     | 0 of 1   | 0 of 1   | —        | 0 of 2   |
 * | B1 | — (planned September)      | 1 of 2     | 0 of 1   | 0 of 1   | 0 of 1   | —        |
 *
 * 滞后指数 = 100 − mean rate over the cells with something due: A2 100, B1 87.5, A1 25.
 */
let t: TestApp;
let w: World;
const { as, at } = principals(() => t);
const H1 = { from: '2010-01-01', to: '2010-06-30' };
const ok = async <T = { id: number; version: number }>(p: Promise<{ statusCode: number; body: string }>) => {
  const res = await p;
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return JSON.parse(res.body) as T;
};

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  at('2010-01-10T02:00:00Z');
  const { sid } = await issuedPlan(await as(w.users.staff), w, 2010);
  at('2010-03-20T06:00:00Z');
  await lockedRecord(await as(w.users.areaLeader), sid.A1, '2010-03-20');

  at('2010-04-01T02:00:00Z');
  let staff = await as(w.users.staff);
  const task = await ok(
    staff.post(
      '/api/tasks',
      taskBody({ target: { mode: 'units', unitIds: [w.unitA1, w.unitA2, w.unitB1] } }),
    ),
  );
  await ok(staff.post(`/api/tasks/${task.id}/dispatch`, { version: 1 }));
  at('2010-04-20T02:00:00Z');
  staff = await as(w.users.staff);
  const a1 = await as(w.users.adminA1);
  const slot = (
    await ok<{ items: { id: number; version: number }[] }>(
      a1.get('/api/task-slots', { taskId: task.id, unitId: w.unitA1 }),
    )
  ).items[0];
  await ok(
    a1.post(`/api/task-slots/${slot.id}/report`, {
      content: '已开展',
      figureValues: { f1: 2 },
      version: slot.version,
    }),
  );
  await ok(
    staff.post(`/api/task-slots/${slot.id}/review`, { decision: 'accept', version: slot.version + 1 }),
  );

  at('2010-06-05T02:00:00Z');
  staff = await as(w.users.staff);
  const adminA1 = await as(w.users.adminA1);
  // Problems: two of A1 (one verified), one of B1; one of A2 found in July (outside H1).
  const p1 = await createProblem(staff, w.unitA1, { foundOn: '2010-03-02' });
  await createProblem(staff, w.unitA1, { foundOn: '2010-05-20' });
  await createProblem(staff, w.unitB1, { foundOn: '2010-06-01' });
  await ok(
    staff.post('/api/problems/feedback', { items: [{ id: p1.id, version: 1 }], replyBy: '2010-06-30' }),
  );
  let v = (await ok(adminA1.get(`/api/problems/${p1.id}`))).version;
  v = (
    await ok(
      adminA1.put(`/api/problems/${p1.id}/rectification`, {
        measures: '开展窗口服务培训',
        responsibleLeader: '王副局长',
        responsiblePerson: '赵科长',
        deadlineType: 'deadline',
        deadlineOn: '2010-06-20',
        version: v,
      }),
    )
  ).version;
  v = (await ok(adminA1.post(`/api/problems/${p1.id}/request-verification`, { version: v }))).version;
  await ok(staff.post(`/api/problems/${p1.id}/verify`, { note: '经复查已整改', version: v }));

  // Study days: day 1 invites all three (A1 present, A2 absent, B1 pending); day 2 A1 and B1 (B1 present).
  const day1 = await ok(
    staff.post('/api/learning/study-days', {
      heldOn: '2010-04-10',
      theme: '第一期学习日',
      invitedUnitIds: [w.unitA1, w.unitA2, w.unitB1],
    }),
  );
  await ok(
    staff.put(`/api/learning/study-days/${day1.id}/attendance`, {
      version: 1,
      signIns: [
        { unitId: w.unitA1, status: 'present', attendee: '李四' },
        { unitId: w.unitA2, status: 'absent', reason: '外出开会' },
      ],
    }),
  );
  const day2 = await ok(
    staff.post('/api/learning/study-days', {
      heldOn: '2010-05-15',
      theme: '第二期学习日',
      invitedUnitIds: [w.unitA1, w.unitB1],
    }),
  );
  await ok(
    staff.put(`/api/learning/study-days/${day2.id}/attendance`, {
      version: 1,
      signIns: [{ unitId: w.unitB1, status: 'present', attendee: '王五' }],
    }),
  );
  await ok(
    adminA1.post('/api/learning/activities', {
      unitId: w.unitA1,
      type: 'reading_corner',
      heldOn: '2010-04-15',
      title: '读书角开放',
      participants: 30,
    }),
  );

  // Mechanism with two elements for A1 and A2; A1's first element accepted as done.
  const m = await ok(
    staff.post('/api/mechanisms', {
      name: '“168”党建工作机制',
      description: '1个目标、6步工作法、8项制度',
      startedOn: '2010-03-01',
      elements: [
        { groupName: '1个目标', name: '创建五好党组织' },
        { groupName: '6步工作法', name: '征求意见' },
      ],
      unitIds: [w.unitA1, w.unitA2],
      pilotUnitIds: [w.unitA1],
    }),
  );
  const detail = await ok<{ elements: { id: number }[] }>(staff.get(`/api/mechanisms/${m.id}`));
  const adoption = await ok(
    adminA1.post(`/api/mechanisms/${m.id}/adoptions`, {
      elementId: detail.elements[0].id,
      unitId: w.unitA1,
      status: 'done',
      evidence: '已制定目标责任书',
    }),
  );
  await ok(staff.post(`/api/mechanism-adoptions/${adoption.id}/review`, { decision: 'accept', version: 1 }));

  at('2010-07-02T02:00:00Z');
  await createProblem(await as(w.users.staff), w.unitA2, { foundOn: '2010-07-01' });
  at('2010-08-01T02:00:00Z');
}, 120_000);
afterAll(async () => {
  clock.reset();
  await t.close();
});

const heatmap = async (c: Client, query: Record<string, string | number> = {}) => {
  const res = await c.get('/api/reports/heatmap', { ...H1, ...query });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Heatmap;
};
const share = (h: Heatmap, unitId: number) =>
  Object.fromEntries(
    Object.entries(h.rows.find((r) => r.unitId === unitId)?.cells ?? {}).map(([k, c]) => [
      k,
      c.total ? `${c.count}/${c.total}` : '—',
    ]),
  );

describe('the unit × work heat map', () => {
  it('counts each cell from the records, and sorts the most lagging units first', async () => {
    const h = await heatmap(await as(w.users.staff));
    expect(h.columns.map((c) => c.key)).toEqual([
      'inspections.groupsInspected',
      'learning.studyDaySignIns',
      'learning.readingUnits',
      'tasks.onTimeRate',
      'problems.rectificationRate',
      'mechanisms.adoptionRate',
    ]);
    expect(h.total).toBe(3);
    expect(h.rows.map((r) => [r.unitId, r.lag, r.due])).toEqual([
      [w.unitA2, 100, 5],
      [w.unitB1, 87.5, 4],
      [w.unitA1, 25, 6],
    ]);
    expect(Object.values(share(h, w.unitA1))).toEqual(['1/1', '1/2', '1/1', '1/1', '1/2', '1/2']);
    expect(Object.values(share(h, w.unitA2))).toEqual(['0/1', '0/1', '0/1', '0/1', '—', '0/2']);
    expect(Object.values(share(h, w.unitB1))).toEqual(['—', '1/2', '0/1', '0/1', '0/1', '—']);
    const a1 = h.rows.find((r) => r.unitId === w.unitA1)!.cells;
    expect(a1['tasks.onTimeRate']).toEqual({ value: 100, count: 1, total: 1, rate: 100 });
    expect(a1['problems.rectificationRate']).toEqual({ value: 50, count: 1, total: 2, rate: 50 });
    expect(a1['learning.studyDaySignIns']).toEqual({ value: 1, count: 1, total: 2, rate: 50 });
    expect(h.rows.find((r) => r.unitId === w.unitB1)!.cells['inspections.groupsInspected']).toEqual({
      value: 0,
      count: 0,
      total: 0,
      rate: null,
    });
  });

  it('gives every cell exactly the figure and records its drill-down shows for that unit', async () => {
    const staff = await as(w.users.staff);
    const h = await heatmap(staff);
    let checked = 0;
    for (const row of h.rows)
      for (const [key, cell] of Object.entries(row.cells)) {
        const f = (await staff.get(`/api/reports/figures/${key}`, { ...H1, unitId: row.unitId })).json();
        expect(f.value, `${key} ${row.unitName}`).toBe(cell.value);
        expect(f.sources.length, `${key} ${row.unitName}`).toBe(cell.count);
        checked++;
      }
    expect(checked).toBe(18);
    // The new sign-in figure lists the sign-ins themselves.
    const signIns = (
      await staff.get('/api/reports/figures/learning.studyDaySignIns', { ...H1, unitId: w.unitB1 })
    ).json();
    expect(signIns.sources.map((s: { label: string }) => s.label)).toEqual([
      expect.stringContaining('2010-05-15《第二期学习日》'),
    ]);
  });

  it('pages the units, most lagging first', async () => {
    const staff = await as(w.users.staff);
    const first = await heatmap(staff, { pageSize: 2 });
    expect(first.rows.map((r) => r.unitId)).toEqual([w.unitA2, w.unitB1]);
    const second = await heatmap(staff, { pageSize: 2, page: 2 });
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.rows.map((r) => r.unitId)).toEqual([w.unitA1]);
  });

  it('keeps each caller to its scope', async () => {
    const area = await heatmap(await as(w.users.areaLeader));
    expect(area.rows.map((r) => r.unitId).sort()).toEqual([w.unitA1, w.unitA2].sort());
    const areaRow = area.rows.find((r) => r.unitId === w.unitA1)!;
    expect(Object.values(share(area, w.unitA1))).toEqual(['1/1', '1/2', '1/1', '1/1', '1/2', '1/2']);
    expect(areaRow.lag).toBe(25);
    expect(
      (await (await as(w.users.areaLeader)).get('/api/reports/heatmap', { ...H1, areaId: w.areaB }))
        .statusCode,
    ).toBe(404);
    const b1 = await heatmap(await as(w.users.adminB1));
    expect(b1.rows.map((r) => r.unitId)).toEqual([w.unitB1]);
    expect(Object.values(share(b1, w.unitB1))).toEqual(['—', '1/2', '0/1', '0/1', '0/1', '—']);
    // A unit admin asking for another area still sees only its own unit.
    expect((await heatmap(await as(w.users.adminB1), { areaId: w.areaA })).rows.map((r) => r.unitId)).toEqual(
      [w.unitB1],
    );
    const staffB = await heatmap(await as(w.users.staff), { areaId: w.areaB });
    expect(staffB.rows.map((r) => r.unitId)).toEqual([w.unitB1]);
    const other = await heatmap(await as(w.users.otherStaff));
    expect(other.rows.map((r) => r.unitId)).toEqual([w.unitX]);
    expect(Object.values(other.rows[0].cells).every((c) => c.count === 0)).toBe(true);
    for (const who of ['evaluator', 'sysadmin', 'secadmin', 'auditor'] as const)
      expect((await (await as(w.users[who])).get('/api/reports/heatmap', H1)).statusCode, who).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/reports/heatmap', query: H1 })).statusCode).toBe(
      401,
    );
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const staff = await as(w.users.staff);
    const cases: [Record<string, string | number>, string, string][] = [
      [{ from: '', to: '2010-06-30' }, 'from', '开始日期'],
      [{ from: '2010-02-30' }, 'from', '开始日期'],
      [{ to: '2010-13-01' }, 'to', '结束日期'],
      [{ from: '2010-07-01', to: '2010-06-30' }, 'to', '结束日期不能早于开始日期'],
      [{ areaId: 'abc' }, 'areaId', '片区'],
      [{ pageSize: 0 }, 'pageSize', '每页条数'],
      [{ pageSize: 101 }, 'pageSize', '每页条数'],
      [{ page: 0 }, 'page', '页码'],
    ];
    for (const [patch, field, text] of cases) {
      const res = await staff.get('/api/reports/heatmap', { ...H1, ...patch });
      expect(res.statusCode, field).toBe(400);
      expect(
        res.json().fields.map((f: { field: string }) => f.field),
        field,
      ).toContain(field);
      expect(res.json().message, field).toContain(text);
    }
  });
});
