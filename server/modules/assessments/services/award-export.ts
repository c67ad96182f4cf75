import { zh } from '../../../../common/locale/index.js';
import { shanghaiDate } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict } from '../../../platform/errors.js';
import { buildAwardDocx, chineseDate } from '../docx.js';
import * as aq from '../queries/awards.js';
import { getAward, loadAward } from './awards.js';

const A = zh.assessments.award;

/** The award list as a Word document: the final list, or the list under 公示 (titled as such). */
export async function exportAward(deps: Deps, ctx: RequestContext, id: number) {
  const row = await loadAward(deps.db, ctx, id);
  if (row.status !== 'final' && row.status !== 'publicity')
    throw conflict(
      zh.assessments.errors.awardWrongStatus(zh.assessments.awardStatuses[row.status] ?? row.status),
    );
  const award = await getAward(deps, ctx, id);
  const final = row.status === 'final';
  const kept = award.entries.filter((e) => !e.withdrawn);
  const categories = [...new Set(kept.map((e) => e.category))].map((category) => ({
    category,
    units: kept.filter((e) => e.category === category).map((e) => e.unitName),
  }));
  const date = final ? (row.finalisedAt ?? row.updatedAt) : (row.publicityStart ?? row.updatedAt);
  const title = final
    ? A.docTitle(row.schemeYear, row.title)
    : A.docPublicityTitle(row.schemeYear, row.title);
  const buffer = await buildAwardDocx({
    title,
    intro: final
      ? A.docIntro(row.schemeName)
      : A.docPublicityIntro(
          row.schemeName,
          chineseDate(shanghaiDate(new Date(row.publicityStart ?? ''))),
          chineseDate(shanghaiDate(new Date(row.publicityEnd ?? ''))),
        ),
    categories,
    signer: await aq.findTenantName(deps.db, ctx.user.tenantId),
    date: chineseDate(shanghaiDate(new Date(date))),
  });
  return { buffer, filename: A.fileName(title) };
}
