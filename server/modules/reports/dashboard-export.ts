import ExcelJS from 'exceljs';
import { zh } from '../../../common/locale/index.js';
import { periodName } from '../../../common/locale/zh-CN/reports.js';
import { scopeFor } from '../../../common/permissions.js';
import type { HeatmapQuery, PeriodQuery } from '../../../common/reports.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import type { ExportProgress } from '../../platform/exports/progress.js';
import { compareCategories } from './categories.js';
import { listFigures } from './figures-service.js';
import { unitHeatmap } from './heatmap.js';

const t = zh.reports.dashboardExport;
const HEAT_PAGE = 100;

/**
 * 统计概览 as a workbook, from the same services as the page: every figure of the period and scope
 * with its value, every record it counted (one row each), and the unit × work heat map with all
 * units (most lagging first), and the 考评类别对比 of the period's assessment for those who may see
 * assessment results. Progress counts figures, then heat-map units.
 */
export async function buildDashboardWorkbook(
  deps: Deps,
  ctx: RequestContext,
  query: PeriodQuery,
  progress?: ExportProgress,
) {
  const { figures } = await listFigures(deps, ctx, query);
  const heatQuery: HeatmapQuery = {
    from: query.from,
    to: query.to,
    areaId: query.areaId,
    page: 1,
    pageSize: HEAT_PAGE,
  };
  const first = await unitHeatmap(deps, ctx, heatQuery);
  const total = figures.length + first.total;
  let done = 0;

  const workbook = new ExcelJS.Workbook();
  const figureSheet = workbook.addWorksheet(t.figuresSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  figureSheet.addRow(t.figuresColumns).font = { bold: true };
  const sourceSheet = workbook.addWorksheet(t.sourcesSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sourceSheet.addRow(t.sourcesColumns).font = { bold: true };
  for (const f of figures) {
    figureSheet.addRow([f.group, f.label, f.value, f.measure, f.sources.length]);
    for (const s of f.sources) sourceSheet.addRow([f.label, s.type, s.id, s.label]);
    await progress?.(++done, total);
  }
  figureSheet.columns.forEach((c, i) => {
    c.width = [14, 28, 10, 10, 12][i];
  });
  sourceSheet.columns.forEach((c, i) => {
    c.width = [28, 18, 10, 60][i];
  });

  const heatSheet = workbook.addWorksheet(t.heatSheet, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  });
  heatSheet.addRow([...t.heatLead, ...first.columns.map((c) => c.label)]).font = { bold: true };
  let page = first;
  for (;;) {
    for (const row of page.rows) {
      const cells = page.columns.map((c) => {
        const cell = row.cells[c.key];
        if (!cell || cell.total === 0) return t.nothingDue;
        return cell.rate === null ? cell.value : `${cell.count}/${cell.total}（${cell.rate}%）`;
      });
      heatSheet.addRow([row.unitName, row.areaName ?? '', row.lag, ...cells]);
      await progress?.(++done, total);
    }
    if (page.page * page.pageSize >= page.total) break;
    page = await unitHeatmap(deps, ctx, { ...heatQuery, page: page.page + 1 });
  }
  heatSheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 28 : i === 1 ? 12 : 14;
  });
  // 考评类别对比 of the period's assessment, for those who may see assessment results.
  if (scopeFor(ctx.user.roles, 'assessments.results')) {
    const compared = await compareCategories(deps, ctx, {
      from: query.from,
      to: query.to,
      areaId: query.areaId,
    });
    if (compared.scheme) {
      const sheet = workbook.addWorksheet(t.categoriesSheet, { views: [{ state: 'frozen', ySplit: 2 }] });
      sheet.addRow([
        t.categoriesScheme(
          compared.scheme.name,
          zh.reports.web.schemeStatus[compared.scheme.status] ?? compared.scheme.status,
        ),
      ]);
      sheet.addRow(t.categoriesColumns).font = { bold: true };
      for (const c of compared.categories)
        sheet.addRow([
          c.category,
          c.units,
          c.scored,
          c.vetoed,
          c.average,
          c.highest === null ? null : `${c.highest}（${c.highestUnit ?? ''}）`,
          c.lowest === null ? null : `${c.lowest}（${c.lowestUnit ?? ''}）`,
          c.awards.map((a) => `${a.title}：${a.unitName}`).join('；'),
        ]);
      sheet.columns.forEach((c, i) => {
        c.width = [16, 8, 8, 8, 10, 28, 28, 40][i];
      });
    }
  }
  return { workbook, filename: t.file(periodName(query.from, query.to)), count: done };
}
