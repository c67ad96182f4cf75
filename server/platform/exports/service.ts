import fs from 'node:fs';
import type { ExportJob, ExportKind, ExportStartInput } from '../../../common/exports.js';
import { zh } from '../../../common/locale/index.js';
import { scopeFor } from '../../../common/permissions.js';
import { actorOf, mutate, writeAuditNow } from '../audit/service.js';
import { clock } from '../clock.js';
import type { RequestContext } from '../context.js';
import type { Deps } from '../deps.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../errors.js';
import { labelFromSchema } from '../field-labels.js';
import * as q from './queries.js';
import { exportKind } from './registry.js';
import { type ExportRunner, failJobs } from './runner.js';
import { exportFilePath } from './store.js';

const t = zh.exportJobs;

/** Queued or running jobs one user may have at a time. */
export const MAX_ACTIVE_PER_USER = 3;

/**
 * Starts an export: the kind's own permission is checked against the caller (403, audited like a
 * refusal of the guard), then its filters (400 naming the field); the job is recorded (one audit
 * row) and handed to this process's runner.
 */
export async function startExport(
  deps: Deps,
  runner: ExportRunner,
  ctx: RequestContext,
  input: ExportStartInput,
) {
  const kind = exportKind(input.kind);
  if (!kind) throw notFound();
  if (!scopeFor(ctx.user.roles, kind.action)) {
    await writeAuditNow(deps.db, actorOf(ctx), {
      action: 'http.denied',
      objectType: 'route',
      objectId: `POST /api/exports ${input.kind}`,
      result: 'denied',
      detail: { reason: 'forbidden', action: kind.action },
    });
    throw forbidden();
  }
  const parsed = kind.params.safeParse(input.params);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      const label = labelFromSchema(kind.params, path);
      return {
        field: path ? `params.${path}` : 'params',
        message: `${zh.errors.fieldPrefix(label)}${issue.message}`,
      };
    });
    throw badRequest(fields.map((f) => f.message).join('；'), fields);
  }
  const params = parsed.data;
  const id = await mutate(deps.db, ctx, 'exports.create', async (trx, audit) => {
    if ((await q.countActiveJobsOf(trx, ctx.user.id)) >= MAX_ACTIVE_PER_USER)
      throw new AppError(429, 'TOO_MANY', t.errors.tooMany(MAX_ACTIVE_PER_USER));
    const now = clock.nowIso();
    const jobId = await q.insertJob(trx, {
      tenantId: ctx.user.tenantId,
      userId: ctx.user.id,
      kind: kind.key,
      params: JSON.stringify(params),
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
    Object.assign(audit, { objectType: 'export_job', objectId: jobId, detail: { kind: kind.key, params } });
    return jobId;
  });
  runner.enqueue({ id, kind, ctx, params });
  return { id };
}

/** The caller's own job (anyone else's, or a missing one: 404). */
async function ownJob(deps: Deps, ctx: RequestContext, id: number) {
  const row = await q.findJob(deps.db, ctx.user.tenantId, id);
  if (!row || row.userId !== ctx.user.id) throw notFound();
  return row;
}

export function presentJob(row: q.JobRow): ExportJob {
  return {
    id: row.id,
    kind: row.kind as ExportKind,
    status: row.status as ExportJob['status'],
    doneRows: row.doneRows,
    totalRows: row.totalRows,
    fileName: row.fileName,
    error: row.error,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

/**
 * A poll. A job still active whose heartbeat is stale belongs to a dead process (on any
 * instance): it is failed here rather than left spinning until the next sweep.
 */
export async function getExportJob(
  deps: Deps,
  runner: ExportRunner,
  ctx: RequestContext,
  id: number,
): Promise<ExportJob> {
  let row = await ownJob(deps, ctx, id);
  const active = row.status === 'queued' || row.status === 'running';
  const staleBefore = clock.now().getTime() - runner.options.staleMs;
  if (active && (!row.heartbeatAt || new Date(row.heartbeatAt).getTime() < staleBefore)) {
    await failJobs(deps, [row.id]);
    row = await ownJob(deps, ctx, id);
  }
  return presentJob(row);
}

/** The finished file of the caller's own job: 409 while it is not done. */
export async function openExportFile(deps: Deps, ctx: RequestContext, id: number) {
  const job = await ownJob(deps, ctx, id);
  if (job.status === 'queued' || job.status === 'running') throw conflict(t.errors.notReady);
  if (job.status !== 'done' || job.fileId === null) throw conflict(t.errors.notDownloadable);
  const file = await q.findExportFile(deps.db, ctx.user.tenantId, job.fileId);
  const path = file && exportFilePath(deps, file.storageName);
  if (!file || !path || !fs.existsSync(path)) throw notFound();
  return { file, stream: fs.createReadStream(path) };
}
