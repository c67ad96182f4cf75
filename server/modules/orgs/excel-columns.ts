import { zh } from '../../../common/locale/index.js';

const u = zh.orgs.excel.unitColumns;
const p = zh.orgs.excel.partyOrgColumns;

/** The two sheets of the orgs workbook: one definition serves the template, the import and the export. */
export type ColumnKind = 'text' | 'int' | 'date' | 'yesno' | 'type';

export interface Column<K extends string = string> {
  key: K;
  /** The header as shown in the template, without the * of required columns. */
  header: string;
  /** Shown after the header in the template, e.g. the allowed values. */
  hint?: string;
  required?: boolean;
  kind: ColumnKind;
  width: number;
}

export const UNIT_COLUMNS = [
  { key: 'code', header: u.code, required: true, kind: 'text', width: 14 },
  { key: 'name', header: u.name, required: true, kind: 'text', width: 30 },
  { key: 'shortName', header: u.shortName, kind: 'text', width: 14 },
  { key: 'category', header: u.category, required: true, kind: 'text', width: 18 },
  { key: 'areaName', header: u.areaName, kind: 'text', width: 14 },
  { key: 'isWindow', header: u.isWindow, hint: zh.orgs.excel.yesNoHint, kind: 'yesno', width: 16 },
  { key: 'contact', header: u.contact, kind: 'text', width: 10 },
  { key: 'phone', header: u.phone, kind: 'text', width: 16 },
  { key: 'sort', header: u.sort, kind: 'int', width: 8 },
] as const satisfies readonly Column[];

export const PARTY_ORG_COLUMNS = [
  { key: 'unitCode', header: p.unitCode, required: true, kind: 'text', width: 14 },
  { key: 'name', header: p.name, required: true, kind: 'text', width: 30 },
  {
    key: 'type',
    header: p.type,
    hint: zh.orgs.excel.typeHint,
    required: true,
    kind: 'type',
    width: 16,
  },
  { key: 'parentName', header: p.parentName, kind: 'text', width: 26 },
  { key: 'categoryCode', header: p.categoryCode, kind: 'text', width: 10 },
  { key: 'foundedOn', header: p.foundedOn, kind: 'date', width: 12 },
  { key: 'termStart', header: p.termStart, kind: 'date', width: 12 },
  { key: 'termEnd', header: p.termEnd, kind: 'date', width: 12 },
  { key: 'secretary', header: p.secretary, kind: 'text', width: 10 },
  { key: 'contact', header: p.contact, kind: 'text', width: 10 },
  { key: 'phone', header: p.phone, kind: 'text', width: 16 },
  { key: 'memberCount', header: p.memberCount, kind: 'int', width: 10 },
] as const satisfies readonly Column[];

export type UnitColumnKey = (typeof UNIT_COLUMNS)[number]['key'];
export type PartyOrgColumnKey = (typeof PARTY_ORG_COLUMNS)[number]['key'];

export function templateHeader(column: Column): string {
  return `${column.header}${column.required ? '*' : ''}${column.hint ?? ''}`;
}

/** "类型*(党组/…)" and "类型" both name the column 类型 (users may drop the hint or the star). */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[（(].*$/, '')
    .replace(/[*＊\s]/g, '')
    .trim();
}
