import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slotState } from '../../../common/tasks.js';
import { clock } from '../../platform/clock.js';
import { buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { readingActivityCoverage } from '../learning/figures.js';
import { buildExampleScheme, schemeVersion } from './test-kit.js';

/**
 * Pre-fill from the 巡听 grades (A1, per-indicator grade shares), the units' reading activities (B)
 * and overdue task report slots (C1): every pre-filled number equals a recount from the raw records.
 */
let t: TestApp;
let w: World;
let staff: Client;
let evaluator: Client;
let ex: Awaited<ReturnType<typeof buildExampleScheme>>;
const AT = '2010-06-01T02:00:00.000Z';
const SHARES = { excellent: 100, good: 80, fair: 60, poor: 40 };

async function plan(status: string, year: number) {
  const row = await t.deps.db
    .insertInto('inspectionPlans')
    .values({
      tenantId: w.tenantId,
      year,
      title: `${year}年巡听计划`,
      docPrefix: '云直工〔2010〕',
      docNo: null,
      noticeBody: '',
      status,
      issuedOn: status === 'issued' ? '2010-02-01' : null,
      issuedBy: null,
      createdAt: AT,
      updatedAt: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function inspection(
  planId: number,
  unitId: number,
  on: string,
  grade: string | null,
  status = 'submitted',
) {
  const s = await t.deps.db
    .insertInto('inspectionSessions')
    .values({
      tenantId: w.tenantId,
      planId,
      unitId,
      plannedMonth: 5,
      scheduledDate: on,
      createdAt: AT,
      updatedAt: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.deps.db
    .insertInto('inspectionRecords')
    .values({
      tenantId: w.tenantId,
      sessionId: s.id,
      status,
      inspectedOn: on,
      attendance: '[]',
      checks: '[]',
      questionsAsked: '',
      notes: '',
      grade,
      scores: '{}',
      feedback: '',
      submittedAt: status === 'submitted' ? AT : null,
      submittedBy: status === 'submitted' ? w.users.staff.id : null,
      acknowledgedAt: null,
      acknowledgedBy: null,
      createdAt: AT,
      updatedAt: AT,
    })
    .execute();
}

async function reading(unitId: number, heldOn: string, title: string) {
  await t.deps.db
    .insertInto('readingActivities')
    .values({
      tenantId: w.tenantId,
      unitId,
      type: 'reading_club',
      heldOn,
      title,
      participants: 12,
      summary: null,
      createdBy: w.users.staff.id,
      createdAt: AT,
      updatedAt: AT,
    })
    .execute();
}

async function slot(
  taskId: number,
  unitId: number,
  dueOn: string,
  status: string,
  submittedAt: string | null,
) {
  await t.deps.db
    .insertInto('taskSlots')
    .values({
      tenantId: w.tenantId,
      taskId,
      unitId,
      periodKey: dueOn.slice(0, 7),
      periodLabel: `${dueOn.slice(5, 7)}月`,
      dueOn,
      status,
      content: null,
      figureValues: null,
      submittedAt,
      firstSubmittedAt: submittedAt,
      returnReason: null,
      reviewedAt: null,
      reviewedBy: null,
      extensionStatus: 'none',
      extensionUntil: null,
      extensionReason: null,
      createdAt: AT,
      updatedAt: AT,
    })
    .execute();
}

async function setSource(id: number, patch: Record<string, unknown>) {
  const detail = (await staff.get(`/api/assessments/schemes/${ex.id}`)).json();
  const i = detail.indicators.find((x: { id: number }) => x.id === id);
  const res = await staff.put(`/api/assessments/schemes/${ex.id}/indicators/${id}`, {
    parentId: i.parentId,
    bodyId: i.bodyId,
    name: i.name,
    maxPoints: i.maxPoints,
    method: i.method,
    deductionPer: i.deductionPer,
    deductionCap: i.deductionCap,
    sort: i.sort,
    ...patch,
    version: i.version,
  });
  return res;
}

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
  evaluator = await login(t.app, w.users.evaluator.username);
  ex = await buildExampleScheme(t, w, staff, '来源预填');
  const [u0, u1, u2, u3, u4] = ex.units;
  const issued = await plan('issued', 2010);
  const earlier = await plan('issued', 2009); // a 2009 plan's session inspected late still counts in 2010
  const draft = await plan('draft', 2011);
  await inspection(issued, u0, '2010-04-10', 'good');
  await inspection(earlier, u0, '2010-10-12', 'excellent');
  await inspection(issued, u1, '2010-05-20', 'fair');
  await inspection(draft, u2, '2010-05-20', 'excellent'); // plan not issued
  await inspection(issued, u3, '2010-05-20', 'poor', 'draft'); // record not submitted
  await inspection(earlier, u4, '2009-12-20', 'excellent'); // before the period
  await reading(u0, '2010-03-15', '读书会：《之江新语》');
  await reading(u0, '2010-09-15', '读书会：机关作风');
  await reading(u2, '2010-11-02', '青年读书沙龙');
  await reading(u3, '2009-12-30', '上年度读书会'); // before the period
  const task = await t.deps.db
    .insertInto('tasks')
    .values({
      tenantId: w.tenantId,
      documentId: null,
      status: 'dispatched',
      title: '月度作风建设进展报送',
      description: null,
      deadline: '2010-12-31',
      cycle: 'monthly',
      periodFrom: '2010-01-01',
      periodTo: '2010-12-31',
      requiresText: 1,
      requiresFiles: 0,
      figures: '[]',
      targetMode: 'units',
      targetAreaId: null,
      targetCategory: null,
      targetUnitIds: '[]',
      dispatchedAt: AT,
      createdBy: w.users.staff.id,
      createdAt: AT,
      updatedAt: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await slot(task.id, u0, '2010-03-05', 'accepted', '2010-03-04T02:00:00.000Z'); // on time
  await slot(task.id, u0, '2010-04-05', 'accepted', '2010-04-09T02:00:00.000Z'); // late
  await slot(task.id, u0, '2010-05-05', 'pending', null); // missing
  await slot(task.id, u1, '2010-05-05', 'pending', null); // missing
  await slot(task.id, u2, '2011-01-05', 'pending', null); // due after the period
  expect(
    (await setSource(ex.ind.A1, { sourceKey: 'inspection_grades', gradeShares: SHARES })).statusCode,
  ).toBe(200);
  expect((await setSource(ex.ind.B, { sourceKey: 'learning_reading' })).statusCode).toBe(200);
  const c1 = await setSource(ex.ind.C1, { sourceKey: 'tasks_overdue' });
  expect(c1.statusCode, c1.body).toBe(200);
});
afterAll(() => t?.close());

type Cell = {
  unitId: number;
  indicatorId: number;
  value: number;
  sources: { type: string; id: number; label: string }[];
};
const cellOf = (sheet: Cell[], unitId: number, indicatorId: number) =>
  sheet.find((c) => c.unitId === unitId && c.indicatorId === indicatorId);

describe('record sources: 巡听 grades, reading activities, overdue task reports', () => {
  it('keeps the grade shares on the indicator (default when not given) and refuses bad shares', async () => {
    const detail = (await staff.get(`/api/assessments/schemes/${ex.id}`)).json();
    expect(detail.indicators.find((i: { id: number }) => i.id === ex.ind.A1).gradeShares).toEqual(SHARES);
    expect(detail.indicators.find((i: { id: number }) => i.id === ex.ind.B).gradeShares).toBeNull();
    const bad = await setSource(ex.ind.A1, {
      sourceKey: 'inspection_grades',
      gradeShares: { ...SHARES, excellent: 120 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields?.['gradeShares.excellent'] ?? bad.body).toContain('优秀得分比例');
    // A grade source on a deduction indicator is refused: it yields points, not occurrences.
    expect((await setSource(ex.ind.C1, { sourceKey: 'learning_reading' })).statusCode).toBe(200);
    expect((await setSource(ex.ind.C1, { sourceKey: 'tasks_overdue' })).statusCode).toBe(200);
    expect((await setSource(ex.ind.B, { sourceKey: 'tasks_overdue' })).statusCode).toBe(400);
  });

  it('pre-fills every source equal to a recount from the records, with the records beside the number', async () => {
    await staff.post(`/api/assessments/schemes/${ex.id}/start`, {
      version: await schemeVersion(staff, ex.id),
    });
    clock.freeze('2011-01-10T02:00:00Z');
    try {
      const a = await staff.post(`/api/assessments/schemes/${ex.id}/scores/prefill`, {});
      expect(a.statusCode, a.body).toBe(200);
      const b = await evaluator.post(`/api/assessments/schemes/${ex.id}/scores/prefill`, {});
      expect(b.statusCode, b.body).toBe(200);
    } finally {
      clock.reset();
    }
    const sheet = (await staff.get(`/api/assessments/schemes/${ex.id}/scores`)).json().items as Cell[];
    const db = t.deps.db;

    // 巡听 grades: mean of the graded, submitted records of issued plans inspected in 2010.
    const graded = await db
      .selectFrom('inspectionRecords as r')
      .innerJoin('inspectionSessions as s', 's.id', 'r.sessionId')
      .innerJoin('inspectionPlans as p', 'p.id', 's.planId')
      .select([
        's.unitId',
        's.id as sessionId',
        'r.grade',
        'r.status',
        'r.inspectedOn',
        'p.status as planStatus',
      ])
      .where('r.tenantId', '=', w.tenantId)
      .execute();
    for (const unitId of ex.units) {
      const mine = graded.filter(
        (g) =>
          g.unitId === unitId &&
          g.planStatus === 'issued' &&
          g.status === 'submitted' &&
          g.inspectedOn.startsWith('2010') &&
          g.grade,
      );
      const cell = cellOf(sheet, unitId, ex.ind.A1);
      if (!mine.length) {
        expect(cell).toBeUndefined();
        continue;
      }
      const pts = mine.map((g) => (20 * SHARES[g.grade as keyof typeof SHARES]) / 100);
      expect(cell?.value).toBe(pts.reduce((s, p) => s + p, 0) / pts.length);
      expect(cell?.sources.map((s) => s.id).sort()).toEqual(mine.map((g) => g.sessionId).sort());
      expect(cell?.sources.every((s) => s.type === 'inspection_session')).toBe(true);
    }
    expect(cellOf(sheet, ex.units[0], ex.ind.A1)?.value).toBe(18); // (良好16 + 优秀20) / 2
    expect(cellOf(sheet, ex.units[0], ex.ind.A1)?.sources[0].label).toContain('良好');
    expect(cellOf(sheet, ex.units[1], ex.ind.A1)?.value).toBe(12);

    // Reading activities: full points (50) for each unit the learning figures count as reporting.
    const coverage = await readingActivityCoverage(db, w.tenantId, '2010-01-01', '2010-12-31');
    const acts = await db.selectFrom('readingActivities').select(['id', 'unitId', 'heldOn']).execute();
    for (const unitId of ex.units) {
      const cell = cellOf(sheet, unitId, ex.ind.B);
      expect(cell?.value).toBe(coverage.reportedUnitIds.includes(unitId) ? 50 : 0);
      expect(cell?.sources.map((s) => s.id)).toEqual(
        acts.filter((a) => a.unitId === unitId && a.heldOn.startsWith('2010')).map((a) => a.id),
      );
    }
    expect(cellOf(sheet, ex.units[0], ex.ind.B)?.sources).toHaveLength(2);

    // Overdue task reports: slots due in 2010 accepted late or still missing at the period's end.
    const slots = await db.selectFrom('taskSlots').selectAll().where('tenantId', '=', w.tenantId).execute();
    for (const unitId of ex.units) {
      const overdue = slots.filter((s) => {
        if (s.unitId !== unitId || !s.dueOn.startsWith('2010')) return false;
        const state = slotState(s, '2010-12-31');
        return state === 'late' || state === 'missing';
      });
      const cell = cellOf(sheet, unitId, ex.ind.C1);
      expect(cell?.value).toBe(overdue.length);
      expect(cell?.sources.map((s) => s.type)).toEqual(overdue.map(() => 'task_slot'));
    }
    expect(cellOf(sheet, ex.units[0], ex.ind.C1)?.value).toBe(2);
    expect(cellOf(sheet, ex.units[0], ex.ind.C1)?.sources[0].label).toContain('月度作风建设进展报送');
  });
});
