import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataScope } from '../../platform/access.js';
import { clock } from '../../platform/clock.js';
import { buildWorld, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { sessionsInspected, unitsOnPlan } from './figures-queries.js';
import { issuedPlan, P, principals, recordBody, studyPlanBody } from './test-kit.js';

/** Progress on a period, the registers (list and Excel), the year-end ranking and selection, to-dos. */

let t: TestApp;
let w: World;
let sid: { A1: number; A2: number; B1: number };
const { as, at } = principals(() => t);
const record = recordBody;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  at('2010-01-10T02:00:00Z');
  ({ sid } = await issuedPlan(await as(w.users.staff), w, 2010));
  // A1: study plan a week ahead (on time), inspected on 20 March and graded 优秀.
  at('2010-03-13T02:00:00Z');
  await (await as(w.users.adminA1)).post(`${P}/sessions/${sid.A1}/study-plans`, studyPlanBody('2010-03-20'));
  at('2010-03-20T06:00:00Z');
  const leader = await as(w.users.areaLeader);
  await leader.put(`${P}/sessions/${sid.A1}/record`, record('2010-03-20', { grade: 'excellent' }));
  const draft = (await leader.get(`${P}/sessions/${sid.A1}`)).json().record;
  await leader.post(`${P}/sessions/${sid.A1}/record/submit`, { version: draft.version });
});
afterAll(async () => {
  clock.reset();
  await t.close();
});

