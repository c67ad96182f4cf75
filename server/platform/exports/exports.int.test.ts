import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemExportQuery } from '../../../common/problems.js';
import { issuedPlan, principals, recordBody, studyPlanBody } from '../../modules/inspections/test-kit.js';
import { buildLedger } from '../../modules/problems/ledger.js';
import { auditCount, buildWorld, type Client, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { clock } from '../clock.js';
import type { RequestContext } from '../context.js';
import { loadXlsx } from '../excel/test-kit.js';
import { labelFromSchema } from '../field-labels.js';
import * as q from './queries.js';
import { exportKind } from './registry.js';
import { ExportRunner } from './runner.js';

/**
 * Export jobs end to end over HTTP: start → poll → download, the rows of data sets built here,
 * progress on the job row while the ledger is built, refusals (400/403/404/409/429). The restart
 * and the sweep are in exports.restart.int.test.ts.
 */

let t: TestApp;
let w: World;
let staff: Client;
let leader: Client;
let areaLeader: Client;
let adminA1: Client;
let adminA2: Client;
let otherStaff: Client;
const PER_UNIT = 400;

async function insertProblems() {
  const now = clock.nowIso();
  const units = [w.unitA1, w.unitA2, w.unitB1];
  const rows = units.flatMap((unitId, u) =>
    Array.from({ length: PER_UNIT }, (_v, i) => ({
      tenantId: w.tenantId,
      campaignId: null,
      code: `EXP-${u}-${String(i).padStart(4, '0')}`,
      sourceType: 'manual',
      sourceId: null,
      unitId,
      category: '办事效率',
      severity: 'general',
      description: `导出测试问题 ${u}-${i}`,
      foundOn: '2010-06-10',
      status: 'fed_back',
      createdBy: w.users.staff.id,
      createdAt: now,
      updatedAt: now,
    })),
  );
  for (let i = 0; i < rows.length; i += 200)
    await t.deps.db
      .insertInto('problems')
      .values(rows.slice(i, i + 200))
      .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  // One inspection of unit A1 with a recorded good practice (the register kind), in 2010.
  const setup = principals(() => t);
  setup.at('2010-01-10T02:00:00Z');
  const { sid } = await issuedPlan(await setup.as(w.users.staff), w, 2010);
  setup.at('2010-03-13T02:00:00Z');
  await (await setup.as(w.users.adminA1)).post(
    `/api/inspections/sessions/${sid.A1}/study-plans`,
    studyPlanBody('2010-03-20'),
  );
  setup.at('2010-03-20T06:00:00Z');
  const member = await setup.as(w.users.areaLeader);
  await member.put(`/api/inspections/sessions/${sid.A1}/record`, recordBody('2010-03-20'));
  const draft = (await member.get(`/api/inspections/sessions/${sid.A1}`)).json().record;
  const submitted = await member.post(`/api/inspections/sessions/${sid.A1}/record/submit`, {
    version: draft.version,
  });
  if (submitted.statusCode !== 200) throw new Error(`record: ${submitted.body}`);
  clock.reset();
  await insertProblems();
  const as = principals(() => t).as;
  staff = await as(w.users.staff);
  leader = await as(w.users.leader);
  areaLeader = await as(w.users.areaLeader);
  adminA1 = await as(w.users.adminA1);
  adminA2 = await as(w.users.adminA2);
  otherStaff = await as(w.users.otherStaff);
}, 60_000);
afterAll(async () => {
  clock.reset();
  await t?.close();
});

const start = (c: Client, kind: string, params: Record<string, unknown> = {}) =>
  c.post('/api/exports', { kind, params });

/** Polls a job until it is done or failed (the web does the same every 500 ms). */
async function finished(c: Client, id: number) {
  for (let i = 0; i < 400; i++) {
    const job = (await c.get(`/api/exports/${id}`)).json();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`export job ${id} did not finish`);
}

const dataRows = (sheet: ExcelJS.Worksheet, headerRows: number) =>
  (sheet.getSheetValues() as unknown[][]).slice(headerRows + 1).map((r) => r.slice(1));

