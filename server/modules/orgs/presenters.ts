import { type PartyOrg, type PartyOrgType, termWarningOf } from '../../../common/orgs.js';

interface UnitRow {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  category: string;
  areaId: number | null;
  areaName: string | null;
  isWindow: number;
  contact: string | null;
  phone: string | null;
  sort: number;
  partyOrgCount: number | string | null;
  memberCount: number | string | null;
  version: number;
}

export function presentUnit(row: UnitRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    category: row.category,
    areaId: row.areaId,
    areaName: row.areaName,
    isWindow: row.isWindow === 1,
    contact: row.contact,
    phone: row.phone,
    sort: row.sort,
    partyOrgCount: Number(row.partyOrgCount ?? 0),
    memberCount: Number(row.memberCount ?? 0),
    version: row.version,
  };
}

interface PartyOrgRow extends Omit<PartyOrg, 'termWarning' | 'type'> {
  type: string;
}

export function presentPartyOrg(row: PartyOrgRow, today: string): PartyOrg {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    parentId: row.parentId,
    name: row.name,
    type: row.type as PartyOrgType,
    categoryCode: row.categoryCode,
    foundedOn: row.foundedOn,
    termStart: row.termStart,
    termEnd: row.termEnd,
    secretary: row.secretary,
    contact: row.contact,
    phone: row.phone,
    memberCount: row.memberCount,
    termWarning: termWarningOf(row.termEnd, today),
    version: row.version,
  };
}
