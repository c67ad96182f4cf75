import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db, Executor } from '../../db/connection.js';
import { inScope } from '../../db/scope.js';
import type { DataScope } from '../../platform/access.js';
import type { MechanismAdoptionTable, MechanismTable } from './tables.js';
import './tables.js';

export async function findMechanisms(
  db: Db,
  scope: DataScope,
  query: { page: number; pageSize: number; q?: string; sort: 'name' | 'startedOn'; order: 'asc' | 'desc' },
) {
  let base = db.selectFrom('mechanisms').selectAll().where('tenantId', '=', scope.tenantId);
  if (scope.unitIds || scope.areaIds)
    base = base.where(
      sql<boolean>`exists (select 1 from mechanism_units mu where mu.mechanism_id = mechanisms.id and ${inScope(scope, 'mu.tenant_id', 'mu.unit_id')})`,
    );
  if (query.q) base = base.where('name', 'like', `%${query.q}%`);
  const count = base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n'));
  const rows = await base
    .orderBy(query.sort === 'name' ? 'name' : 'startedOn', query.order)
    .orderBy('id', query.order)
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  return { rows, total: Number((await count.executeTakeFirstOrThrow()).n) };
}

export function findMechanismById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('mechanisms')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertMechanism(db: Executor, row: Insertable<MechanismTable>) {
  return (await db.insertInto('mechanisms').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateMechanism(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<MechanismTable>, 'id' | 'version'>,
) {
  const r = await db
    .updateTable('mechanisms')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function findElements(db: Executor, mechanismIds: number[]) {
  if (!mechanismIds.length) return Promise.resolve([]);
  return db
    .selectFrom('mechanismElements')
    .select(['id', 'mechanismId', 'groupName', 'name', 'description', 'sort'])
    .where('mechanismId', 'in', mechanismIds)
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

export async function insertElement(
  db: Executor,
  row: {
    tenantId: number;
    mechanismId: number;
    groupName: string;
    name: string;
    description: string | null;
    sort: number;
  },
) {
  return (await db.insertInto('mechanismElements').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateElement(
  db: Executor,
  id: number,
  values: { groupName: string; name: string; description: string | null; sort: number },
) {
  await db.updateTable('mechanismElements').set(values).where('id', '=', id).execute();
}

export async function deleteElement(db: Executor, id: number) {
  await db.deleteFrom('mechanismElements').where('id', '=', id).execute();
}

export async function elementHasAdoptions(db: Executor, elementId: number) {
  const row = await db
    .selectFrom('mechanismAdoptions')
    .select('id')
    .where('elementId', '=', elementId)
    .executeTakeFirst();
  return Boolean(row);
}

/** Participating units inside the scope, with area and category. */
export function findParticipants(db: Executor, scope: DataScope, mechanismIds: number[]) {
  if (!mechanismIds.length) return Promise.resolve([]);
  return db
    .selectFrom('mechanismUnits as mu')
    .innerJoin('units', 'units.id', 'mu.unitId')
    .leftJoin('areas', 'areas.id', 'units.areaId')
    .select([
      'mu.mechanismId',
      'mu.unitId',
      'mu.isPilot',
      'units.name',
      'units.shortName',
      'units.category',
      'units.areaId',
      'areas.name as areaName',
    ])
    .where('mu.mechanismId', 'in', mechanismIds)
    .where(inScope(scope, 'mu.tenant_id', 'mu.unit_id'))
    .orderBy('areas.sort')
    .orderBy('units.sort')
    .execute();
}

export async function replaceParticipants(
  db: Executor,
  tenantId: number,
  mechanismId: number,
  unitIds: number[],
  pilotIds: Set<number>,
) {
  await db.deleteFrom('mechanismUnits').where('mechanismId', '=', mechanismId).execute();
  if (unitIds.length)
    await db
      .insertInto('mechanismUnits')
      .values(
        unitIds.map((unitId) => ({ tenantId, mechanismId, unitId, isPilot: pilotIds.has(unitId) ? 1 : 0 })),
      )
      .execute();
}

export function findAdoptions(
  db: Executor,
  scope: DataScope,
  mechanismIds: number[],
  filter: { unitId?: number; reviewStatus?: string } = {},
) {
  if (!mechanismIds.length) return Promise.resolve([]);
  let q = db
    .selectFrom('mechanismAdoptions as a')
    .innerJoin('units', 'units.id', 'a.unitId')
    .selectAll('a')
    .select(['units.name as unitName', 'units.areaId'])
    .where('a.mechanismId', 'in', mechanismIds)
    .where(inScope(scope, 'a.tenant_id', 'a.unit_id'));
  if (filter.unitId) q = q.where('a.unitId', '=', filter.unitId);
  if (filter.reviewStatus) q = q.where('a.reviewStatus', '=', filter.reviewStatus);
  return q.orderBy('a.submittedAt').orderBy('a.id').execute();
}

export function findAdoptionById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('mechanismAdoptions as a')
    .innerJoin('units', 'units.id', 'a.unitId')
    .selectAll('a')
    .select(['units.name as unitName', 'units.areaId'])
    .where('a.tenantId', '=', tenantId)
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export function findAdoptionOf(db: Executor, elementId: number, unitId: number) {
  return db
    .selectFrom('mechanismAdoptions')
    .selectAll()
    .where('elementId', '=', elementId)
    .where('unitId', '=', unitId)
    .executeTakeFirst();
}

export async function insertAdoption(db: Executor, row: Insertable<MechanismAdoptionTable>) {
  return (await db.insertInto('mechanismAdoptions').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateAdoption(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<MechanismAdoptionTable>, 'id' | 'version'>,
) {
  const r = await db
    .updateTable('mechanismAdoptions')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function countUnits(db: Executor, tenantId: number, ids: number[]) {
  if (!ids.length) return 0;
  const row = await db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenantId', '=', tenantId)
    .where('id', 'in', ids)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
