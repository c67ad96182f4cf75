import { type Insertable, sql, type Updateable } from 'kysely';
import type { PartyOrgListQuery, UnitListQuery, UnitOptionsQuery } from '../../../common/orgs.js';
import type { Db, Executor } from '../../db/connection.js';
import type { AreaTable, PartyOrgTable, UnitTable } from '../../db/schema.js';
import { inScope } from '../../db/scope.js';
import type { DataScope } from '../../platform/access.js';

// ---- areas -------------------------------------------------------------------------------

export function findAreas(db: Db, tenantId: number) {
  return db
    .selectFrom('areas')
    .leftJoin('users', 'users.id', 'areas.leaderUserId')
    .leftJoin('departments', 'departments.id', 'areas.liaisonDepartmentId')
    .select((eb) => [
      'areas.id',
      'areas.name',
      'areas.leaderUserId',
      'users.displayName as leaderName',
      'areas.liaisonDepartmentId',
      'departments.name as liaisonDepartmentName',
      'areas.sort',
      'areas.version',
      eb
        .selectFrom('units')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('units.areaId', '=', 'areas.id')
        .as('unitCount'),
    ])
    .where('areas.tenantId', '=', tenantId)
    .orderBy('areas.sort')
    .orderBy('areas.id')
    .execute();
}

