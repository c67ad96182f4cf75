import ExcelJS from 'exceljs';
import { zh } from '../../../common/locale/index.js';
import { dataScope } from '../../platform/access.js';
import { shanghaiDate } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { maskPhone, safeCell } from '../../platform/excel/index.js';
import type { ExportProgress } from '../../platform/exports/progress.js';
import { type Column, PARTY_ORG_COLUMNS, templateHeader, UNIT_COLUMNS } from './excel-columns.js';
import * as iq from './import-queries.js';
import { findCategories } from './queries.js';

const m = zh.orgs.excel;
/** Rows of the template that offer drop-down lists (是/否, the party-organisation types). */
const LIST_ROWS = 1000;

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly Column[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: templateHeader(c), key: c.key, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  for (const [i, c] of columns.entries()) {
    const list =
      c.kind === 'yesno'
        ? `"${zh.excel.yes},${zh.excel.no}"`
        : c.kind === 'type'
          ? `"${Object.values(zh.orgs.partyOrgTypes).join(',')}"`
          : null;
    const isText = c.kind === 'text' || c.kind === 'date';
    for (let r = 2; r <= LIST_ROWS + 1 && (list || isText); r++) {
      const cell = sheet.getCell(r, i + 1);
      // Text format keeps codes like 001 and phone numbers as typed.
      if (isText) cell.numFmt = '@';
      if (list) cell.dataValidation = { type: 'list', allowBlank: true, formulae: [list] };
    }
  }
  return sheet;
}

/** The empty template: 单位 and 党组织 with headers only, and 填写说明 with the rules and this tenant's areas and categories. */
export async function buildTemplate(deps: Deps, ctx: RequestContext) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = zh.appName;
  addSheet(workbook, m.unitSheet, UNIT_COLUMNS);
  addSheet(workbook, m.partyOrgSheet, PARTY_ORG_COLUMNS);
  const guide = workbook.addWorksheet(m.guideSheet);
  guide.getColumn(1).width = 110;
  const areas = (await iq.findAreaNames(deps.db, ctx.user.tenantId)).map((a) => a.name);
  const categories = await findCategories(deps.db, dataScope(ctx));
  const lines = [
    ...zh.orgs.guide,
    '',
    `${zh.orgs.guideAreas}${areas.length ? areas.join('、') : zh.orgs.guideNone}`,
    `${zh.orgs.guideCategories}${categories.length ? categories.join('、') : zh.orgs.guideNone}`,
  ];
  for (const line of lines) guide.addRow([safeCell(line)]).alignment = { wrapText: true, vertical: 'top' };
  return workbook;
}

/**
 * The caller's units and party organisations in the template's layout (so an export can be edited
 * and imported again). Every cell goes through safeCell; phones are masked for readers other than
 * the committee's leaders and staff. `progress` (export jobs) counts units and organisations together.
 */
export async function buildExport(deps: Deps, ctx: RequestContext, progress?: ExportProgress) {
  const scope = dataScope(ctx);
  const seesPhones = ctx.user.roles.some((r) => r === 'committee_leader' || r === 'committee_staff');
  const phone = (p: string | null) => (seesPhones ? p : maskPhone(p));
  const unitRows = await iq.findUnitsForExport(deps.db, scope);
  const orgRows = await iq.findPartyOrgsForExport(deps.db, scope);
  const total = unitRows.length + orgRows.length;
  let done = 0;
  await progress?.(done, total);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = zh.appName;
  const units = workbook.addWorksheet(m.unitSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  units.columns = UNIT_COLUMNS.map((c) => ({ header: templateHeader(c), key: c.key, width: c.width }));
  for (const u of unitRows) {
    units.addRow(
      [
        u.code,
        u.name,
        u.shortName,
        u.category,
        u.areaName,
        u.isWindow ? zh.excel.yes : zh.excel.no,
        u.contact,
        phone(u.phone),
        u.sort,
      ].map(safeCell),
    );
    await progress?.(++done, total);
  }
  const orgs = workbook.addWorksheet(m.partyOrgSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  orgs.columns = PARTY_ORG_COLUMNS.map((c) => ({ header: templateHeader(c), key: c.key, width: c.width }));
  for (const o of orgRows) {
    orgs.addRow(
      [
        o.unitCode,
        o.name,
        zh.orgs.partyOrgTypes[o.type] ?? o.type,
        o.parentName,
        o.categoryCode,
        o.foundedOn,
        o.termStart,
        o.termEnd,
        o.secretary,
        o.contact,
        phone(o.phone),
        o.memberCount,
      ].map(safeCell),
    );
    await progress?.(++done, total);
  }
  for (const sheet of [units, orgs]) sheet.getRow(1).font = { bold: true };
  return { workbook, filename: m.exportFile(shanghaiDate()), count: total };
}
