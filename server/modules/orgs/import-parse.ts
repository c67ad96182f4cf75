import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import { zh } from '../../../common/locale/index.js';
import type { ImportRowError } from '../../../common/orgs.js';
import { PARTY_ORG_TYPES, type PartyOrgType, partyOrgInput, unitInput } from '../../../common/orgs.js';
import { readSheetRows, type SheetRow } from '../../platform/excel/index.js';
import {
  type Column,
  normaliseHeader,
  PARTY_ORG_COLUMNS,
  type PartyOrgColumnKey,
  UNIT_COLUMNS,
  type UnitColumnKey,
} from './excel-columns.js';

const MAX_ROWS = 10_000;
const m = zh.orgs.excel;

/** A unit row of the file, validated by the API's own schema except the area (still a name). */
export interface UnitRowIn {
  row: number;
  input: Omit<z.infer<typeof unitInput>, 'areaId'>;
  areaName: string | null;
}
export interface PartyOrgRowIn {
  row: number;
  unitCode: string;
  parentName: string | null;
  input: z.infer<typeof partyOrgFileSchema>;
}

const partyOrgFileSchema = partyOrgInput.omit({ unitId: true, parentId: true });
const unitFileSchema = unitInput.omit({ areaId: true });

export interface ParsedWorkbook {
  units: UnitRowIn[];
  partyOrgs: PartyOrgRowIn[];
  errors: ImportRowError[];
}

/** Reads both sheets into typed rows; every problem becomes a row error (sheet, Excel row, column). */
export function parseOrgsWorkbook(workbook: ExcelJS.Workbook): ParsedWorkbook {
  const errors: ImportRowError[] = [];
  const units: UnitRowIn[] = [];
  const partyOrgs: PartyOrgRowIn[] = [];

  for (const { row, cells, failed } of sheetRecords(workbook, m.unitSheet, UNIT_COLUMNS, errors)) {
    const err = collector(errors, m.unitSheet, row, UNIT_COLUMNS, failed);
    const raw = cells as Record<UnitColumnKey, unknown>;
    const parsed = unitFileSchema.safeParse({
      code: raw.code ?? '',
      name: raw.name ?? '',
      shortName: raw.shortName,
      category: raw.category ?? '',
      isWindow: raw.isWindow,
      contact: raw.contact,
      phone: raw.phone,
      sort: raw.sort,
    });
    if (!parsed.success) for (const issue of parsed.error.issues) err(String(issue.path[0]), issue.message);
    if (!parsed.success || failed.size) continue;
    units.push({ row, input: parsed.data, areaName: (raw.areaName as string | null) ?? null });
  }

  for (const { row, cells, failed } of sheetRecords(workbook, m.partyOrgSheet, PARTY_ORG_COLUMNS, errors)) {
    const err = collector(errors, m.partyOrgSheet, row, PARTY_ORG_COLUMNS, failed);
    const raw = cells as Record<PartyOrgColumnKey, unknown>;
    const parsed = partyOrgFileSchema.safeParse({
      name: raw.name ?? '',
      type: raw.type ?? '',
      categoryCode: raw.categoryCode,
      foundedOn: raw.foundedOn,
      termStart: raw.termStart,
      termEnd: raw.termEnd,
      secretary: raw.secretary,
      contact: raw.contact,
      phone: raw.phone,
      memberCount: raw.memberCount,
    });
    const unitCode = typeof raw.unitCode === 'string' ? raw.unitCode.trim() : '';
    if (!unitCode) err('unitCode', m.required);
    if (!parsed.success) for (const issue of parsed.error.issues) err(String(issue.path[0]), issue.message);
    if (!parsed.success || failed.size || !unitCode) continue;
    if (parsed.data.termStart && parsed.data.termEnd && parsed.data.termEnd < parsed.data.termStart) {
      err('termEnd', zh.orgs.termOrder);
      continue;
    }
    partyOrgs.push({
      row,
      unitCode,
      parentName: (raw.parentName as string | null) ?? null,
      input: parsed.data,
    });
  }
  return { units, partyOrgs, errors };
}

