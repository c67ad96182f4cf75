import type { Insertable } from 'kysely';
import type { Db, Executor } from '../../db/connection.js';
import type { PartyOrgTable, UnitTable } from '../../db/schema.js';
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

/**
 * Rows per multi-row INSERT of the import: 400 × ≤ 16 columns stays far below SQLite's bound-parameter
 * limit (32,766) and PostgreSQL's (65,535). One statement per row made a 10,000-row import take 9–15 s.
 */
const INSERT_BATCH = 400;

async function insertBatched<T, R>(rows: T[], insert: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += INSERT_BATCH)
    out.push(...(await insert(rows.slice(i, i + INSERT_BATCH))));
  return out;
}

/** New units in multi-row INSERTs; returns each new id with its code (unique in the tenant). */
export function insertUnitsBatched(db: Executor, rows: Insertable<UnitTable>[]) {
  return insertBatched(rows, (chunk) =>
    db.insertInto('units').values(chunk).returning(['id', 'code']).execute(),
  );
}

/** New party organisations in multi-row INSERTs; returns each new id with its unit and name (unique per unit). */
export function insertPartyOrgsBatched(db: Executor, rows: Insertable<PartyOrgTable>[]) {
  return insertBatched(rows, (chunk) =>
    db.insertInto('partyOrgs').values(chunk).returning(['id', 'unitId', 'name']).execute(),
  );
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