describe('progress, registers, ranking and selection', () => {
  it('counts inspections before, inside and after a period from the records', async () => {
    at('2010-05-12T06:00:00Z');
    const leader = await as(w.users.areaLeader);
    const v = (await leader.put(`${P}/sessions/${sid.A2}/record`, record('2010-05-12'))).json();
    expect(v.id).toBeGreaterThan(0);
    const rec = (await leader.get(`${P}/sessions/${sid.A2}`)).json().record;
    await leader.post(`${P}/sessions/${sid.A2}/record/submit`, { version: rec.version });
    at('2010-09-08T06:00:00Z');
    const staff = await as(w.users.staff);
    const s = (await staff.get(`${P}/sessions/${sid.B1}`)).json();
    expect(
      (
        await staff.put(`${P}/sessions/${sid.B1}/team`, {
          memberIds: [w.users.areaLeader.id],
          version: s.session.version,
        })
      ).json().fields[0].field,
    ).toBe('memberIds');
    expect(
      (
        await staff.put(`${P}/sessions/${sid.B1}/team`, {
          memberIds: [w.users.staff.id],
          version: s.session.version,
        })
      ).statusCode,
    ).toBe(200);
    await staff.put(
      `${P}/sessions/${sid.B1}/record`,
      record('2010-09-08', { practices: [], shortcomings: [] }),
    );
    const recB = (await staff.get(`${P}/sessions/${sid.B1}`)).json().record;
    expect(
      (await staff.post(`${P}/sessions/${sid.B1}/record/submit`, { version: recB.version })).statusCode,
    ).toBe(200);

    const q2 = (await staff.get(`${P}/progress`, { from: '2010-04-01', to: '2010-06-30' })).json();
    expect(q2).toMatchObject({ planned: 3, inspected: 1 });
    expect(q2.byMonth.map((m: { month: string }) => m.month)).toEqual(['2010-04', '2010-05', '2010-06']);
    expect(q2.byMonth[1]).toEqual({ month: '2010-05', planned: 1, inspected: 1 });
    expect(
      (await staff.get(`${P}/progress`, { from: '2010-01-01', to: '2010-06-30' })).json().inspected,
    ).toBe(2);
    expect(
      (await staff.get(`${P}/progress`, { from: '2010-01-01', to: '2010-12-31' })).json().inspected,
    ).toBe(3);
    expect(
      (await staff.get(`${P}/progress`, { from: '2010-07-01', to: '2010-06-30' })).json().fields[0].field,
    ).toBe('to');
    expect(
      (await staff.get(`${P}/progress`, { from: '2010-13-01', to: '2010-06-30' })).json().fields[0].field,
    ).toBe('from');
    const admin = await as(w.users.adminA1);
    expect((await admin.get(`${P}/progress`, { from: '2010-01-01', to: '2010-12-31' })).json()).toMatchObject(
      { planned: 1, inspected: 1 },
    );

    const scope = { tenantId: w.tenantId, unitIds: null, areaIds: null };
    expect((await unitsOnPlan(t.deps.db, scope, 2010)).count).toBe(3);
    const h1 = await sessionsInspected(t.deps.db, scope, '2010-01-01', '2010-06-30');
    expect(h1.sessionIds.sort()).toEqual([sid.A1, sid.A2].sort());
    expect(
      (
        await sessionsInspected(
          t.deps.db,
          dataScope({ user: { tenantId: w.otherTenantId } as never, scope: 'tenant' }),
          '2010-01-01',
          '2010-12-31',
        )
      ).count,
    ).toBe(0);
  });

  it('lists and exports the registers inside the scope only', async () => {
    const staff = await as(w.users.staff);
    const all = (await staff.get(`${P}/registers/practice`, { year: 2010 })).json();
    expect(all.total).toBe(2);
    const a1 = (await (await as(w.users.adminA1)).get(`${P}/registers/practice`)).json();
    expect(a1.items.every((i: { unitId: number }) => i.unitId === w.unitA1)).toBe(true);
    expect(a1.total).toBe(1);
    expect((await (await as(w.users.adminB1)).get(`${P}/registers/shortcoming`)).json().total).toBe(0);
    expect((await (await as(w.users.otherStaff)).get(`${P}/registers/shortcoming`)).json().total).toBe(0);
    expect((await staff.get(`${P}/registers/other`)).statusCode).toBe(400);
    expect(
      (await staff.get(`${P}/registers/practice`, { itemCategory: 'nope' })).json().fields[0].field,
    ).toBe('itemCategory');
    const byCat = (
      await staff.get(`${P}/registers/shortcoming`, { itemCategory: 'archive', sort: 'unit' })
    ).json();
    expect(byCat.total).toBe(2);

    const exportFor = async (user: { username: string }) => {
      const res = await (await as(user)).get(`${P}/registers/shortcoming/export`, { year: 2010 });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return wb.worksheets[0].rowCount - 1;
    };
    expect(await exportFor(w.users.staff)).toBe(2);
    expect(await exportFor(w.users.adminA1)).toBe(1);
    expect(await exportFor(w.users.adminB1)).toBe(0);
  });

  it('ranks the inspected groups and runs a selection through approval and 公示', async () => {
    at('2010-12-01T02:00:00Z');
    const staff = await as(w.users.staff);
    const ranking = (await staff.get(`${P}/ranking`, { year: 2010 })).json();
    expect(ranking).toHaveLength(3);
    expect(ranking[0]).toMatchObject({ unitId: w.unitA1, grade: 'excellent', timeliness: 'onTime' });
    expect(ranking.find((r: { unitId: number }) => r.unitId === w.unitB1).timeliness).toBe('missing');
    expect((await (await as(w.users.adminA1)).get(`${P}/ranking`, { year: 2010 })).statusCode).toBe(403);

    expect(
      (await staff.post(`${P}/selections`, { year: 2010, unitId: w.unitB1, reason: '' })).json().fields[0]
        .field,
    ).toBe('reason');
    const nominated = await staff.post(`${P}/selections`, {
      year: 2010,
      unitId: w.unitA1,
      reason: '学习制度健全，效果明显',
    });
    expect(nominated.statusCode).toBe(200);
    const id = nominated.json().id;
    expect(
      (await staff.post(`${P}/selections`, { year: 2010, unitId: w.unitA1, reason: '重复' })).statusCode,
    ).toBe(400);
    expect(
      (await staff.post(`${P}/selections/${id}/approve`, { approve: true, version: 1 })).statusCode,
    ).toBe(403);
    const leader = await as(w.users.leader);
    expect(
      (await leader.post(`${P}/selections/${id}/approve`, { approve: true, comment: '同意', version: 1 }))
        .statusCode,
    ).toBe(200);
    expect(
      (await staff.post(`${P}/selections/${id}/publicize`, { days: 0, version: 2 })).json().fields[0].field,
    ).toBe('days');
    expect((await staff.post(`${P}/selections/${id}/publicize`, { days: 5, version: 2 })).statusCode).toBe(
      200,
    );
    expect(
      (
        await staff.post(`${P}/selections/${id}/objections`, {
          content: '反映学习记录补写',
          receivedOn: '2010-12-02',
        })
      ).statusCode,
    ).toBe(200);
    const early = await staff.post(`${P}/selections/${id}/finalize`, { decision: 'final', version: 3 });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('2010-12-05');
    at('2010-12-06T02:00:00Z');
    const staff2 = await as(w.users.staff);
    expect(
      (
        await staff2.post(`${P}/selections/${id}/finalize`, {
          decision: 'final',
          comment: '异议经核实不影响评选',
          version: 3,
        })
      ).statusCode,
    ).toBe(200);
    const list = (await staff2.get(`${P}/selections`, { year: 2010 })).json();
    expect(list[0]).toMatchObject({
      status: 'final',
      publicityStart: '2010-12-01',
      publicityEnd: '2010-12-05',
    });
    expect(list[0].objections).toHaveLength(1);
  });

  it('puts overdue study plans and feedback on the workbench of the unit and the committee', async () => {
    at('2010-09-20T02:00:00Z');
    const adminB1 = await as(w.users.adminB1);
    const kinds = (await adminB1.get(`${P}/todos`)).json().map((x: { kind: string }) => x.kind);
    expect(kinds).toContain('notice');
    expect(kinds).toContain('feedbackToAck');
    const adminA2 = await as(w.users.adminA2);
    expect((await adminA2.get(`${P}/todos`)).json().map((x: { kind: string }) => x.kind)).toContain(
      'feedbackToAck',
    );
    const otherStaff = await as(w.users.otherStaff);
    expect((await otherStaff.get(`${P}/todos`)).json()).toEqual([]);
  });
});
