import type { BallotRow } from '../../../../common/assessments.js';
import { zh } from '../../../../common/locale/index.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { readSheetRows, readWorkbook } from '../../../platform/excel/index.js';
import * as q from '../queries/schemes.js';
import { loadScheme } from './access.js';
import { saveBallots } from './ballots.js';

const I = zh.assessments.ballotImport;
const COUNT_COLUMNS = [
  ['satisfied', zh.assessments.ballotLabels.satisfied],
  ['basic', zh.assessments.ballotLabels.basic],
  ['unsatisfied', zh.assessments.ballotLabels.unsatisfied],
  ['unknown', zh.assessments.ballotLabels.unknown],
] as const;
const MAX_ROWS = 2000;

export interface RowError {
  row: number;
  column: string;
  message: string;
}

/**
 * Imports ballot counts from the first sheet (单位名称 | 满意 | 基本满意 | 不满意 | 不了解): every row
 * is checked first; with any error nothing is written and the row errors are returned. Importing the
 * same file twice leaves the same counts (the rows are set, not added).
 */
export async function importBallots(deps: Deps, ctx: RequestContext, schemeId: number, buffer: Buffer) {
  await loadScheme(deps.db, ctx, schemeId);
  const workbook = await readWorkbook(buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { saved: 0, errors: [{ row: 0, column: '', message: I.noSheet }] };
  const { headers, rows } = readSheetRows(sheet);
  const index = (name: string) => headers.findIndex((h) => h.replace(/\*/g, '').trim() === name);
  const errors: RowError[] = [];
  const unitCol = index(I.unitColumn);
  const cols = COUNT_COLUMNS.map(([key, label]) => ({ key, label, at: index(label) }));
  for (const c of [{ label: I.unitColumn, at: unitCol }, ...cols])
    if (c.at < 0) errors.push({ row: 1, column: c.label, message: I.columnMissing(c.label) });
  if (errors.length) return { saved: 0, errors };
  if (rows.length > MAX_ROWS)
    return { saved: 0, errors: [{ row: 0, column: '', message: I.tooManyRows(MAX_ROWS) }] };

  const units = await q.findSchemeUnits(deps.db, schemeId);
  const byName = new Map(units.map((u) => [u.name, u.unitId]));
  const seen = new Map<number, number>();
  const items: BallotRow[] = [];
  for (const r of rows) {
    if (r.formulaColumns.length) {
      errors.push({ row: r.row, column: headers[r.formulaColumns[0]] ?? '', message: zh.excel.formulaCell });
      continue;
    }
    const name = r.values[unitCol] ?? '';
    const unitId = byName.get(name);
    if (!unitId) errors.push({ row: r.row, column: I.unitColumn, message: I.unitUnknown(name) });
    else if (seen.has(unitId))
      errors.push({ row: r.row, column: I.unitColumn, message: I.duplicate(seen.get(unitId) ?? 0) });
    const counts: Record<string, number> = {};
    for (const c of cols) {
      const text = r.values[c.at] ?? '0';
      const n = Number(text);
      if (!/^\d+$/.test(text) || n > 100000)
        errors.push({ row: r.row, column: c.label, message: I.badCount });
      counts[c.key] = n;
    }
    if (unitId && !seen.has(unitId)) {
      seen.set(unitId, r.row);
      items.push({
        unitId,
        satisfied: counts.satisfied,
        basic: counts.basic,
        unsatisfied: counts.unsatisfied,
        unknown: counts.unknown,
      });
    }
  }
  if (!items.length && !errors.length) errors.push({ row: 0, column: '', message: I.empty });
  if (errors.length) return { saved: 0, errors };
  const { saved } = await saveBallots(deps, ctx, schemeId, items, 'import');
  return { saved, errors: [] };
}