async function countProblems(unitIds?: number[]) {
  let query = t.deps.db
    .selectFrom('problems')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenantId', '=', w.tenantId);
  if (unitIds) query = query.where('unitId', 'in', unitIds);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

describe('an export job', () => {
  it('runs to done with every row of the ledger, audited, and downloads as a valid workbook', async () => {
    const total = await countProblems();
    expect(total).toBe(3 * PER_UNIT);
    const createdBefore = await auditCount(t.deps.db, 'exports.create');
    const finishedBefore = await auditCount(t.deps.db, 'exports.finish');
    const res = await start(staff, 'problems.ledger');
    expect(res.statusCode).toBe(202);
    const { id } = res.json();
    expect(await auditCount(t.deps.db, 'exports.create')).toBe(createdBefore + 1);
    const job = await finished(staff, id);
    expect(job).toMatchObject({ id, kind: 'problems.ledger', status: 'done', error: null });
    expect(job.doneRows).toBe(total);
    expect(job.totalRows).toBe(total);
    expect(job.fileName).toMatch(/\.xlsx$/);
    expect(await auditCount(t.deps.db, 'exports.finish')).toBe(finishedBefore + 1);

    const file = await staff.get(`/api/exports/${id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain(encodeURIComponent(job.fileName));
    const workbook = await loadXlsx(file.rawPayload);
    for (const name of ['问题清单', '任务清单', '责任清单']) {
      const rows = dataRows(workbook.getWorksheet(name)!, 2);
      expect(rows.length, name).toBe(total);
    }
    const codes = dataRows(workbook.getWorksheet('问题清单')!, 2).map((r) => r[1]);
    const stored = await t.deps.db
      .selectFrom('problems')
      .select('code')
      .where('tenantId', '=', w.tenantId)
      .execute();
    expect(new Set(codes)).toEqual(new Set(stored.map((p) => p.code)));
  });

  it('keeps the caller’s data scope: a unit admin’s ledger holds its own unit’s rows only', async () => {
    const { id } = (await start(adminA1, 'problems.ledger', { status: 'fed_back' })).json();
    const job = await finished(adminA1, id);
    const own = await countProblems([w.unitA1]);
    expect(job).toMatchObject({ status: 'done', doneRows: own, totalRows: own });
    const workbook = await loadXlsx((await adminA1.get(`/api/exports/${id}/file`)).rawPayload);
    const codes = dataRows(workbook.getWorksheet('问题清单')!, 2).map((r) => String(r[1]));
    expect(codes.length).toBe(PER_UNIT);
    expect(codes.every((c) => c.startsWith('EXP-0-'))).toBe(true);
  });

  it('exports units and party organisations, and the register, with their row counts', async () => {
    const units = await t.deps.db.selectFrom('units').select('code').where('areaId', '=', w.areaA).execute();
    const orgs = await t.deps.db
      .selectFrom('partyOrgs')
      .innerJoin('units', 'units.id', 'partyOrgs.unitId')
      .select('partyOrgs.id')
      .where('units.areaId', '=', w.areaA)
      .execute();
    const { id } = (await start(areaLeader, 'orgs.units')).json();
    const job = await finished(areaLeader, id);
    expect(job).toMatchObject({ status: 'done', totalRows: units.length + orgs.length });
    expect(job.doneRows).toBe(job.totalRows);
    const workbook = await loadXlsx((await areaLeader.get(`/api/exports/${id}/file`)).rawPayload);
    expect(
      dataRows(workbook.getWorksheet('单位')!, 1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(units.map((u) => u.code).sort());

    const register = (await start(staff, 'inspections.registers', { kind: 'practice', year: '2010' })).json();
    const reg = await finished(staff, register.id);
    expect(reg).toMatchObject({ status: 'done', doneRows: 1, totalRows: 1 });
    const regBook = await loadXlsx((await staff.get(`/api/exports/${register.id}/file`)).rawPayload);
    const regRows = dataRows(regBook.worksheets[0], 1);
    expect(regRows.length).toBe(1);
    expect(regRows[0][6]).toBe(recordBody('2010-03-20').practices[0].content);
  });

  it('lets only its owner read it through the files platform too', async () => {
    const { id } = (await start(leader, 'orgs.units')).json();
    await finished(leader, id);
    const job = await q.findJob(t.deps.db, w.tenantId, id);
    expect(job?.fileId).toBeTruthy();
    expect((await leader.get(`/api/files/${job!.fileId}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/files/${job!.fileId}`)).statusCode).toBe(404);
  });
});

describe('progress', () => {
  it('the ledger builder reports every row, from 0 to the total', async () => {
    const calls: [number, number][] = [];
    const ctx = {
      user: { id: w.users.staff.id, tenantId: w.tenantId, roles: ['committee_staff'] },
      scope: 'tenant',
    } as unknown as RequestContext;
    const { count } = await buildLedger(t.deps, ctx, problemExportQuery.parse({}), (done, total) => {
      calls.push([done, total]);
    });
    expect(count).toBe(3 * PER_UNIT);
    expect(calls[0]).toEqual([0, count]);
    expect(calls.at(-1)).toEqual([count, count]);
    expect(calls.length).toBe(count + 1);
    expect(calls.every(([done], i) => done === i)).toBe(true);
  });

  it('is written to the job row while the job runs (below the total before the end)', async () => {
    const runner = new ExportRunner(t.deps, t.app.log, { progressEveryMs: 0 });
    const ledger = exportKind('problems.ledger')!;
    const seen: { done: number; stored: number; total: number | null }[] = [];
    const id = await q.insertJob(t.deps.db, {
      tenantId: w.tenantId,
      userId: w.users.staff.id,
      kind: 'problems.ledger',
      params: '{}',
      status: 'queued',
      doneRows: 0,
      totalRows: null,
      fileId: null,
      fileName: null,
      error: null,
      runner: runner.instance,
      heartbeatAt: clock.nowIso(),
      createdAt: clock.nowIso(),
      finishedAt: null,
    });
    const observed = async (done: number) => {
      if (done === 100 || done === 250) {
        const row = await q.findJob(t.deps.db, w.tenantId, id);
        seen.push({ done, stored: row!.doneRows, total: row!.totalRows });
      }
    };
    runner.enqueue({
      id,
      ctx: {
        user: { id: w.users.staff.id, tenantId: w.tenantId, roles: ['committee_staff'], unitId: null },
        scope: 'self',
        ip: '127.0.0.1',
        userAgent: null,
      } as unknown as RequestContext,
      params: problemExportQuery.parse({ unitId: String(w.unitA2) }),
      kind: {
        ...ledger,
        build: (deps, ctx, params, progress) =>
          ledger.build(deps, ctx, params, async (done, total) => {
            await progress(done, total);
            await observed(done);
          }),
      },
    });
    const job = await finished(staff, id);
    await runner.close();
    expect(job).toMatchObject({ status: 'done', doneRows: PER_UNIT, totalRows: PER_UNIT });
    expect(seen).toEqual([
      { done: 100, stored: 100, total: PER_UNIT },
      { done: 250, stored: 250, total: PER_UNIT },
    ]);
  });
});

describe('refusals', () => {
  it('answers 400 naming the field for a bad kind or bad filters, in Chinese', async () => {
    const badKind = await start(staff, 'problems.everything');
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().fields[0].field).toBe('kind');
    expect(badKind.json().message).toContain('「导出类型」');

    const badStatus = await start(staff, 'problems.ledger', { status: 'bogus' });
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.json().fields[0].field).toBe('params.status');
    const label = labelFromSchema(problemExportQuery, 'status');
    expect(label).toMatch(/[\u4e00-\u9fa5]/);
    expect(badStatus.json().message).toContain(`「${label}」`);

    const badRegister = await start(staff, 'inspections.registers', { kind: 'other' });
    expect(badRegister.json().fields[0]).toMatchObject({ field: 'params.kind' });
    expect(badRegister.json().message).toContain('「登记类型」');

    const notObject = await staff.post('/api/exports', { kind: 'orgs.units', params: 'all' });
    expect(notObject.statusCode).toBe(400);
    expect(notObject.json().fields[0].field).toBe('params');
    expect(notObject.json().message).toContain('「导出条件」');
  });

  it('answers 403 (audited) when the caller lacks the kind’s own permission', async () => {
    const denied = await auditCount(t.deps.db, 'http.denied');
    const res = await start(adminA1, 'orgs.units');
    expect(res.statusCode).toBe(403);
    expect(await auditCount(t.deps.db, 'http.denied')).toBe(denied + 1);
    const evaluator = await principals(() => t).as(w.users.evaluator);
    expect((await start(evaluator, 'problems.ledger')).statusCode).toBe(403);
  });

  it('hides a job from everyone but its owner (404 on poll and download)', async () => {
    const { id } = (await start(staff, 'orgs.units')).json();
    await finished(staff, id);
    for (const other of [leader, adminA2, otherStaff]) {
      expect((await other.get(`/api/exports/${id}`)).statusCode).toBe(404);
      expect((await other.get(`/api/exports/${id}/file`)).statusCode).toBe(404);
    }
    expect((await staff.get('/api/exports/999999')).statusCode).toBe(404);
  });

  it('answers 409 for the file of a job that is not done, and 429 beyond three active jobs', async () => {
    const queued = async (status = 'queued') =>
      q.insertJob(t.deps.db, {
        tenantId: w.tenantId,
        userId: w.users.leader.id,
        kind: 'orgs.units',
        params: '{}',
        status,
        doneRows: 0,
        totalRows: null,
        fileId: null,
        fileName: null,
        error: status === 'failed' ? '导出失败' : null,
        runner: 'elsewhere:1',
        heartbeatAt: clock.nowIso(),
        createdAt: clock.nowIso(),
        finishedAt: null,
      });
    const waiting = await queued();
    const early = await leader.get(`/api/exports/${waiting}/file`);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('导出尚未完成，请稍后再下载');
    expect((await leader.get(`/api/exports/${await queued('failed')}/file`)).statusCode).toBe(409);
    await queued();
    await queued();
    const tooMany = await start(leader, 'orgs.units');
    expect(tooMany.statusCode).toBe(429);
    expect(tooMany.json().message).toContain('3');
    await t.deps.db
      .updateTable('exportJobs')
      .set({ status: 'failed' })
      .where('userId', '=', w.users.leader.id)
      .execute();
  });
});
