import type ExcelJS from 'exceljs';
import { z } from 'zod';
import { registerKindParams, registerQuery } from '../../../common/inspections.js';
import { problemExportQuery } from '../../../common/problems.js';
import { periodQuery } from '../../../common/reports.js';
import { buildRegisterWorkbook } from '../../modules/inspections/services/registers.js';
import { buildExport as buildOrgsExport } from '../../modules/orgs/excel.js';
import { buildLedger } from '../../modules/problems/ledger.js';
import { buildDashboardWorkbook } from '../../modules/reports/dashboard-export.js';
import { neutraliseWorkbook, XLSX_MIME } from '../excel/index.js';
import { type ExportOutput, registerExportKind } from './registry.js';

/**
 * The exports that run as jobs. Each reuses the builder of the module's own GET export (which keeps
 * working unchanged), with the same permission and filters, and passes the job's progress through.
 */

/** The bytes of a workbook, neutralised exactly like sendWorkbook does for the GET exports. */
async function workbookFile(
  workbook: ExcelJS.Workbook,
  fileName: string,
  rows: number,
): Promise<ExportOutput> {
  neutraliseWorkbook(workbook);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { buffer, fileName, contentType: XLSX_MIME, rows };
}

registerExportKind({
  key: 'problems.ledger',
  action: 'workStyle.export',
  params: problemExportQuery,
  async build(deps, ctx, params, progress) {
    const { workbook, filename, count } = await buildLedger(deps, ctx, params, progress);
    return workbookFile(workbook, filename, count);
  },
});

registerExportKind({
  key: 'orgs.units',
  action: 'orgs.export',
  params: z.object({}),
  async build(deps, ctx, _params, progress) {
    const { workbook, filename, count } = await buildOrgsExport(deps, ctx, progress);
    return workbookFile(workbook, filename, count);
  },
});

registerExportKind({
  key: 'inspections.registers',
  action: 'inspections.read',
  params: registerQuery.extend(registerKindParams.shape),
  async build(deps, ctx, { kind, ...query }, progress) {
    const { workbook, filename, count } = await buildRegisterWorkbook(deps, ctx, kind, query, progress);
    return workbookFile(workbook, filename, count);
  },
});

registerExportKind({
  key: 'reports.dashboard',
  action: 'reports.read',
  params: periodQuery,
  async build(deps, ctx, params, progress) {
    const { workbook, filename, count } = await buildDashboardWorkbook(deps, ctx, params, progress);
    return workbookFile(workbook, filename, count);
  },
});
