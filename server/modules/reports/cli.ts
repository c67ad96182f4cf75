import fs from 'node:fs';
import { zh } from '../../../common/locale/index.js';
import { periodQuery } from '../../../common/reports.js';
import type { Deps } from '../../platform/deps.js';
import { composeDraft, draftText, summaryDocx } from './summary/service.js';

/**
 * `summary --from YYYY-MM-DD --to YYYY-MM-DD [--tenant ID] [--json] [--out FILE]`: drafts the
 * summary of a period from the database's records. With --json it prints one JSON object
 * { text, figures: [{ key, label, value, sources: [{ type, id }] }] }; otherwise it writes the Word file.
 */
export async function summaryCommand(
  deps: Deps,
  options: Record<string, string | true>,
  tenantId: number,
  print: (s: string) => void,
): Promise<number> {
  const parsed = periodQuery.safeParse({ from: options.from, to: options.to });
  if (!parsed.success) {
    print(zh.cli.failed(zh.reports.cli.badPeriod));
    return 1;
  }
  const period = { from: parsed.data.from, to: parsed.data.to };
  const draft = await composeDraft(deps.db, { tenantId, unitIds: null, areaIds: null }, period);
  if (options.json === true) {
    print(
      JSON.stringify({
        text: draftText(draft),
        figures: draft.figures.map((f) => ({
          key: f.key,
          label: f.label,
          value: f.value,
          sources: f.sources.map((s) => ({ type: s.type, id: s.id })),
        })),
      }),
    );
    return 0;
  }
  const out = typeof options.out === 'string' ? options.out : `${draft.title}.docx`;
  fs.writeFileSync(out, await summaryDocx(draft));
  print(zh.reports.cli.written(out));
  return 0;
}
