import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../../db/connection.js';
import '../tables.js';
import type { InspectionObjectionTable, InspectionSelectionTable } from '../tables.js';

function selectionSelect(db: Executor) {
  return db
    .selectFrom('inspectionSelections as x')
    .innerJoin('units as u', 'u.id', 'x.unitId')
    .leftJoin('users as nb', 'nb.id', 'x.nominatedBy')
    .leftJoin('users as ab', 'ab.id', 'x.approvedBy')
    .selectAll('x')
    .select(['u.name as unitName', 'nb.displayName as nominatedByName', 'ab.displayName as approvedByName']);
}

export function findSelections(db: Executor, tenantId: number, year: number) {
  return selectionSelect(db)
    .where('x.tenantId', '=', tenantId)
    .where('x.year', '=', year)
    .orderBy('u.sort')
    .execute();
}

/** Open selections of the tenant in any year (workbench). */
export function findOpenSelections(db: Executor, tenantId: number, statuses: string[]) {
  return selectionSelect(db)
    .where('x.tenantId', '=', tenantId)
    .where('x.status', 'in', statuses)
    .orderBy('x.id')
    .execute();
}

export function findSelectionById(db: Executor, tenantId: number, id: number) {
  return selectionSelect(db).where('x.tenantId', '=', tenantId).where('x.id', '=', id).executeTakeFirst();
}

export function findSelectionOf(db: Executor, tenantId: number, year: number, unitId: number) {
  return db
    .selectFrom('inspectionSelections')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('year', '=', year)
    .where('unitId', '=', unitId)
    .executeTakeFirst();
}

export async function insertSelection(db: Executor, row: Insertable<InspectionSelectionTable>) {
  return (await db.insertInto('inspectionSelections').values(row).returning('id').executeTakeFirstOrThrow())
    .id;
}

export async function updateSelection(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<InspectionSelectionTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('inspectionSelections')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findObjections(db: Executor, selectionIds: number[]) {
  if (!selectionIds.length) return Promise.resolve([]);
  return db
    .selectFrom('inspectionObjections')
    .select(['id', 'selectionId', 'content', 'receivedOn'])
    .where('selectionId', 'in', selectionIds)
    .orderBy('id')
    .execute();
}

export async function insertObjection(db: Executor, row: Insertable<InspectionObjectionTable>) {
  return (await db.insertInto('inspectionObjections').values(row).returning('id').executeTakeFirstOrThrow())
    .id;
}

/** Whether the unit has a submitted record in the year (a nomination needs one). */
export async function hasSubmittedRecord(db: Executor, tenantId: number, year: number, unitId: number) {
  const row = await db
    .selectFrom('inspectionSessions as s')
    .innerJoin('inspectionPlans as p', 'p.id', 's.planId')
    .innerJoin('inspectionRecords as r', 'r.sessionId', 's.id')
    .select('s.id')
    .where('s.tenantId', '=', tenantId)
    .where('p.year', '=', year)
    .where('s.unitId', '=', unitId)
    .where('r.status', '=', 'submitted')
    .executeTakeFirst();
  return !!row;
}
