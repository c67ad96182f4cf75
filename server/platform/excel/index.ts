export { DEFAULT_XLSX_LIMITS, inspectXlsx, type XlsxLimits, type XlsxSummary } from './inspect.js';
export { maskPhone, safeCell } from './safe-cell.js';
export {
  neutraliseWorkbook,
  readSheetRows,
  readWorkbook,
  type SheetRow,
  type SheetRows,
  sendWorkbook,
  XLSX_MIME,
} from './workbook.js';
