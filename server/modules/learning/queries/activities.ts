import type { Insertable, Updateable } from 'kysely';
import type { ReadingActivityListQuery } from '../../../../common/learning.js';
import type { Executor } from '../../../db/connection.js';
import { inScope } from '../../../db/scope.js';
import type { DataScope } from '../../../platform/access.js';
import '../tables.js';
import type { ReadingActivityTable } from '../tables.js';

function activitySelect(db: Executor) {
  return db
    .selectFrom('readingActivities')
    .innerJoin('units', 'units.id', 'readingActivities.unitId')
    .select([
      'readingActivities.id',
      'readingActivities.tenantId',
      'readingActivities.unitId',
      'units.name as unitName',
      'units.areaId',
      'readingActivities.type',
      'readingActivities.heldOn',
      'readingActivities.title',
      'readingActivities.participants',
      'readingActivities.summary',
      'readingActivities.version',
    ]);
}

export async function findActivities(db: Executor, scope: DataScope, query: ReadingActivityListQuery) {
  let base = db
    .selectFrom('readingActivities')
    .where(inScope(scope, 'reading_activities.tenant_id', 'reading_activities.unit_id'));
  if (query.unitId) base = base.where('readingActivities.unitId', '=', query.unitId);
  if (query.type) base = base.where('readingActivities.type', '=', query.type);
  if (query.from) base = base.where('readingActivities.heldOn', '>=', query.from);
  if (query.to) base = base.where('readingActivities.heldOn', '<=', query.to);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const ids = await base
    .select('readingActivities.id')
    .orderBy(query.sort === 'heldOn' ? 'readingActivities.heldOn' : 'readingActivities.id', query.order)
    .orderBy('readingActivities.id', query.order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const rows = ids.length
    ? await activitySelect(db)
        .where(
          'readingActivities.id',
          'in',
          ids.map((r) => r.id),
        )
        .execute()
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { rows: ids.map((r) => byId.get(r.id)!).filter(Boolean), total: Number(total.n) };
}

export function findActivityById(db: Executor, tenantId: number, id: number) {
  return activitySelect(db)
    .where('readingActivities.tenantId', '=', tenantId)
    .where('readingActivities.id', '=', id)
    .executeTakeFirst();
}

export function findUnitPlace(db: Executor, tenantId: number, unitId: number) {
  return db
    .selectFrom('units')
    .select(['id', 'tenantId', 'areaId'])
    .where('tenantId', '=', tenantId)
    .where('id', '=', unitId)
    .executeTakeFirst();
}

export async function insertActivity(db: Executor, row: Insertable<ReadingActivityTable>) {
  return (await db.insertInto('readingActivities').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateActivity(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<ReadingActivityTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('readingActivities')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteActivity(db: Executor, id: number) {
  await db.deleteFrom('readingActivities').where('id', '=', id).execute();
}

// ---- coverage (unit × activity type) ---------------------------------------------------------

/** Every unit in reach (optionally of one area), reporting or not. */
export function findUnitsInScope(db: Executor, scope: DataScope, areaId?: number) {
  let q = db
    .selectFrom('units')
    .leftJoin('areas', 'areas.id', 'units.areaId')
    .select(['units.id', 'units.name', 'areas.name as areaName'])
    .where(inScope(scope, 'units.tenant_id', 'units.id'));
  if (areaId) q = q.where('units.areaId', '=', areaId);
  return q.orderBy('areas.sort').orderBy('units.sort').orderBy('units.id').execute();
}

/** The activities of a period in reach: id, unit and type (the coverage is counted from these). */
export function findActivitiesInPeriod(
  db: Executor,
  scope: DataScope,
  from: string,
  to: string,
  areaId?: number,
) {
  let q = db
    .selectFrom('readingActivities')
    .innerJoin('units', 'units.id', 'readingActivities.unitId')
    .select(['readingActivities.id', 'readingActivities.unitId', 'readingActivities.type'])
    .where(inScope(scope, 'reading_activities.tenant_id', 'reading_activities.unit_id'))
    .where('readingActivities.heldOn', '>=', from)
    .where('readingActivities.heldOn', '<=', to);
  if (areaId) q = q.where('units.areaId', '=', areaId);
  return q.orderBy('readingActivities.id').execute();
}
