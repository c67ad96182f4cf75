import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type {
  Grade,
  ItemKind,
  RankingRow,
  RegisterQuery,
  RegisterRow,
} from '../../../../common/inspections.js';
import { daysBetween } from '../../../../common/inspections.js';
import { zh } from '../../../../common/locale/index.js';
import { dataScope } from '../../../platform/access.js';
import { shanghaiDate } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { fieldError } from '../../../platform/errors.js';
import { safeCell, sendWorkbook } from '../../../platform/excel/index.js';
import type { ExportProgress } from '../../../platform/exports/progress.js';
import { plannedSessions, sessionsInspected } from '../figures-queries.js';
import { parseJson } from '../presenters.js';
import * as gq from '../queries/registers.js';
import { rankingScore, type Timeliness } from '../rules.js';

const t = zh.inspections;
const EXPORT_LIMIT = 20_000;

export async function listRegister(deps: Deps, ctx: RequestContext, kind: ItemKind, query: RegisterQuery) {
  const { rows, total } = await gq.findRegister(deps.db, dataScope(ctx), kind, query);
  return {
    items: rows.map((r) => ({ ...r, itemCategory: r.itemCategory as RegisterRow['itemCategory'] })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The register as a workbook (same filters and scope as the list; text cells neutralised by safeCell). */
export async function buildRegisterWorkbook(
  deps: Deps,
  ctx: RequestContext,
  kind: ItemKind,
  query: RegisterQuery,
  progress?: ExportProgress,
) {
  const rows = await gq.findRegisterForExport(deps.db, dataScope(ctx), kind, query, EXPORT_LIMIT);
  await progress?.(0, rows.length);
  const kindName = t.itemKinds[kind];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(kindName);
  sheet.addRow(t.excel.columns);
  sheet.getRow(1).font = { bold: true };
  for (const [i, r] of rows.entries()) {
    sheet.addRow(
      [
        i + 1,
        r.year,
        r.areaName ?? '',
        r.unitName,
        r.inspectedOn ?? '',
        t.categories[r.itemCategory],
        r.content,
      ].map(safeCell),
    );
    await progress?.(i + 1, rows.length);
  }
  for (const [i, width] of [6, 8, 12, 28, 12, 12, 80].entries()) sheet.getColumn(i + 1).width = width;
  sheet.getColumn(7).alignment = { wrapText: true, vertical: 'top' };
  return { workbook, filename: t.excel.file(kindName, shanghaiDate()), count: rows.length };
}

export async function exportRegister(
  deps: Deps,
  ctx: RequestContext,
  kind: ItemKind,
  query: RegisterQuery,
  reply: FastifyReply,
) {
  const { workbook, filename } = await buildRegisterWorkbook(deps, ctx, kind, query);
  return sendWorkbook(reply, workbook, filename);
}

/** Ranking of the central groups inspected in a year, from their records (formula in rules.ts, shown on the page). */
export async function ranking(deps: Deps, ctx: RequestContext, year: number): Promise<RankingRow[]> {
  const inputs = await gq.findRankingInputs(deps.db, dataScope(ctx), year);
  const scored = inputs.map((r) => {
    const timeliness: Timeliness =
      r.firstStudyPlanId === null ? 'missing' : r.firstLate === 1 ? 'late' : 'onTime';
    const practices = Number(r.practices ?? 0);
    const shortcomings = Number(r.shortcomings ?? 0);
    const { base, total } = rankingScore({
      grade: r.grade as Grade | null,
      scores: parseJson(r.scores, []),
      practices,
      shortcomings,
      timeliness,
    });
    return {
      sessionId: r.sessionId,
      unitId: r.unitId,
      unitName: r.unitName,
      areaName: r.areaName,
      inspectedOn: r.inspectedOn,
      grade: r.grade as Grade | null,
      baseScore: base,
      practices,
      shortcomings,
      timeliness,
      total,
    };
  });
  scored.sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, 'zh'));
  let rank = 0;
  return scored.map((r, i) => {
    if (i === 0 || r.total !== scored[i - 1].total) rank = i + 1;
    return { rank, ...r };
  });
}

/** "已巡听 N / 计划 M" for a period: M = units on the issued plans of the years the period touches. */
export async function progress(deps: Deps, ctx: RequestContext, from: string, to: string, areaId?: number) {
  if (to < from) throw fieldError('to', t.errors.periodOrder);
  if (daysBetween(from, to) > 366 * 5) throw fieldError('to', t.errors.periodTooLong);
  const scope = dataScope(ctx);
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  const planned = await plannedSessions(deps.db, scope, years, areaId);
  const inspected = await sessionsInspected(deps.db, scope, from, to, areaId);
  const months = monthsBetween(from, to);
  return {
    from,
    to,
    planned: planned.length,
    inspected: inspected.count,
    byMonth: months.map((month) => ({
      month,
      planned: planned.filter((p) => `${p.year}-${String(p.plannedMonth).padStart(2, '0')}` === month).length,
      inspected: inspected.rows.filter((r) => r.inspectedOn.startsWith(month)).length,
    })),
  };
}

/** 'YYYY-MM' of every month from the month of `from` to the month of `to`. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (
    let key = `${y}-${String(m).padStart(2, '0')}`;
    key <= last;
    key = `${y}-${String(m).padStart(2, '0')}`
  ) {
    out.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