/**
 * Reports errors of one row against a column key (or a zod path that equals a key); a column whose
 * cell could not even be converted already has its error and is not reported twice.
 */
function collector(
  errors: ImportRowError[],
  sheet: string,
  row: number,
  columns: readonly Column[],
  failed: Set<string>,
) {
  return (key: string, message: string) => {
    if (failed.has(key)) return;
    const column = columns.find((c) => c.key === key)?.header ?? '';
    errors.push({ sheet, row, column, message });
  };
}

/** Maps header names to columns, converts each cell by its column kind; conversion problems become errors. */
function* sheetRecords(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  columns: readonly Column[],
  errors: ImportRowError[],
): Generator<{ row: number; cells: Record<string, unknown>; failed: Set<string> }> {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) {
    errors.push({ sheet: sheetName, row: 0, column: '', message: m.sheetMissing(sheetName) });
    return;
  }
  const { headers, rows } = readSheetRows(sheet);
  const index = new Map(headers.map((h, i) => [normaliseHeader(h), i]));
  const missing = columns.filter((c) => !index.has(c.header));
  if (missing.some((c) => c.required) || (rows.length > 0 && missing.length)) {
    for (const c of missing)
      errors.push({ sheet: sheetName, row: 1, column: c.header, message: m.columnMissing(c.header) });
    return;
  }
  if (rows.length > MAX_ROWS) {
    errors.push({ sheet: sheetName, row: 0, column: '', message: m.tooManyRows(sheetName, MAX_ROWS) });
    return;
  }
  for (const r of rows) {
    const failed = new Set<string>();
    const cells = convertRow(r, columns, index, (column, message) => {
      failed.add(column?.key ?? '');
      errors.push({ sheet: sheetName, row: r.row, column: column?.header ?? '', message });
    });
    yield { row: r.row, cells, failed };
  }
}

function convertRow(
  r: SheetRow,
  columns: readonly Column[],
  index: Map<string, number>,
  fail: (column: Column | null, message: string) => void,
): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const column of columns) {
    const i = index.get(column.header) ?? -1;
    if (r.formulaColumns.includes(i)) {
      fail(column, zh.excel.formulaCell);
      continue;
    }
    const text = r.values[i] ?? null;
    const value = convertCell(text, column);
    if (value instanceof CellError) fail(column, value.message);
    else cells[column.key] = value;
  }
  // Formula cells outside the known columns are refused too: the file should hold values only.
  const known = new Set(columns.map((c) => index.get(c.header)));
  if (r.formulaColumns.some((i) => !known.has(i))) fail(null, zh.excel.formulaCell);
  return cells;
}

class CellError {
  constructor(readonly message: string) {}
}

const TYPE_BY_LABEL = new Map<string, PartyOrgType>(
  PARTY_ORG_TYPES.map((t) => [zh.orgs.partyOrgTypes[t], t] as [string, PartyOrgType]),
);

function convertCell(text: string | null, column: Column): unknown {
  if (text === null) return column.kind === 'text' || column.kind === 'date' ? null : undefined;
  switch (column.kind) {
    case 'text':
      return text;
    case 'int':
      return /^-?\d+(\.0+)?$/.test(text) ? Number.parseInt(text, 10) : new CellError(m.badNumber);
    case 'yesno':
      if (text === zh.excel.yes) return true;
      if (text === zh.excel.no) return false;
      return new CellError(m.yesNo);
    case 'type':
      return TYPE_BY_LABEL.get(text) ?? new CellError(m.badType);
    case 'date':
      return normaliseDate(text) ?? new CellError(m.badDate);
  }
}

/** 2009-6-30, 2009/6/30, 2009.6.30 and 2009年6月30日 all mean 2009-06-30. */
function normaliseDate(text: string): string | null {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) return null;
  return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
}
