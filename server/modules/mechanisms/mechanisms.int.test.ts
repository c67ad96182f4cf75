import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adoptionCell } from '../../../common/mechanisms.js';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { mechanismFigures } from './figures-queries.js';

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

const body = () => ({
  name: '“168”党建工作机制',
  description: '1个目标、6步工作法、8项制度',
  startedOn: '2010-03-01',
  elements: [
    { groupName: '1个目标', name: '创建五好党组织' },
    { groupName: '6步工作法', name: '征求意见' },
    { groupName: '6步工作法', name: '议事决策' },
  ],
  unitIds: [w.unitA1, w.unitA2],
  pilotUnitIds: [w.unitA1],
});

async function created() {
  const res = await staff.post('/api/mechanisms', body());
  if (res.statusCode !== 200) throw new Error(res.body);
  return (await staff.get(`/api/mechanisms/${res.json().id}`)).json();
}

describe('mechanisms', () => {
  it('is configured by staff with elements, units and pilots; edits are version-checked', async () => {
    const before = await auditCount(t.deps.db, 'mechanisms.create');
    const m = await created();
    expect(await auditCount(t.deps.db, 'mechanisms.create')).toBe(before + 1);
    expect(m).toMatchObject({ elementCount: 3, unitCount: 2, pilotCount: 1, rate: 0 });
    const elements = [
      ...m.elements.map((e: { id: number; groupName: string; name: string }) => ({
        id: e.id,
        groupName: e.groupName,
        name: e.name,
      })),
      { groupName: '8项制度', name: '党员联系群众制度' },
    ];
    expect((await staff.put(`/api/mechanisms/${m.id}`, { ...body(), elements, version: 1 })).statusCode).toBe(
      200,
    );
    expect((await staff.put(`/api/mechanisms/${m.id}`, { ...body(), elements, version: 1 })).statusCode).toBe(
      409,
    );
    expect((await staff.get(`/api/mechanisms/${m.id}`)).json().elementCount).toBe(4);
    for (const c of [a1, areaLeader, evaluator])
      expect((await c.post('/api/mechanisms', body())).statusCode).toBe(403);
    expect((await other.put(`/api/mechanisms/${m.id}`, { ...body(), version: 2 })).statusCode).toBe(404);
    const bad: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ elements: [] }, 'elements'],
      [{ elements: [{ groupName: '', name: 'x' }] }, 'elements.0.groupName'],
      [{ startedOn: '2010/03/01' }, 'startedOn'],
      [{ pilotUnitIds: [w.unitB1] }, 'pilotUnitIds'],
      [{ unitIds: [w.unitX] }, 'unitIds'],
    ];
    for (const [patch, field] of bad) {
      const res = await staff.post('/api/mechanisms', { ...body(), ...patch });
      expect(res.statusCode, field).toBe(400);
      expect(
        res.json().fields.map((f: { field: string }) => f.field),
        field,
      ).toContain(field);
    }
  });

  it('lets a unit report its own adoption, staff return and accept it; others cannot touch it', async () => {
    const m = await created();
    const [goal, step1] = m.elements;
    const sheet = (await a1.get(`/api/mechanisms/${m.id}/adoptions`, { unitId: w.unitA1 })).json();
    expect(sheet).toHaveLength(3);
    expect(sheet[0]).toMatchObject({ id: null, status: 'not_started', reviewStatus: 'none' });
    expect((await b1.get(`/api/mechanisms/${m.id}`)).statusCode).toBe(404);
    expect(
      (
        await b1.post(`/api/mechanisms/${m.id}/adoptions`, {
          elementId: goal.id,
          unitId: w.unitB1,
          status: 'done',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await a2.post(`/api/mechanisms/${m.id}/adoptions`, {
          elementId: goal.id,
          unitId: w.unitA1,
          status: 'done',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await staff.post(`/api/mechanisms/${m.id}/adoptions`, {
          elementId: goal.id,
          unitId: w.unitA1,
          status: 'done',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await a1.post(`/api/mechanisms/${m.id}/adoptions`, {
          elementId: goal.id,
          unitId: w.unitA1,
          status: 'finished',
        })
      ).json().fields[0].field,
    ).toBe('status');
    expect(
      (
        await a1.post(`/api/mechanisms/${m.id}/adoptions`, {
          elementId: 999999,
          unitId: w.unitA1,
          status: 'done',
        })
      ).json().fields[0].field,
    ).toBe('elementId');

    const before = await auditCount(t.deps.db, 'mechanisms.report');
    const first = await a1.post(`/api/mechanisms/${m.id}/adoptions`, {
      elementId: goal.id,
      unitId: w.unitA1,
      status: 'done',
      evidence: '已制定目标责任书',
    });
    expect(first.statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'mechanisms.report')).toBe(before + 1);
    const adoptionId = first.json().id;
    expect(
      (
        await a1.post(`/api/mechanisms/${m.id}/adoptions`, {
          elementId: goal.id,
          unitId: w.unitA1,
          status: 'done',
        })
      ).statusCode,
    ).toBe(409);
    await a1.post(`/api/mechanisms/${m.id}/adoptions`, {
      elementId: step1.id,
      unitId: w.unitA1,
      status: 'in_progress',
      evidence: '已发放征求意见表',
    });

    expect(
      (
        await staff.post(`/api/mechanism-adoptions/${adoptionId}/review`, { decision: 'return', version: 1 })
      ).json().fields[0].field,
    ).toBe('note');
    expect(
      (await a1.post(`/api/mechanism-adoptions/${adoptionId}/review`, { decision: 'accept', version: 1 }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await staff.post(`/api/mechanism-adoptions/${adoptionId}/review`, {
          decision: 'return',
          note: '请上传责任书扫描件',
          version: 1,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await a1.post(`/api/mechanisms/${m.id}/adoptions`, {
          elementId: goal.id,
          unitId: w.unitA1,
          status: 'done',
          evidence: '已补充',
          version: 2,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await staff.post(`/api/mechanism-adoptions/${adoptionId}/review`, { decision: 'accept', version: 3 }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await a1.post(`/api/mechanisms/${m.id}/adoptions`, {
          elementId: goal.id,
          unitId: w.unitA1,
          status: 'in_progress',
          version: 4,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await other.post(`/api/mechanism-adoptions/${adoptionId}/review`, { decision: 'accept', version: 4 }))
        .statusCode,
    ).toBe(404);

    const queue = (
      await staff.get(`/api/mechanisms/${m.id}/adoptions`, { reviewStatus: 'submitted' })
    ).json();
    expect(queue.map((a: { elementId: number }) => a.elementId)).toEqual([step1.id]);
    expect((await a2.get(`/api/mechanisms/${m.id}/adoptions`, { unitId: w.unitA1 })).statusCode).toBe(404);

    // the matrix, recounted from the records
    const matrix = (await staff.get(`/api/mechanisms/${m.id}/matrix`)).json();
    const rows = await t.deps.db
      .selectFrom('mechanismAdoptions')
      .selectAll()
      .where('mechanismId', '=', m.id)
      .execute();
    for (const u of [w.unitA1, w.unitA2])
      for (const e of m.elements) {
        const a = rows.find((r) => r.unitId === u && r.elementId === e.id);
        const cell = matrix.rows.find((r: { unitId: number }) => r.unitId === u).cells[`e${e.id}`];
        expect(cell.state).toBe(adoptionCell(a));
      }
    expect(matrix.totals).toMatchObject({ done: 1, review: 1, not_started: 4 });
    expect(matrix.rows[0].unitId).toBe(w.unitA2); // laggard first
    const mine = (await a2.get(`/api/mechanisms/${m.id}/matrix`)).json();
    expect(mine.rows.map((r: { unitId: number }) => r.unitId)).toEqual([w.unitA2]);

    const figures = (await mechanismFigures(t.deps.db, w.tenantId, '2099-12-31')).find(
      (f) => f.mechanismId === m.id,
    )!;
    expect(figures.doneAdoptionIds).toEqual([adoptionId]);
    expect(figures.laggingUnitIds).toEqual([w.unitA2]);
    expect(figures.rate).toBeCloseTo((1 / 6) * 100, 0);
  });

  it('lists only mechanisms a unit takes part in', async () => {
    const m = await created();
    expect(
      (await a1.get('/api/mechanisms', { pageSize: 200 })).json().items.map((x: { id: number }) => x.id),
    ).toContain(m.id);
    expect(
      (await b1.get('/api/mechanisms', { pageSize: 200 })).json().items.map((x: { id: number }) => x.id),
    ).not.toContain(m.id);
    expect((await other.get('/api/mechanisms', { pageSize: 200 })).json().total).toBe(0);
    expect((await staff.get('/api/mechanisms', { sort: 'x' })).statusCode).toBe(400);
  });
});
