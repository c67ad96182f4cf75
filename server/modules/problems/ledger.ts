import ExcelJS from 'exceljs';
import { zh } from '../../../common/locale/index.js';
import type { Problem, ProblemFilters } from '../../../common/problems.js';
import { dataScope } from '../../platform/access.js';
import { shanghaiDate } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { safeCell } from '../../platform/excel/index.js';
import type { ExportProgress } from '../../platform/exports/progress.js';
import * as q from './queries.js';
import { presentRows, whereOf } from './service.js';

const t = zh.workStyle;

/**
 * 问题清单 / 任务清单 / 责任清单 of the caller's reach, as the one workbook the committee files.
 * `progress` (export jobs) hears of each problem once its row is on all three sheets.
 */
export async function buildLedger(
  deps: Deps,
  ctx: RequestContext,
  filters: ProblemFilters,
  progress?: ExportProgress,
) {
  const rows = await q.findAllProblems(deps.db, dataScope(ctx), whereOf(ctx, filters));
  const problems = await presentRows(deps.db, ctx.user.tenantId, rows);
  const latest = await q.findLatestProgress(
    deps.db,
    problems.map((p) => p.id),
  );
  const workbook = new ExcelJS.Workbook();
  workbook.creator = zh.appName;
  const day = (iso: string | null) => (iso ? shanghaiDate(new Date(iso)) : '');
  const status = (p: Problem) => t.statuses[p.status];
  const deadline = (p: Problem) => (p.deadlineType ? t.deadlineTypes[p.deadlineType] : '');
  const sheets = [
    addSheet(
      workbook,
      t.ledger.problemSheet,
      t.ledger.problemHeaders,
      [60, 110, 90, 90, 200, 80, 60, 420, 80, 60],
      (p, i) => [
        i + 1,
        p.code,
        p.foundOn,
        p.sourceLabel ? `${t.sourceTypes[p.sourceType]}：${p.sourceLabel}` : t.sourceTypes[p.sourceType],
        p.unitName,
        p.categoryName,
        t.severities[p.severity],
        p.description,
        status(p),
        p.overdue ? zh.web.common.yes : zh.web.common.no,
      ],
    ),
    addSheet(
      workbook,
      t.ledger.taskSheet,
      t.ledger.taskHeaders,
      [60, 110, 200, 380, 80, 90, 300, 80, 90, 90],
      (p, i) => [
        i + 1,
        p.code,
        p.unitName,
        p.measures ?? '',
        deadline(p),
        p.deadlineOn ?? '',
        latest.get(p.id) ?? '',
        status(p),
        day(p.verifiedAt),
        day(p.closedAt),
      ],
    ),
    addSheet(
      workbook,
      t.ledger.responsibilitySheet,
      t.ledger.responsibilityHeaders,
      [60, 110, 200, 100, 100, 80, 90, 70, 80],
      (p, i) => [
        i + 1,
        p.code,
        p.unitName,
        p.responsibleLeader ?? '',
        p.responsiblePerson ?? '',
        deadline(p),
        p.deadlineOn ?? '',
        p.reminderCount,
        status(p),
      ],
    ),
  ];
  await progress?.(0, problems.length);
  for (const [i, p] of problems.entries()) {
    for (const sheet of sheets) sheet.add(p, i);
    await progress?.(i + 1, problems.length);
  }
  for (const sheet of sheets) sheet.finish();
  return { workbook, filename: t.ledger.file(shanghaiDate()), count: problems.length };
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  headers: readonly string[],
  widthsPx: number[],
  cells: (p: Problem, i: number) => (string | number)[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = headers.map((_h, i) => ({ width: Math.round((widthsPx[i] ?? 100) / 7) }));
  sheet.mergeCells(1, 1, 1, headers.length);
  const title = sheet.getCell(1, 1);
  title.value = `${t.ledger.title}（${name}）`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const head = sheet.getRow(2);
  headers.forEach((h, i) => {
    const cell = head.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
  });
  return {
    add(p: Problem, i: number) {
      const row = sheet.addRow(cells(p, i).map((v) => safeCell(v)));
      row.alignment = { vertical: 'top', wrapText: true };
    },
    finish() {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cell.border = {
            top: { style: 'thin' },
            left: { style: 'thin' },
            bottom: { style: 'thin' },
            right: { style: 'thin' },
          };
        }),
      );
    },
  };
}
