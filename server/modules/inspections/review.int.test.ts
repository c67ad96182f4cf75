import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../platform/clock.js';
import { auditCount, buildWorld, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { issuedPlan, lockedRecord, P, principals, studyPlanBody } from './test-kit.js';

/** Moving a session after issue, 审核通过 of study plans, the checklist's 404, to-dos across years. */

let t: TestApp;
let w: World;
let sid: { A1: number; A2: number; B1: number };
const { as, at } = principals(() => t);

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  at('2010-01-10T02:00:00Z');
  ({ sid } = await issuedPlan(await as(w.users.staff), w, 2010));
});
afterAll(async () => {
  clock.reset();
  await t.close();
});

const kinds = async (user: { username: string }) =>
  ((await (await as(user)).get(`${P}/todos`)).json() as { kind: string; sessionId: number | null }[]).map(
    (x) => `${x.kind}:${x.sessionId ?? ''}`,
  );

describe('setting a session date and moving its month after issue', () => {
  it('lets staff set the date and month, audited, and the unit sees the new date', async () => {
    const staff = await as(w.users.staff);
    const before = (await staff.get(`${P}/sessions/${sid.A1}`)).json().session;
    const audits = await auditCount(t.deps.db, 'inspections.session.schedule');
    const res = await staff.put(`${P}/sessions/${sid.A1}/schedule`, {
      plannedMonth: 4,
      scheduledDate: '2010-04-15',
      version: before.version,
    });
    expect(res.statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'inspections.session.schedule')).toBe(audits + 1);
    const seen = (await (await as(w.users.adminA1)).get(`${P}/sessions/${sid.A1}`)).json().session;
    expect(seen).toMatchObject({ plannedMonth: 4, scheduledDate: '2010-04-15', effectiveDate: '2010-04-15' });
    // Clearing the date keeps the month.
    const cleared = await staff.put(`${P}/sessions/${sid.A2}/schedule`, {
      plannedMonth: 6,
      scheduledDate: null,
      version: (await staff.get(`${P}/sessions/${sid.A2}`)).json().session.version,
    });
    expect(cleared.statusCode).toBe(200);
    expect((await staff.get(`${P}/sessions/${sid.A2}`)).json().session).toMatchObject({
      plannedMonth: 6,
      scheduledDate: null,
    });
  });

  it('refuses bad input naming the field, a stale version, and everyone but committee staff', async () => {
    const staff = await as(w.users.staff);
    const { version } = (await staff.get(`${P}/sessions/${sid.B1}`)).json().session;
    const body = { plannedMonth: 9, scheduledDate: '2010-09-08', version };
    const outside = await staff.put(`${P}/sessions/${sid.B1}/schedule`, {
      ...body,
      scheduledDate: '2011-01-05',
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().fields[0].field).toBe('scheduledDate');
    expect(outside.json().message).toContain('巡听日期');
    expect(
      (await staff.put(`${P}/sessions/${sid.B1}/schedule`, { ...body, version: version + 3 })).statusCode,
    ).toBe(409);
    for (const user of [w.users.adminB1, w.users.areaLeader, w.users.leader, w.users.evaluator])
      expect((await (await as(user)).put(`${P}/sessions/${sid.B1}/schedule`, body)).statusCode).toBe(403);
    expect(
      (await (await as(w.users.otherStaff)).put(`${P}/sessions/${sid.B1}/schedule`, body)).statusCode,
    ).toBe(404);
    expect((await staff.get(`${P}/sessions/${sid.B1}`)).json().session.scheduledDate).toBeNull();
  });
});

