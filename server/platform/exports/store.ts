import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { zh } from '../../../common/locale/index.js';
import type { Executor } from '../../db/connection.js';
import { type AuditActor, type AuditEvent, writeAudit } from '../audit/service.js';
import { clock } from '../clock.js';
import type { RequestContext } from '../context.js';
import type { Deps } from '../deps.js';
import { filesRoot } from '../files/service.js';
import * as q from './queries.js';
import type { ExportOutput } from './registry.js';

/**
 * The workbook of a finished job is stored like an attachment: the bytes under DATA_DIR/files
 * (server-generated name, fsync'ed before the row commits), a `files` row owned by the job. Like
 * every attachment, that assumes every instance sees the same DATA_DIR (a shared volume when
 * several instances run); a crash between the write and the commit leaves an orphan that the
 * start-up sweep of the files platform removes.
 */
export async function writeExportBytes(deps: Deps, data: Buffer): Promise<string> {
  const now = clock.now();
  const storageName = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
  const target = path.join(filesRoot(deps), storageName);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const handle = await fs.promises.open(target, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return storageName;
}

export async function removeExportBytes(deps: Deps, storageName: string) {
  await fs.promises.rm(path.join(filesRoot(deps), storageName), { force: true });
}

export function exportFilePath(deps: Deps, storageName: string) {
  return path.join(filesRoot(deps), storageName);
}

/** The `files` row of a job's workbook (inside the transaction that marks the job done). */
export function insertExportFile(
  trx: Executor,
  ctx: RequestContext,
  jobId: number,
  storageName: string,
  output: ExportOutput,
) {
  return q.insertExportFile(trx, {
    tenantId: ctx.user.tenantId,
    unitId: ctx.user.unitId,
    ownerType: q.EXPORT_FILE_OWNER,
    ownerId: jobId,
    originalName: output.fileName,
    storageName,
    mime: output.contentType,
    size: output.buffer.length,
    sha256: createHash('sha256').update(output.buffer).digest('hex'),
    uploadedBy: ctx.user.id,
    createdAt: clock.nowIso(),
  });
}

/** Audit rows of what the server does on its own (interrupted jobs, expired files). */
export function systemActor(tenantId: number): AuditActor {
  return {
    tenantId,
    actorId: null,
    actorName: zh.exportJobs.systemActor,
    actorRole: 'system',
    ip: null,
    userAgent: null,
  };
}

/** One audit row per tenant for a batch of jobs the server changed on its own. */
export async function auditPerTenant(
  trx: Executor,
  rows: { id: number; tenantId: number }[],
  event: Omit<AuditEvent, 'detail'>,
) {
  const byTenant = new Map<number, number[]>();
  for (const r of rows) byTenant.set(r.tenantId, [...(byTenant.get(r.tenantId) ?? []), r.id]);
  for (const [tenantId, ids] of byTenant)
    await writeAudit(trx, systemActor(tenantId), { ...event, objectType: 'export_job', detail: { ids } });
}
