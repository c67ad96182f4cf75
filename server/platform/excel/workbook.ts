import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { zh } from '../../../common/locale/index.js';
import { badRequest } from '../errors.js';
import { DEFAULT_XLSX_LIMITS, inspectXlsx, type XlsxLimits } from './inspect.js';
import { safeCell } from './safe-cell.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The last line of defence against formula injection: every text cell of every sheet that Excel
 * would read as a formula gets its apostrophe here, even if the module forgot safeCell. Real
 * formula cells written by the code itself (ExcelJS formula values) are not text and stay.
 */
export function neutraliseWorkbook(workbook: ExcelJS.Workbook) {
  workbook.eachSheet((sheet) =>
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        if (typeof value === 'string') cell.value = safeCell(value);
        else if (value && typeof value === 'object' && 'richText' in value && value.richText.length) {
          const [first, ...rest] = value.richText;
          const text = safeCell(first.text);
          if (text !== first.text) cell.value = { richText: [{ ...first, text }, ...rest] };
        }
      }),
    ),
  );
}

/** Sends a workbook as a download; the Chinese file name travels as RFC 5987 `filename*`. */
export async function sendWorkbook(reply: FastifyReply, workbook: ExcelJS.Workbook, filename: string) {
  neutraliseWorkbook(workbook);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('Content-Type', XLSX_MIME)
    .header(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    )
    .header('Cache-Control', 'no-store')
    .header('X-Content-Type-Options', 'nosniff')
    .send(buffer);
}

/** Inspects (see inspectXlsx) and then parses an uploaded workbook; a parse failure is a 400, never a 500. */
export async function readWorkbook(buffer: Buffer, limits: XlsxLimits = DEFAULT_XLSX_LIMITS) {
  inspectXlsx(buffer, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badRequest(zh.excel.damaged);
  }
  return workbook;
}

export interface SheetRow {
  /** The row number Excel shows (1-based). */
  row: number;
  /** Cell texts by column index (0-based), trimmed; null for empty cells. */
  values: (string | null)[];
  /** 0-based indexes of the cells holding a formula (imports reject them). */
  formulaColumns: number[];
}

export interface SheetRows {
  headers: string[];
  rows: SheetRow[];
}

/**
 * Reads a sheet as text: the first row is the header, every later non-empty row is data. Dates
 * become YYYY-MM-DD, numbers their decimal text, rich text its plain text; formula cells are
 * reported (with their cached result as the value) so the caller can reject them.
 */
export function readSheetRows(sheet: ExcelJS.Worksheet): SheetRows {
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  for (let c = 1; c <= headerRow.cellCount; c++) headers.push(cellText(headerRow.getCell(c).value) ?? '');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: (string | null)[] = [];
    const formulaColumns: number[] = [];
    for (let c = 1; c <= Math.max(headers.length, row.cellCount); c++) {
      const cell = row.getCell(c);
      if (cell.type === ExcelJS.ValueType.Formula) formulaColumns.push(c - 1);
      values.push(cellText(cell.value));
    }
    if (values.some((v) => v !== null) || formulaColumns.length)
      rows.push({ row: rowNumber, values, formulaColumns });
  });
  return { headers, rows };
}

function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? zh.excel.yes : zh.excel.no;
  if (typeof value === 'string') return unneutralise(value.trim()) || null;
  if (typeof value === 'object') {
    if ('richText' in value)
      return (
        value.richText
          .map((r) => r.text)
          .join('')
          .trim() || null
      );
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      return result === undefined || typeof result === 'object' ? null : cellText(result);
    }
    if ('text' in value) return cellText((value as { text: ExcelJS.CellValue }).text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** Undoes safeCell on the way back in, so that an exported file imports unchanged. */
function unneutralise(text: string): string {
  return /^'[=+\-@\t\r\0]/.test(text) ? text.slice(1) : text;
}
