import { zh } from '../../../common/locale/index.js';
import type { ImportRowError } from '../../../common/orgs.js';
import type { Executor } from '../../db/connection.js';
import type { ParsedWorkbook, PartyOrgRowIn, UnitRowIn } from './import-parse.js';
import * as iq from './import-queries.js';

const m = zh.orgs.excel;
const uc = m.unitColumns;
const pc = m.partyOrgColumns;

type ExistingUnit = Awaited<ReturnType<typeof iq.findTenantUnitsForImport>>[number];
type ExistingPartyOrg = Awaited<ReturnType<typeof iq.findTenantPartyOrgsForImport>>[number];

export type UnitValues = UnitRowIn['input'] & { areaId: number | null };
export interface UnitStep {
  row: number;
  action: 'create' | 'update' | 'unchanged';
  values: UnitValues;
  existing?: ExistingUnit;
}
export interface PartyOrgStep {
  row: number;
  action: 'create' | 'update' | 'unchanged';
  key: string;
  unitCode: string;
  parentKey: string | null;
  values: PartyOrgRowIn['input'];
  existing?: ExistingPartyOrg;
}
export interface ImportPlan {
  units: UnitStep[];
  partyOrgs: PartyOrgStep[];
  errors: ImportRowError[];
}

const orgKey = (unitCode: string, name: string) => `${unitCode}\u0000${name}`;

/**
 * Compares the file with the tenant's data: units by code, party organisations by (unit code, name).
 * Pure decisions on what the queries returned; nothing is written here.
 */
export async function planImport(db: Executor, tenantId: number, file: ParsedWorkbook): Promise<ImportPlan> {
  const errors = [...file.errors];
  const areas = new Map((await iq.findAreaNames(db, tenantId)).map((a) => [a.name, a.id]));
  const existingUnits = new Map((await iq.findTenantUnitsForImport(db, tenantId)).map((u) => [u.code, u]));
  const existingOrgs = await iq.findTenantPartyOrgsForImport(db, tenantId);
  const orgById = new Map(existingOrgs.map((o) => [o.id, o]));
  const existingByKey = new Map(existingOrgs.map((o) => [orgKey(o.unitCode, o.name), o]));

  const units: UnitStep[] = [];
  const seenCodes = new Map<string, number>();
  for (const u of file.units) {
    const fail = (column: string, message: string) =>
      errors.push({ sheet: m.unitSheet, row: u.row, column, message });
    const firstRow = seenCodes.get(u.input.code);
    if (firstRow !== undefined) {
      fail(uc.code, m.duplicateUnit(firstRow));
      continue;
    }
    seenCodes.set(u.input.code, u.row);
    const areaId = u.areaName ? areas.get(u.areaName) : null;
    if (areaId === undefined) {
      fail(uc.areaName, m.areaNotFound(u.areaName ?? ''));
      continue;
    }
    const values: UnitValues = { ...u.input, areaId };
    const existing = existingUnits.get(u.input.code);
    units.push({
      row: u.row,
      values,
      existing,
      action: !existing ? 'create' : unitDiffers(existing, values) ? 'update' : 'unchanged',
    });
  }

  // The parent map after the import: the database's, overridden by the file's rows.
  const parentOf = new Map<string, string | null>();
  for (const o of existingOrgs) {
    const parent = o.parentId !== null ? orgById.get(o.parentId) : undefined;
    parentOf.set(orgKey(o.unitCode, o.name), parent ? orgKey(parent.unitCode, parent.name) : null);
  }
  const seenOrgs = new Map<string, number>();
  const candidates: PartyOrgStep[] = [];
  for (const p of file.partyOrgs) {
    const fail = (column: string, message: string) =>
      errors.push({ sheet: m.partyOrgSheet, row: p.row, column, message });
    const key = orgKey(p.unitCode, p.input.name);
    const firstRow = seenOrgs.get(key);
    if (firstRow !== undefined) {
      fail(pc.name, m.duplicatePartyOrg(firstRow));
      continue;
    }
    seenOrgs.set(key, p.row);
    if (!seenCodes.has(p.unitCode) && !existingUnits.has(p.unitCode)) {
      fail(pc.unitCode, m.unitUnknown);
      continue;
    }
    const parentKey = p.parentName ? orgKey(p.unitCode, p.parentName) : null;
    parentOf.set(key, parentKey);
    candidates.push({ row: p.row, key, unitCode: p.unitCode, parentKey, values: p.input, action: 'create' });
  }
  const partyOrgs: PartyOrgStep[] = [];
  for (const c of candidates) {
    const fail = (message: string) =>
      errors.push({ sheet: m.partyOrgSheet, row: c.row, column: pc.parentName, message });
    if (c.parentKey !== null && !seenOrgs.has(c.parentKey) && !existingByKey.has(c.parentKey)) {
      fail(m.parentUnknown(c.parentKey.split('\u0000')[1]));
      continue;
    }
    if (formsCycle(c.key, parentOf)) {
      fail(zh.orgs.parentCycle);
      continue;
    }
    const existing = existingByKey.get(c.key);
    const existingParent = existing?.parentId != null ? orgById.get(existing.parentId) : undefined;
    const existingParentKey = existingParent ? orgKey(existingParent.unitCode, existingParent.name) : null;
    const action = !existing
      ? 'create'
      : orgDiffers(existing, c.values) || existingParentKey !== c.parentKey
        ? 'update'
        : 'unchanged';
    partyOrgs.push({ ...c, existing, action });
  }
  return { units, partyOrgs, errors };
}

function formsCycle(start: string, parentOf: Map<string, string | null>): boolean {
  let current = parentOf.get(start) ?? null;
  for (let steps = 0; current !== null && steps <= parentOf.size; steps++) {
    if (current === start) return true;
    current = parentOf.get(current) ?? null;
  }
  return current !== null;
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

function unitDiffers(e: ExistingUnit, v: UnitValues): boolean {
  return !(
    same(e.name, v.name) &&
    same(e.shortName, v.shortName) &&
    same(e.category, v.category) &&
    same(e.areaId, v.areaId) &&
    e.isWindow === (v.isWindow ? 1 : 0) &&
    same(e.contact, v.contact) &&
    same(e.phone, v.phone) &&
    e.sort === v.sort
  );
}

function orgDiffers(e: ExistingPartyOrg, v: PartyOrgRowIn['input']): boolean {
  return !(
    same(e.type, v.type) &&
    same(e.categoryCode, v.categoryCode) &&
    same(e.foundedOn, v.foundedOn) &&
    same(e.termStart, v.termStart) &&
    same(e.termEnd, v.termEnd) &&
    same(e.secretary, v.secretary) &&
    same(e.contact, v.contact) &&
    same(e.phone, v.phone) &&
    e.memberCount === v.memberCount
  );
}