export function findAreaById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('areas')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertArea(db: Executor, row: Insertable<AreaTable>) {
  return (await db.insertInto('areas').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateArea(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<AreaTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('areas')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteArea(db: Executor, id: number) {
  await db.updateTable('units').set({ areaId: null }).where('areaId', '=', id).execute();
  await db.deleteFrom('areas').where('id', '=', id).execute();
}

export function userExistsInTenant(db: Executor, tenantId: number, userId: number) {
  return db
    .selectFrom('users')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
}

export function findDepartments(db: Executor, tenantId: number) {
  return db
    .selectFrom('departments')
    .select(['id', 'name'])
    .where('tenantId', '=', tenantId)
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

export function findDepartmentById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('departments')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---- units -------------------------------------------------------------------------------

const UNIT_SORT_COLUMNS = {
  sort: 'units.sort',
  name: 'units.name',
  code: 'units.code',
  category: 'units.category',
  area: 'areas.sort',
  memberCount: 'memberCount',
} as const;

function unitSelect(db: Db | Executor) {
  return db
    .selectFrom('units')
    .leftJoin('areas', 'areas.id', 'units.areaId')
    .select((eb) => [
      'units.id',
      'units.tenantId',
      'units.code',
      'units.name',
      'units.shortName',
      'units.category',
      'units.areaId',
      'areas.name as areaName',
      'units.isWindow',
      'units.contact',
      'units.phone',
      'units.sort',
      'units.version',
      eb
        .selectFrom('partyOrgs')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('partyOrgs.unitId', '=', 'units.id')
        .as('partyOrgCount'),
      eb
        .selectFrom('partyOrgs')
        .select(sql<number>`coalesce(sum(member_count), 0)`.as('m'))
        .whereRef('partyOrgs.unitId', '=', 'units.id')
        .where('partyOrgs.parentId', 'is', null)
        .as('memberCount'),
    ]);
}

export async function findUnits(db: Db, scope: DataScope, query: UnitListQuery) {
  let base = unitSelect(db).where(inScope(scope, 'units.tenantId', 'units.id'));
  if (query.q) {
    const like = `%${query.q}%`;
    base = base.where((eb) =>
      eb.or([
        eb('units.name', 'like', like),
        eb('units.code', 'like', like),
        eb('units.shortName', 'like', like),
      ]),
    );
  }
  if (query.areaId) base = base.where('units.areaId', '=', query.areaId);
  if (query.category) base = base.where('units.category', '=', query.category);
  if (query.isWindow) base = base.where('units.isWindow', '=', query.isWindow === 'true' ? 1 : 0);
  const count = base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n'));
  const rows = await base
    .orderBy(sql.ref(UNIT_SORT_COLUMNS[query.sort]), query.order)
    .orderBy('units.id', query.order)
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  const total = Number((await count.executeTakeFirstOrThrow()).n);
  return { rows, total };
}

export function findUnitOptions(db: Db, scope: DataScope, query: UnitOptionsQuery) {
  let base = db
    .selectFrom('units')
    .select(['units.id', 'units.name', 'units.areaId', 'units.category'])
    .where(inScope(scope, 'units.tenantId', 'units.id'));
  if (query.q) {
    const like = `%${query.q}%`;
    base = base.where((eb) =>
      eb.or([
        eb('units.name', 'like', like),
        eb('units.code', 'like', like),
        eb('units.shortName', 'like', like),
      ]),
    );
  }
  if (query.areaId) base = base.where('units.areaId', '=', query.areaId);
  if (query.category) base = base.where('units.category', '=', query.category);
  return base.orderBy('units.sort').orderBy('units.id').limit(query.limit).execute();
}

export function findUnitById(db: Executor, tenantId: number, id: number) {
  return unitSelect(db).where('units.tenantId', '=', tenantId).where('units.id', '=', id).executeTakeFirst();
}

export function findUnitByCode(db: Executor, tenantId: number, code: string) {
  return db
    .selectFrom('units')
    .select(['id', 'version'])
    .where('tenantId', '=', tenantId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function findCategories(db: Db, scope: DataScope) {
  const rows = await db
    .selectFrom('units')
    .select('category')
    .distinct()
    .where(inScope(scope, 'units.tenantId', 'units.id'))
    .orderBy('category')
    .execute();
  return rows.map((r) => r.category);
}

export async function insertUnit(db: Executor, row: Insertable<UnitTable>) {
  return (await db.insertInto('units').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateUnit(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<UnitTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('units')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countPartyOrgsOfUnit(db: Executor, unitId: number) {
  const row = await db
    .selectFrom('partyOrgs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unitId', '=', unitId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteUnit(db: Executor, id: number) {
  await db.deleteFrom('units').where('id', '=', id).execute();
}

// ---- party organisations -------------------------------------------------------------------

const PARTY_ORG_SORT_COLUMNS = {
  name: 'partyOrgs.name',
  termEnd: 'partyOrgs.termEnd',
  memberCount: 'partyOrgs.memberCount',
  unit: 'units.sort',
} as const;

function partyOrgSelect(db: Db | Executor) {
  return db
    .selectFrom('partyOrgs')
    .innerJoin('units', 'units.id', 'partyOrgs.unitId')
    .select([
      'partyOrgs.id',
      'partyOrgs.tenantId',
      'partyOrgs.unitId',
      'units.name as unitName',
      'units.areaId',
      'partyOrgs.parentId',
      'partyOrgs.name',
      'partyOrgs.type',
      'partyOrgs.categoryCode',
      'partyOrgs.foundedOn',
      'partyOrgs.termStart',
      'partyOrgs.termEnd',
      'partyOrgs.secretary',
      'partyOrgs.contact',
      'partyOrgs.phone',
      'partyOrgs.memberCount',
      'partyOrgs.version',
    ]);
}

export async function findPartyOrgs(
  db: Db,
  scope: DataScope,
  query: PartyOrgListQuery,
  termEndsBy: string | null,
) {
  let base = partyOrgSelect(db).where(inScope(scope, 'partyOrgs.tenantId', 'partyOrgs.unitId'));
  if (query.q) {
    const like = `%${query.q}%`;
    base = base.where((eb) =>
      eb.or([
        eb('partyOrgs.name', 'like', like),
        eb('partyOrgs.secretary', 'like', like),
        eb('units.name', 'like', like),
      ]),
    );
  }
  if (query.unitId) base = base.where('partyOrgs.unitId', '=', query.unitId);
  if (query.areaId) base = base.where('units.areaId', '=', query.areaId);
  if (query.type) base = base.where('partyOrgs.type', '=', query.type);
  if (termEndsBy)
    base = base.where('partyOrgs.termEnd', 'is not', null).where('partyOrgs.termEnd', '<=', termEndsBy);
  const count = base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n'));
  const rows = await base
    .orderBy(sql.ref(PARTY_ORG_SORT_COLUMNS[query.sort]), query.order)
    .orderBy('partyOrgs.id')
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  return { rows, total: Number((await count.executeTakeFirstOrThrow()).n) };
}

export function findPartyOrgsOfUnit(db: Db, tenantId: number, unitId: number) {
  return partyOrgSelect(db)
    .where('partyOrgs.tenantId', '=', tenantId)
    .where('partyOrgs.unitId', '=', unitId)
    .orderBy('partyOrgs.id')
    .execute();
}

export function findPartyOrgById(db: Executor, tenantId: number, id: number) {
  return partyOrgSelect(db)
    .where('partyOrgs.tenantId', '=', tenantId)
    .where('partyOrgs.id', '=', id)
    .executeTakeFirst();
}

export function findPartyOrgByName(db: Executor, unitId: number, name: string) {
  return db
    .selectFrom('partyOrgs')
    .select(['id', 'version'])
    .where('unitId', '=', unitId)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function findAncestorIds(db: Executor, id: number): Promise<number[]> {
  const out: number[] = [];
  let current: number | null = id;
  while (current !== null && out.length < 50) {
    out.push(current);
    const row: { parentId: number | null } | undefined = await db
      .selectFrom('partyOrgs')
      .select('parentId')
      .where('id', '=', current)
      .executeTakeFirst();
    current = row?.parentId ?? null;
  }
  return out;
}

export async function insertPartyOrg(db: Executor, row: Insertable<PartyOrgTable>) {
  return (await db.insertInto('partyOrgs').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updatePartyOrg(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<PartyOrgTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('partyOrgs')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countChildren(db: Executor, id: number) {
  const row = await db
    .selectFrom('partyOrgs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parentId', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deletePartyOrg(db: Executor, id: number) {
  await db.deleteFrom('partyOrgs').where('id', '=', id).execute();
}

/** Accounts of the committee that may lead a 片区 (those holding the area-leader role), by name. */
export function findAreaLeaderCandidates(db: Db, tenantId: number) {
  return db
    .selectFrom('users')
    .select(['id', 'displayName'])
    .where('tenantId', '=', tenantId)
    .where('disabled', '=', 0)
    .where('roles', 'like', '%"area_leader"%')
    .orderBy('displayName')
    .execute();
}
