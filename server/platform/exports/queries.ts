import type { Insertable } from 'kysely';
import type { Db, Executor } from '../../db/connection.js';
import type { FileTable } from '../../db/schema.js';
import './tables.js';
import type { ExportJobTable } from './tables.js';

/** All SQL of export jobs (and of the file rows that hold their workbooks). */

export const ACTIVE = ['queued', 'running'];
export const EXPORT_FILE_OWNER = 'export_job';

const JOB = [
  'id',
  'tenantId',
  'userId',
  'kind',
  'status',
  'doneRows',
  'totalRows',
  'fileId',
  'fileName',
  'error',
  'runner',
  'heartbeatAt',
  'createdAt',
  'finishedAt',
] as const;

export async function insertJob(db: Executor, row: Insertable<ExportJobTable>) {
  return (await db.insertInto('exportJobs').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findJob(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('exportJobs')
    .select(JOB)
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type JobRow = NonNullable<Awaited<ReturnType<typeof findJob>>>;

export async function countActiveJobsOf(db: Executor, userId: number) {
  const row = await db
    .selectFrom('exportJobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('userId', '=', userId)
    .where('status', 'in', ACTIVE)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** queued → running, only if still queued (a job failed meanwhile is not started). */
export async function markRunning(db: Executor, id: number, runner: string, now: string) {
  const res = await db
    .updateTable('exportJobs')
    .set({ status: 'running', runner, heartbeatAt: now })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Progress of a running job; false when the job is no longer running (it was marked failed). */
export async function setProgress(
  db: Executor,
  id: number,
  doneRows: number,
  totalRows: number,
  now: string,
) {
  const res = await db
    .updateTable('exportJobs')
    .set({ doneRows, totalRows, heartbeatAt: now })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The heartbeat of every active job of one process. */
export async function touchJobs(db: Executor, ids: number[], now: string) {
  if (ids.length === 0) return;
  await db
    .updateTable('exportJobs')
    .set({ heartbeatAt: now })
    .where('id', 'in', ids)
    .where('status', 'in', ACTIVE)
    .execute();
}

export async function markDone(
  db: Executor,
  id: number,
  values: { doneRows: number; totalRows: number; fileId: number; fileName: string; now: string },
) {
  const res = await db
    .updateTable('exportJobs')
    .set({
      status: 'done',
      doneRows: values.doneRows,
      totalRows: values.totalRows,
      fileId: values.fileId,
      fileName: values.fileName,
      heartbeatAt: values.now,
      finishedAt: values.now,
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Marks active jobs failed (only those still active); returns the ids it changed. */
export async function markFailed(db: Executor, ids: number[], error: string, now: string) {
  if (ids.length === 0) return [];
  const rows = await db
    .updateTable('exportJobs')
    .set({ status: 'failed', error, finishedAt: now })
    .where('id', 'in', ids)
    .where('status', 'in', ACTIVE)
    .returning(['id', 'tenantId'])
    .execute();
  return rows;
}

/** Active jobs left by a dead process: its instance started again, or its heartbeat is stale. */
export function findAbandonedJobs(db: Db, runner: string | null, staleBefore: string) {
  return db
    .selectFrom('exportJobs')
    .select(['id', 'tenantId'])
    .where('status', 'in', ACTIVE)
    .where((eb) => {
      const stale = eb.or([eb('heartbeatAt', 'is', null), eb('heartbeatAt', '<', staleBefore)]);
      return runner === null ? stale : eb.or([eb('runner', '=', runner), stale]);
    })
    .execute();
}

/** Finished jobs older than the cut-off, with their files (to be removed). */
export function findExpiredJobs(db: Db, finishedBefore: string) {
  return db
    .selectFrom('exportJobs')
    .leftJoin('files', 'files.id', 'exportJobs.fileId')
    .select([
      'exportJobs.id as id',
      'exportJobs.tenantId as tenantId',
      'exportJobs.fileId as fileId',
      'files.storageName as storageName',
    ])
    .where('exportJobs.status', 'not in', ACTIVE)
    .where('exportJobs.finishedAt', '<', finishedBefore)
    .orderBy('exportJobs.id')
    .limit(500)
    .execute();
}

export async function deleteJobs(db: Executor, ids: number[]) {
  if (ids.length === 0) return;
  await db.deleteFrom('exportJobs').where('id', 'in', ids).execute();
}

export async function insertExportFile(db: Executor, row: Insertable<FileTable>) {
  return (await db.insertInto('files').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findExportFile(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('files')
    .select(['id', 'storageName', 'originalName', 'mime', 'size'])
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .where('ownerType', '=', EXPORT_FILE_OWNER)
    .executeTakeFirst();
}

export async function deleteExportFiles(db: Executor, ids: number[]) {
  if (ids.length === 0) return;
  await db.deleteFrom('files').where('id', 'in', ids).where('ownerType', '=', EXPORT_FILE_OWNER).execute();
}
