import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextNumber } from '../../db/counters.js';
import { clock } from '../../platform/clock.js';
import { auditCount, buildUser, buildWorld, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { P, principals, recordBody, studyPlanBody } from './test-kit.js';

let t: TestApp;
let w: World;
let planId: number;
const sid: Record<'A1' | 'A2' | 'B1', number> = { A1: 0, A2: 0, B1: 0 };
const { as, at } = principals(() => t);
const studyPlan = studyPlanBody;
const record = recordBody;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
});
afterAll(async () => {
  clock.reset();
  await t.close();
});

describe('yearly plan', () => {
  it('refuses bad input naming the field, and non-staff', async () => {
    at('2010-01-10T02:00:00Z');
    const staff = await as(w.users.staff);
    const bad = await staff.post(`${P}/plans`, {
      year: 2010,
      title: '计划',
      docPrefix: '市直工委',
      entries: [{ unitId: w.unitA1, month: 13 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('entries.0.month');
    expect(bad.json().message).toContain('月份');
    const noTitle = await staff.post(`${P}/plans`, { year: 2010, docPrefix: '市直工委', entries: [] });
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().fields.map((f: { field: string }) => f.field)).toContain('title');
    const foreign = await staff.post(`${P}/plans`, {
      year: 2010,
      title: '计划',
      docPrefix: '市直工委',
      entries: [{ unitId: w.unitX, month: 3 }],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().fields[0].field).toBe('entries');
    const admin = await as(w.users.adminA1);
    expect(
      (
        await admin.post(`${P}/plans`, {
          year: 2010,
          title: '计划',
          docPrefix: '市直工委',
          entries: [{ unitId: w.unitA1, month: 3 }],
        })
      ).statusCode,
    ).toBe(403);
  });

  it('creates a draft with default teams and issues it with the next 发文字号 of the shared sequence', async () => {
    const staff = await as(w.users.staff);
    const before = await auditCount(t.deps.db, 'inspections.plan.create');
    const res = await staff.post(`${P}/plans`, {
      year: 2010,
      title: '关于开展2010年党组(党委)中心组理论学习巡听活动的通知',
      docPrefix: '市直工委',
      noticeBody: '各党组(党委)：……',
      entries: [
        { unitId: w.unitA1, month: 3 },
        { unitId: w.unitA2, month: 5 },
        { unitId: w.unitB1, month: 9 },
      ],
    });
    expect(res.statusCode).toBe(200);
    planId = res.json().id;
    expect(await auditCount(t.deps.db, 'inspections.plan.create')).toBe(before + 1);
    // A unit does not see a draft.
    expect((await (await as(w.users.adminA1)).get(`${P}/plans/${planId}`)).statusCode).toBe(404);
    // The documents module numbers from the same sequence: take one number "there" first.
    await t.deps.db.transaction().execute((trx) => nextNumber(trx, w.tenantId, 'doc:市直工委:2010'));
    const plan = (await staff.get(`${P}/plans/${planId}`)).json();
    const issued = await staff.post(`${P}/plans/${planId}/issue`, { version: plan.version });
    expect(issued.statusCode).toBe(200);
    expect(issued.json().docNo).toBe('市直工委〔2010〕2号');
    expect((await staff.post(`${P}/plans/${planId}/issue`, { version: plan.version + 1 })).statusCode).toBe(
      409,
    );
    for (const e of (await staff.get(`${P}/plans/${planId}`)).json().entries)
      sid[e.unitId === w.unitA1 ? 'A1' : e.unitId === w.unitA2 ? 'A2' : 'B1'] = e.sessionId;
    const detail = (await staff.get(`${P}/sessions/${sid.A1}`)).json();
    expect(detail.team.map((m: { userId: number }) => m.userId).sort()).toEqual(
      [w.users.areaLeader.id, w.users.staff.id].sort(),
    );
  });

  it('shows a unit only its own entries and sessions, an area leader only the area, another tenant nothing', async () => {
    const count = async (user: { username: string }) =>
      (await (await as(user)).get(`${P}/sessions`, { year: 2010 })).json().total;
    expect(await count(w.users.staff)).toBe(3);
    expect(await count(w.users.leader)).toBe(3);
    expect(await count(w.users.areaLeader)).toBe(2);
    expect(await count(w.users.adminA1)).toBe(1);
    expect(await count(w.users.otherStaff)).toBe(0);
    const admin = await as(w.users.adminA1);
    const plan = (await admin.get(`${P}/plans/${planId}`)).json();
    expect(plan.entries.map((e: { unitId: number }) => e.unitId)).toEqual([w.unitA1]);
    expect((await admin.get(`${P}/sessions/${sid.A2}`)).statusCode).toBe(404);
    expect((await (await as(w.users.areaLeader)).get(`${P}/sessions/${sid.B1}`)).statusCode).toBe(404);
    expect((await (await as(w.users.otherStaff)).get(`${P}/plans/${planId}`)).statusCode).toBe(404);
    expect((await (await as(w.users.evaluator)).get(`${P}/sessions`)).statusCode).toBe(403);
    expect((await (await as(w.users.sysadmin)).get(`${P}/plans`)).statusCode).toBe(403);
    const cal = (await admin.get(`${P}/plans/${planId}/calendar`)).json();
    expect(cal).toHaveLength(1);
  });
});

describe('study plans', () => {
  it('is on time at 7 Shanghai days (23:30 local counts for that day) and late at 6', async () => {
    at('2010-03-13T15:30:00Z'); // 23:30 on 13 March in Shanghai
    const admin = await as(w.users.adminA1);
    const onTime = await admin.post(`${P}/sessions/${sid.A1}/study-plans`, studyPlan('2010-03-20'));
    expect(onTime.statusCode).toBe(200);
    expect(onTime.json()).toMatchObject({ versionNo: 1, late: false });
    at('2010-03-13T16:30:00Z'); // 00:30 on 14 March in Shanghai
    const admin2 = await as(w.users.adminA1);
    const late = await admin2.post(`${P}/sessions/${sid.A1}/study-plans`, studyPlan('2010-03-20'));
    expect(late.json()).toMatchObject({ versionNo: 2, late: true });
    const list = (await admin2.get(`${P}/sessions`, { year: 2010 })).json();
    expect(list.items[0]).toMatchObject({
      studyPlanStatus: 'submitted',
      studyPlanLate: true,
      effectiveDate: '2010-03-20',
    });
  });

  it('refuses another unit, bad dates and a foreign file; names the field', async () => {
    const adminA2 = await as(w.users.adminA2);
    expect(
      (await adminA2.post(`${P}/sessions/${sid.A1}/study-plans`, studyPlan('2010-03-20'))).statusCode,
    ).toBe(404);
    const adminA1 = await as(w.users.adminA1);
    const wrongYear = await adminA1.post(`${P}/sessions/${sid.A1}/study-plans`, studyPlan('2011-03-20'));
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.json().fields[0].field).toBe('sessionDate');
    const noSpeakers = await adminA1.post(`${P}/sessions/${sid.A1}/study-plans`, {
      ...studyPlan('2010-03-20'),
      speakers: [],
    });
    expect(noSpeakers.json().fields[0].field).toBe('speakers');
    const badTime = await adminA1.post(`${P}/sessions/${sid.A1}/study-plans`, {
      ...studyPlan('2010-03-20'),
      startTime: '25:00',
    });
    expect(badTime.json().fields[0].field).toBe('startTime');
    const file = await adminA1.post(`${P}/sessions/${sid.A1}/study-plans`, {
      ...studyPlan('2010-03-20'),
      fileIds: [999999],
    });
    expect(file.statusCode).toBe(400);
    expect(file.json().fields[0].field).toBe('fileIds');
  });

  it('is returned with a reason and resubmitted; every version stays in the history', async () => {
    const staff = await as(w.users.staff);
    const latest = (await staff.get(`${P}/sessions/${sid.A1}`)).json().studyPlans[0];
    expect(
      (await staff.post(`${P}/study-plans/${latest.id}/return`, { reason: '' })).json().fields[0].field,
    ).toBe('reason');
    expect(
      (await (await as(w.users.adminA1)).post(`${P}/study-plans/${latest.id}/return`, { reason: 'x' }))
        .statusCode,
    ).toBe(403);
    const before = await auditCount(t.deps.db, 'inspections.studyPlan.return');
    expect(
      (await staff.post(`${P}/study-plans/${latest.id}/return`, { reason: '讨论题目过于笼统' })).statusCode,
    ).toBe(200);
    expect(await auditCount(t.deps.db, 'inspections.studyPlan.return')).toBe(before + 1);
    const admin = await as(w.users.adminA1);
    expect((await admin.get(`${P}/sessions`, { year: 2010 })).json().items[0].state).toBe(
      'studyPlanReturned',
    );
    const again = await admin.post(`${P}/sessions/${sid.A1}/study-plans`, {
      ...studyPlan('2010-03-20'),
      questions: ['结合本单位实际，如何推进学习型党组织建设？'],
    });
    expect(again.json().versionNo).toBe(3);
    const plans = (await admin.get(`${P}/sessions/${sid.A1}`)).json().studyPlans;
    expect(plans.map((p: { versionNo: number; status: string }) => [p.versionNo, p.status])).toEqual([
      [3, 'submitted'],
      [2, 'returned'],
      [1, 'submitted'],
    ]);
    expect(plans[1].returnReason).toBe('讨论题目过于笼统');
    // Returning an older version is refused.
    expect(
      (await staff.post(`${P}/study-plans/${plans[2].id}/return`, { reason: '旧版本' })).statusCode,
    ).toBe(409);
  });
});

describe('on-site record', () => {
  it('is written only by team members, hidden from the unit until submitted, then locked', async () => {
    at('2010-03-20T06:00:00Z');
    const outsider = await buildUser(t.deps.db, w.tenantId, 'committee_staff');
    const notOnTeam = await (await as(outsider)).put(`${P}/sessions/${sid.A1}/record`, record('2010-03-20'));
    expect(notOnTeam.statusCode).toBe(403);
    expect(notOnTeam.json().message).toContain('巡听组成员');
    expect(
      (await (await as(w.users.adminA1)).put(`${P}/sessions/${sid.A1}/record`, record('2010-03-20')))
        .statusCode,
    ).toBe(403);
    const leader = await as(w.users.areaLeader);
    const bad = await leader.put(`${P}/sessions/${sid.A1}/record`, record('2010-03-20', { grade: 'great' }));
    expect(bad.json().fields[0].field).toBe('grade');
    const badCheck = await leader.put(
      `${P}/sessions/${sid.A1}/record`,
      record('2010-03-20', { checks: [{ itemId: 999999, result: 'yes' }] }),
    );
    expect(badCheck.json().fields[0].field).toBe('checks.0.itemId');
    const items = (await leader.get(`${P}/check-items`)).json();
    expect(items.length).toBeGreaterThan(3);
    const before = await auditCount(t.deps.db, 'inspections.record.save');
    const saved = await leader.put(
      `${P}/sessions/${sid.A1}/record`,
      record('2010-03-20', { checks: [{ itemId: items[0].id, result: 'yes' }] }),
    );
    expect(saved.statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'inspections.record.save')).toBe(before + 1);
    expect((await (await as(w.users.adminA1)).get(`${P}/sessions/${sid.A1}`)).json().record).toBeNull();
    const draft = (await leader.get(`${P}/sessions/${sid.A1}`)).json().record;
    expect(draft.checks[0].name).toBe(items[0].name);
    expect(
      (
        await leader.put(`${P}/sessions/${sid.A1}/record`, {
          ...record('2010-03-20'),
          version: draft.version + 5,
        })
      ).statusCode,
    ).toBe(409);
    const submitted = await leader.post(`${P}/sessions/${sid.A1}/record/submit`, { version: draft.version });
    expect(submitted.statusCode).toBe(200);
    const locked = await leader.put(`${P}/sessions/${sid.A1}/record`, {
      ...record('2010-03-20'),
      version: draft.version + 1,
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().message).toContain('已提交锁定');
  });

  it('takes corrections after locking, each leaving a trace', async () => {
    const staff = await as(w.users.staff);
    const rec = (await staff.get(`${P}/sessions/${sid.A1}`)).json().record;
    expect(
      (
        await staff.post(`${P}/sessions/${sid.A1}/record/corrections`, {
          field: 'grade',
          newValue: 'great',
          reason: '笔误',
          version: rec.version,
        })
      ).json().fields[0].field,
    ).toBe('newValue');
    expect(
      (
        await staff.post(`${P}/sessions/${sid.A1}/record/corrections`, {
          field: 'grade',
          newValue: 'excellent',
          version: rec.version,
        })
      ).json().fields[0].field,
    ).toBe('reason');
    const before = await auditCount(t.deps.db, 'inspections.record.correct');
    const ok = await staff.post(`${P}/sessions/${sid.A1}/record/corrections`, {
      field: 'grade',
      newValue: 'excellent',
      reason: '评定等次录入有误',
      version: rec.version,
    });
    expect(ok.statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'inspections.record.correct')).toBe(before + 1);
    const after = (await staff.get(`${P}/sessions/${sid.A1}`)).json();
    expect(after.record.grade).toBe('excellent');
    expect(after.corrections[0]).toMatchObject({
      field: 'grade',
      oldValue: 'good',
      newValue: 'excellent',
      reason: '评定等次录入有误',
    });
    expect(after.corrections[0].correctedByName).toBeTruthy();
  });

  it('lets the unit read the feedback and acknowledge it once', async () => {
    const admin = await as(w.users.adminA1);
    const detail = (await admin.get(`${P}/sessions/${sid.A1}`)).json();
    expect(detail.record.feedback).toContain('学习档案');
    expect(
      (
        await (
          await as(w.users.adminA2)
        ).post(`${P}/sessions/${sid.A1}/feedback/ack`, { version: detail.record.version })
      ).statusCode,
    ).toBe(404);
    expect((await admin.post(`${P}/sessions/${sid.A1}/feedback/ack`, {})).json().fields[0].field).toBe(
      'version',
    );
    expect(
      (await admin.post(`${P}/sessions/${sid.A1}/feedback/ack`, { version: detail.record.version }))
        .statusCode,
    ).toBe(200);
    expect(
      (await admin.post(`${P}/sessions/${sid.A1}/feedback/ack`, { version: detail.record.version + 1 }))
        .statusCode,
    ).toBe(409);
    expect((await admin.get(`${P}/sessions/${sid.A1}`)).json().record.acknowledgedAt).toBeTruthy();
  });
});
