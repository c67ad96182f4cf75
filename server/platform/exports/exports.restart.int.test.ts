import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { clock } from '../clock.js';
import { filesRoot } from '../files/service.js';
import * as q from './queries.js';
import { ExportRunner, instanceName } from './runner.js';

/**
 * Export jobs whose process died (a restart of the same instance, a stale heartbeat on another)
 * fail with a Chinese message instead of spinning for ever; finished jobs and their files are
 * swept after 24 hours.
 */

let t: TestApp;
let w: World;
let staff: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  staff = await login(t.app, w.users.staff.username);
});
afterAll(async () => {
  clock.reset();
  await t?.close();
});

/** Polls a job until it is done or failed. */
async function finished(c: Client, id: number) {
  for (let i = 0; i < 400; i++) {
    const job = (await c.get(`/api/exports/${id}`)).json();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`export job ${id} did not finish`);
}

describe('dead processes and old files', () => {
  const job = (runner: string, heartbeatAt: string) =>
    q.insertJob(t.deps.db, {
      tenantId: w.tenantId,
      userId: w.users.staff.id,
      kind: 'problems.ledger',
      params: '{}',
      status: 'running',
      doneRows: 10,
      totalRows: 100,
      fileId: null,
      fileName: null,
      error: null,
      runner,
      heartbeatAt,
      createdAt: heartbeatAt,
      finishedAt: null,
    });
  const statusOf = async (id: number) => (await q.findJob(t.deps.db, w.tenantId, id))!;

  it('on start, fails the jobs of its dead predecessor and those with a stale heartbeat, not live ones', async () => {
    const now = clock.nowIso();
    const mine = await job(instanceName(t.deps), now);
    const liveElsewhere = await job('other-host:3000', now);
    const deadElsewhere = await job('other-host:3001', new Date(Date.now() - 5 * 60_000).toISOString());
    const interrupted = await auditCount(t.deps.db, 'exports.interrupted');
    const restarted = await buildApp(t.deps, { serveWeb: false });
    await restarted.ready();
    await restarted.close();
    for (const id of [mine, deadElsewhere])
      expect(await statusOf(id)).toMatchObject({
        status: 'failed',
        error: '导出因服务重启中断，请重新导出',
      });
    expect((await statusOf(liveElsewhere)).status).toBe('running');
    expect(await auditCount(t.deps.db, 'exports.interrupted')).toBe(interrupted + 1);
    const poll = (await staff.get(`/api/exports/${mine}`)).json();
    expect(poll).toMatchObject({ status: 'failed', error: '导出因服务重启中断，请重新导出' });
    await t.deps.db
      .updateTable('exportJobs')
      .set({ status: 'failed' })
      .where('id', '=', liveElsewhere)
      .execute();
  });

  it('a poll fails a job whose process stopped beating', async () => {
    const id = await job('other-host:3002', new Date(Date.now() - 2 * 60_000).toISOString());
    const poll = (await staff.get(`/api/exports/${id}`)).json();
    expect(poll).toMatchObject({ status: 'failed', error: '导出因服务重启中断，请重新导出' });
  });

  it('sweeps finished jobs and their files after 24 hours', async () => {
    const { id } = (await staff.post('/api/exports', { kind: 'orgs.units' })).json();
    await finished(staff, id);
    const done = await statusOf(id);
    const file = await t.deps.db
      .selectFrom('files')
      .select('storageName')
      .where('id', '=', done.fileId!)
      .executeTakeFirstOrThrow();
    const bytes = path.join(filesRoot(t.deps), file.storageName);
    expect(fs.existsSync(bytes)).toBe(true);
    const runner = new ExportRunner(t.deps, t.app.log);
    expect(await runner.sweepExpired()).toBe(0);
    clock.advance(25 * 3_600_000);
    try {
      expect(await runner.sweepExpired()).toBeGreaterThanOrEqual(1);
    } finally {
      clock.reset();
    }
    expect(await q.findJob(t.deps.db, w.tenantId, id)).toBeUndefined();
    expect(
      await t.deps.db.selectFrom('files').select('id').where('id', '=', done.fileId!).executeTakeFirst(),
    ).toBeUndefined();
    expect(fs.existsSync(bytes)).toBe(false);
    expect((await staff.get(`/api/exports/${id}`)).statusCode).toBe(404);
  });
});
