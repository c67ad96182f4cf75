import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { zh } from '../../../../common/locale/index.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { safeCell, sendWorkbook } from '../../../platform/excel/index.js';
import * as q from '../queries/schemes.js';
import * as sq from '../queries/scoring.js';
import { loadScheme } from './access.js';

const B = zh.assessments.ballotLabels;
const I = zh.assessments.ballotImport;

/**
 * The ballot import template of a scheme: the header the import reads (单位名称 | 满意 | 基本满意 |
 * 不满意 | 不了解), one row per unit in scope with the counts already entered, so a filled-in copy
 * imports as it is.
 */
export async function sendBallotTemplate(
  deps: Deps,
  ctx: RequestContext,
  schemeId: number,
  reply: FastifyReply,
) {
  const scheme = await loadScheme(deps.db, ctx, schemeId);
  const [units, ballots] = await Promise.all([
    q.findSchemeUnits(deps.db, schemeId),
    sq.findBallots(deps.db, schemeId),
  ]);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(I.templateSheet);
  sheet.columns = [
    { header: I.unitColumn, key: 'unit', width: 36 },
    { header: B.satisfied, key: 'satisfied', width: 10 },
    { header: B.basic, key: 'basic', width: 10 },
    { header: B.unsatisfied, key: 'unsatisfied', width: 10 },
    { header: B.unknown, key: 'unknown', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const u of units) {
    const b = ballots.find((x) => x.unitId === u.unitId);
    sheet.addRow({
      unit: safeCell(u.name),
      satisfied: b?.satisfied ?? null,
      basic: b?.basic ?? null,
      unsatisfied: b?.unsatisfied ?? null,
      unknown: b?.unknown ?? null,
    });
  }
  return sendWorkbook(reply, workbook, I.templateFile(scheme.name));
}
