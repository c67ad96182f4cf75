import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../../db/connection.js';
import '../tables.js';
import type {
  InspectionCheckItemTable,
  InspectionCorrectionTable,
  InspectionItemTable,
  InspectionRecordTable,
  InspectionStudyPlanTable,
} from '../tables.js';

// ---- study plans -----------------------------------------------------------------------------------

export function findStudyPlans(db: Executor, sessionId: number) {
  return db
    .selectFrom('inspectionStudyPlans as sp')
    .leftJoin('users', 'users.id', 'sp.submittedBy')
    .leftJoin('users as ab', 'ab.id', 'sp.acceptedBy')
    .selectAll('sp')
    .select(['users.displayName as submittedByName', 'ab.displayName as acceptedByName'])
    .where('sp.sessionId', '=', sessionId)
    .orderBy('sp.versionNo', 'desc')
    .execute();
}

export function findStudyPlanById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('inspectionStudyPlans')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function latestStudyPlanVersion(db: Executor, sessionId: number) {
  const row = await db
    .selectFrom('inspectionStudyPlans')
    .select((eb) => eb.fn.max('versionNo').as('v'))
    .where('sessionId', '=', sessionId)
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

export async function insertStudyPlan(db: Executor, row: Insertable<InspectionStudyPlanTable>) {
  return (await db.insertInto('inspectionStudyPlans').values(row).returning('id').executeTakeFirstOrThrow())
    .id;
}

export async function markStudyPlanReturned(
  db: Executor,
  id: number,
  values: { returnReason: string; returnedAt: string; returnedBy: number },
) {
  const result = await db
    .updateTable('inspectionStudyPlans')
    .set({ ...values, status: 'returned' })
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** 审核通过 of a version still waiting for review (a returned or already accepted one is not touched). */
export async function markStudyPlanAccepted(
  db: Executor,
  id: number,
  values: { acceptComment: string | null; acceptedAt: string; acceptedBy: number },
) {
  const result = await db
    .updateTable('inspectionStudyPlans')
    .set({ ...values, status: 'accepted' })
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ---- records ------------------------------------------------------------------------------------------

export function findRecord(db: Executor, sessionId: number) {
  return db
    .selectFrom('inspectionRecords as r')
    .leftJoin('users as sb', 'sb.id', 'r.submittedBy')
    .leftJoin('users as ab', 'ab.id', 'r.acknowledgedBy')
    .selectAll('r')
    .select(['sb.displayName as submittedByName', 'ab.displayName as acknowledgedByName'])
    .where('r.sessionId', '=', sessionId)
    .executeTakeFirst();
}

export async function insertRecord(db: Executor, row: Insertable<InspectionRecordTable>) {
  return (await db.insertInto('inspectionRecords').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates a record at a known version; `onlyStatus` guards against writing a locked record. */
export async function updateRecord(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<InspectionRecordTable>, 'id' | 'version'>,
  onlyStatus?: string,
) {
  let q = db
    .updateTable('inspectionRecords')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version);
  if (onlyStatus) q = q.where('status', '=', onlyStatus);
  return Number((await q.executeTakeFirst()).numUpdatedRows) === 1;
}

export function findItems(db: Executor, sessionId: number) {
  return db
    .selectFrom('inspectionItems')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .orderBy('kind')
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

export async function replaceItems(db: Executor, sessionId: number, rows: Insertable<InspectionItemTable>[]) {
  await db.deleteFrom('inspectionItems').where('sessionId', '=', sessionId).execute();
  if (rows.length) await db.insertInto('inspectionItems').values(rows).execute();
}

export async function insertItem(db: Executor, row: Insertable<InspectionItemTable>) {
  return (await db.insertInto('inspectionItems').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findItemById(db: Executor, sessionId: number, id: number) {
  return db
    .selectFrom('inspectionItems')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateItem(db: Executor, id: number, values: { category: string; content: string }) {
  await db.updateTable('inspectionItems').set(values).where('id', '=', id).execute();
}

export async function deleteItem(db: Executor, id: number) {
  await db.deleteFrom('inspectionItems').where('id', '=', id).execute();
}

export async function nextItemSort(db: Executor, sessionId: number, kind: string) {
  const row = await db
    .selectFrom('inspectionItems')
    .select((eb) => eb.fn.max('sort').as('s'))
    .where('sessionId', '=', sessionId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row?.s === null || row?.s === undefined ? 0 : Number(row.s) + 1;
}

export function findCorrections(db: Executor, sessionId: number) {
  return db
    .selectFrom('inspectionCorrections as c')
    .leftJoin('users', 'users.id', 'c.correctedBy')
    .selectAll('c')
    .select('users.displayName as correctedByName')
    .where('c.sessionId', '=', sessionId)
    .orderBy('c.id')
    .execute();
}

export async function insertCorrection(db: Executor, row: Insertable<InspectionCorrectionTable>) {
  return (await db.insertInto('inspectionCorrections').values(row).returning('id').executeTakeFirstOrThrow())
    .id;
}

// ---- check items ----------------------------------------------------------------------------------------

export function findCheckItems(db: Executor, tenantId: number) {
  return db
    .selectFrom('inspectionCheckItems')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

export async function insertCheckItems(db: Executor, rows: Insertable<InspectionCheckItemTable>[]) {
  if (rows.length) await db.insertInto('inspectionCheckItems').values(rows).execute();
}

export async function insertCheckItem(db: Executor, row: Insertable<InspectionCheckItemTable>) {
  return (await db.insertInto('inspectionCheckItems').values(row).returning('id').executeTakeFirstOrThrow())
    .id;
}

export function findCheckItemById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('inspectionCheckItems')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateCheckItem(
  db: Executor,
  tenantId: number,
  id: number,
  version: number,
  values: Omit<Updateable<InspectionCheckItemTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('inspectionCheckItems')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
