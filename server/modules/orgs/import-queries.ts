import type { Db, Executor } from '../../db/connection.js';
import { inScope } from '../../db/scope.js';
import type { DataScope } from '../../platform/access.js';

// All SQL of the Excel import and export (the CRUD queries live in queries.ts).

export function findTenantUnitsForImport(db: Executor, tenantId: number) {
  return db
    .selectFrom('units')
    .select([
      'id',
      'version',
      'code',
      'name',
      'shortName',
      'category',
      'areaId',
      'isWindow',
      'contact',
      'phone',
      'sort',
    ])
    .where('tenantId', '=', tenantId)
    .execute();
}

export function findTenantPartyOrgsForImport(db: Executor, tenantId: number) {
  return db
    .selectFrom('partyOrgs')
    .innerJoin('units', 'units.id', 'partyOrgs.unitId')
    .select([
      'partyOrgs.id',
      'partyOrgs.version',
      'partyOrgs.unitId',
      'units.code as unitCode',
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
    ])
    .where('partyOrgs.tenantId', '=', tenantId)
    .execute();
}

export function findAreaNames(db: Executor, tenantId: number) {
  return db
    .selectFrom('areas')
    .select(['id', 'name'])
    .where('tenantId', '=', tenantId)
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

export function tenantExists(db: Db, tenantId: number) {
  return db.selectFrom('tenants').select('id').where('id', '=', tenantId).executeTakeFirst();
}

export function findTenantIds(db: Db) {
  return db.selectFrom('tenants').select('id').orderBy('id').execute();
}

/** Units of the caller's scope, in the order of the unit list, for the export. */
export function findUnitsForExport(db: Db, scope: DataScope) {
  return db
    .selectFrom('units')
    .leftJoin('areas', 'areas.id', 'units.areaId')
    .select([
      'units.code',
      'units.name',
      'units.shortName',
      'units.category',
      'areas.name as areaName',
      'units.isWindow',
      'units.contact',
      'units.phone',
      'units.sort',
    ])
    .where(inScope(scope, 'units.tenantId', 'units.id'))
    .orderBy('units.sort')
    .orderBy('units.id')
    .execute();
}

/** Party organisations of the caller's scope with their unit code and parent name (the import's keys). */
export function findPartyOrgsForExport(db: Db, scope: DataScope) {
  return db
    .selectFrom('partyOrgs')
    .innerJoin('units', 'units.id', 'partyOrgs.unitId')
    .leftJoin('partyOrgs as parent', 'parent.id', 'partyOrgs.parentId')
    .select([
      'units.code as unitCode',
      'partyOrgs.name',
      'partyOrgs.type',
      'parent.name as parentName',
      'partyOrgs.categoryCode',
      'partyOrgs.foundedOn',
      'partyOrgs.termStart',
      'partyOrgs.termEnd',
      'partyOrgs.secretary',
      'partyOrgs.contact',
      'partyOrgs.phone',
      'partyOrgs.memberCount',
    ])
    .where(inScope(scope, 'partyOrgs.tenantId', 'partyOrgs.unitId'))
    .orderBy('units.sort')
    .orderBy('units.id')
    .orderBy('partyOrgs.id')
    .execute();
}