describe('审核通过 of a study plan', () => {
  it('is produced as a to-do for staff, accepted once, audited, and the unit sees the state', async () => {
    at('2010-04-01T02:00:00Z');
    const admin = await as(w.users.adminA1);
    const sent = await admin.post(`${P}/sessions/${sid.A1}/study-plans`, studyPlanBody('2010-04-15'));
    expect(sent.statusCode).toBe(200);
    const planId = sent.json().id;
    expect(await kinds(w.users.staff)).toContain(`studyPlanToReview:${sid.A1}`);
    expect(await kinds(w.users.adminA1)).not.toContain(`studyPlanToReview:${sid.A1}`);
    for (const user of [w.users.adminA1, w.users.leader, w.users.areaLeader])
      expect((await (await as(user)).post(`${P}/study-plans/${planId}/accept`, {})).statusCode).toBe(403);
    expect(
      (await (await as(w.users.otherStaff)).post(`${P}/study-plans/${planId}/accept`, {})).statusCode,
    ).toBe(404);
    const staff = await as(w.users.staff);
    const audits = await auditCount(t.deps.db, 'inspections.studyPlan.accept');
    const ok = await staff.post(`${P}/study-plans/${planId}/accept`, { comment: '方案完整，同意按计划开展' });
    expect(ok.statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'inspections.studyPlan.accept')).toBe(audits + 1);
    const seen = (await admin.get(`${P}/sessions/${sid.A1}`)).json();
    expect(seen.session).toMatchObject({ studyPlanStatus: 'accepted', state: 'studyPlanAccepted' });
    expect(seen.studyPlans[0]).toMatchObject({
      status: 'accepted',
      acceptComment: '方案完整，同意按计划开展',
    });
    expect(seen.studyPlans[0].acceptedByName).toBeTruthy();
    expect(await kinds(w.users.staff)).not.toContain(`studyPlanToReview:${sid.A1}`);
    // The team now has it to inspect.
    expect(await kinds(w.users.areaLeader)).toContain(`toInspect:${sid.A1}`);
    expect((await staff.post(`${P}/study-plans/${planId}/accept`, {})).statusCode).toBe(409);
    expect((await staff.post(`${P}/study-plans/${planId}/return`, { reason: '再改' })).statusCode).toBe(409);
    expect(await auditCount(t.deps.db, 'inspections.studyPlan.accept')).toBe(audits + 1);
  });

  it('cannot accept a returned version; the resubmitted one can be, an older one cannot', async () => {
    const admin = await as(w.users.adminA2);
    const v1 = (await admin.post(`${P}/sessions/${sid.A2}/study-plans`, studyPlanBody('2010-06-10'))).json()
      .id;
    const staff = await as(w.users.staff);
    expect(
      (await staff.post(`${P}/study-plans/${v1}/return`, { reason: '讨论题目过于笼统' })).statusCode,
    ).toBe(200);
    const refused = await staff.post(`${P}/study-plans/${v1}/accept`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('退回');
    const v2 = (await admin.post(`${P}/sessions/${sid.A2}/study-plans`, studyPlanBody('2010-06-10'))).json()
      .id;
    expect((await staff.post(`${P}/study-plans/${v1}/accept`, {})).statusCode).toBe(409);
    expect((await staff.post(`${P}/study-plans/${v2}/accept`, {})).statusCode).toBe(200);
    const plans = (await admin.get(`${P}/sessions/${sid.A2}`)).json().studyPlans;
    expect(plans.map((p: { status: string }) => p.status)).toEqual(['accepted', 'returned']);
  });

  it('refuses bad input naming the field', async () => {
    const staff = await as(w.users.staff);
    const long = await staff.post(`${P}/study-plans/1/accept`, { comment: '长'.repeat(501) });
    expect(long.statusCode).toBe(400);
    expect(long.json().fields[0].field).toBe('comment');
    expect(long.json().message).toContain('审核意见');
    const badId = await staff.post(`${P}/study-plans/abc/accept`, {});
    expect(badId.statusCode).toBe(400);
    expect(badId.json().fields[0].field).toBe('id');
    expect((await staff.post(`${P}/study-plans/999999/accept`, {})).statusCode).toBe(404);
  });
});

describe('checklist items', () => {
  it('answers 404 for an unknown or foreign item and 409 only for a stale version', async () => {
    const staff = await as(w.users.staff);
    const body = { name: '学习档案完整', sort: 1, active: true, version: 1 };
    const unknown = await staff.put(`${P}/check-items/999999`, body);
    expect(unknown.statusCode).toBe(404);
    const otherStaff = await as(w.users.otherStaff);
    const foreign = (await otherStaff.post(`${P}/check-items`, { name: '外单位检查项' })).json();
    expect((await staff.put(`${P}/check-items/${foreign.id}`, body)).statusCode).toBe(404);
    const own = (await staff.get(`${P}/check-items`)).json()[0];
    expect(
      (await staff.put(`${P}/check-items/${own.id}`, { ...body, version: own.version + 1 })).statusCode,
    ).toBe(409);
    const audits = await auditCount(t.deps.db, 'inspections.checkItem.update');
    const ok = await staff.put(`${P}/check-items/${own.id}`, { ...body, version: own.version });
    expect(ok.statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'inspections.checkItem.update')).toBe(audits + 1);
    expect((await (await as(w.users.adminA1)).put(`${P}/check-items/${own.id}`, body)).statusCode).toBe(403);
  });
});

describe('to-dos of plans of earlier years', () => {
  it('keep showing what is open in an unfinished plan of an earlier year, not a future one', async () => {
    at('2026-11-27T02:00:00Z');
    // B1 (2010, never reported) is overdue for its unit and the committee; A1 is still to inspect.
    expect(await kinds(w.users.adminB1)).toContain(`studyPlanMissing:${sid.B1}`);
    expect(await kinds(w.users.adminB1)).toContain('notice:');
    expect(await kinds(w.users.staff)).toContain(`studyPlanMissing:${sid.B1}`);
    expect(await kinds(w.users.areaLeader)).toContain(`toInspect:${sid.A1}`);
    const todo = (await (await as(w.users.adminB1)).get(`${P}/todos`)).json()[0];
    expect(todo.year).toBe(2010);
    // Other tenants and other units see none of it.
    expect(await kinds(w.users.otherStaff)).toEqual([]);
    expect((await kinds(w.users.adminA2)).some((k) => k.endsWith(`:${sid.B1}`))).toBe(false);
    // Once inspected and signed, the session leaves the list.
    const leader = await as(w.users.areaLeader);
    await lockedRecord(leader, sid.A1, '2010-04-15');
    expect(await kinds(w.users.adminA1)).toContain(`feedbackToAck:${sid.A1}`);
    const admin = await as(w.users.adminA1);
    const rec = (await admin.get(`${P}/sessions/${sid.A1}`)).json().record;
    expect(
      (await admin.post(`${P}/sessions/${sid.A1}/feedback/ack`, { version: rec.version })).statusCode,
    ).toBe(200);
    expect((await kinds(w.users.adminA1)).filter((k) => k.endsWith(`:${sid.A1}`))).toEqual([]);
  });

  it('leaves out a plan of a later year', async () => {
    at('2009-12-01T02:00:00Z');
    // Clock before 2010: the 2010 plan is in the future and shows nothing.
    expect((await kinds(w.users.adminB1)).filter((k) => k.endsWith(`:${sid.B1}`))).toEqual([]);
  });
});
