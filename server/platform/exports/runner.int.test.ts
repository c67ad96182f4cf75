import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zh } from '../../../common/locale/index.js';
import { auditCount, buildWorld, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { clock } from '../clock.js';
import type { RequestContext } from '../context.js';
import { notFound } from '../errors.js';
import { type BuildJob, Interrupted } from './build.js';
import * as q from './queries.js';
import { exportKind } from './registry.js';
import { ExportRunner } from './runner.js';

/**
 * How the runner ends a job whatever the build does (a build is a worker thread in production,
 * see build.ts; here the build is injected): a failure keeps an AppError's message and reports
 * anything else generically, and shutdown stops a running build through its signal.
 */

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
});
afterAll(async () => {
  clock.reset();
  await t?.close();
});

const ctx = () =>
  ({
    user: { id: w.users.staff.id, tenantId: w.tenantId, roles: ['committee_staff'], unitId: null },
    scope: 'tenant',
    ip: '127.0.0.1',
    userAgent: null,
  }) as unknown as RequestContext;

async function run(runner: ExportRunner) {
  const now = clock.nowIso();
  const id = await q.insertJob(t.deps.db, {
    tenantId: w.tenantId,
    userId: w.users.staff.id,
    kind: 'orgs.units',
    params: '{}',
    status: 'queued',
    doneRows: 0,
    totalRows: null,
    fileId: null,
    fileName: null,
    error: null,
    runner: runner.instance,
    heartbeatAt: now,
    createdAt: now,
    finishedAt: null,
  });
  runner.enqueue({ id, kind: exportKind('orgs.units')!, ctx: ctx(), params: {} });
  return id;
}

async function settled(id: number, until: (s: string) => boolean = (s) => s === 'done' || s === 'failed') {
  for (let i = 0; i < 400; i++) {
    const row = (await q.findJob(t.deps.db, w.tenantId, id))!;
    if (until(row.status)) return row;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`export job ${id} did not settle`);
}

describe('the runner ends a job whatever its build does', () => {
  it('keeps an AppError’s message, reports anything else generically, one failure audit row each', async () => {
    const failures = await auditCount(t.deps.db, 'exports.fail');
    const refused = new ExportRunner(t.deps, t.app.log, {
      build: async () => {
        throw notFound('所选单位不存在或无权查看');
      },
    });
    const a = await settled(await run(refused));
    expect(a).toMatchObject({ status: 'failed', error: '所选单位不存在或无权查看', fileId: null });
    const broken = new ExportRunner(t.deps, t.app.log, {
      build: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'name')");
      },
    });
    const b = await settled(await run(broken));
    expect(b).toMatchObject({ status: 'failed', error: zh.exportJobs.errors.failed, fileId: null });
    expect(await auditCount(t.deps.db, 'exports.fail')).toBe(failures + 2);
  });

  it('on close, aborts a running build (its worker is terminated) and fails the job as interrupted', async () => {
    let aborted = false;
    const hanging: BuildJob = (_job, progress, signal) =>
      new Promise((_resolve, reject) => {
        void progress(1, 10);
        signal.addEventListener('abort', () => {
          aborted = true;
          reject(new Interrupted());
        });
      });
    const runner = new ExportRunner(t.deps, t.app.log, { build: hanging, progressEveryMs: 0 });
    const id = await run(runner);
    const running = await settled(id, (s) => s === 'running');
    expect(running.status).toBe('running');
    const before = performance.now();
    await runner.close();
    // Stopped through the signal, not after close's grace period.
    expect(performance.now() - before).toBeLessThan(2_000);
    expect(aborted).toBe(true);
    expect(await q.findJob(t.deps.db, w.tenantId, id)).toMatchObject({
      status: 'failed',
      error: zh.exportJobs.errors.interrupted,
    });
  });
});
