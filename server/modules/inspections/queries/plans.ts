import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../../db/connection.js';
import '../tables.js';
import type { InspectionPlanTable } from '../tables.js';

export function findPlans(db: Executor, tenantId: number, opts: { year?: number; issuedOnly: boolean }) {
  let q = db
    .selectFrom('inspectionPlans as p')
    .select((eb) => [
      'p.id',
      'p.year',
      'p.title',
      'p.docPrefix',
      'p.docNo',
      'p.status',
      'p.issuedOn',
      'p.version',
      eb
        .selectFrom('inspectionSessions as s')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('s.planId', '=', 'p.id')
        .as('unitCount'),
    ])
    .where('p.tenantId', '=', tenantId);
  if (opts.year) q = q.where('p.year', '=', opts.year);
  if (opts.issuedOnly) q = q.where('p.status', '=', 'issued');
  return q.orderBy('p.year', 'desc').execute();
}

export function findPlanById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('inspectionPlans')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findPlanByYear(db: Executor, tenantId: number, year: number) {
  return db
    .selectFrom('inspectionPlans')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('year', '=', year)
    .executeTakeFirst();
}

export async function insertPlan(db: Executor, row: Insertable<InspectionPlanTable>) {
  return (await db.insertInto('inspectionPlans').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updatePlan(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<InspectionPlanTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('inspectionPlans')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Units of the tenant by id, with their area and the area's leader and liaison department. */
export function findUnitsWithAreas(db: Executor, tenantId: number, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('units')
    .leftJoin('areas', 'areas.id', 'units.areaId')
    .select(['units.id', 'units.name', 'units.areaId', 'areas.leaderUserId', 'areas.liaisonDepartmentId'])
    .where('units.tenantId', '=', tenantId)
    .where('units.id', 'in', ids)
    .execute();
}

/** Active business users of a department (candidates for the liaison part of a team). */
export function findDepartmentUsers(db: Executor, tenantId: number, departmentIds: number[]) {
  if (!departmentIds.length) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'departmentId', 'roles'])
    .where('tenantId', '=', tenantId)
    .where('disabled', '=', 0)
    .where('departmentId', 'in', departmentIds)
    .orderBy('id')
    .execute();
}
