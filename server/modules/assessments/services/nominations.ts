import type { z } from 'zod';
import type { AwardUpdate } from '../../../../common/assessments.js';
import { AWARD_EDITABLE, type AwardStatus, type awardWithdrawInput } from '../../../../common/assessments.js';
import { zh } from '../../../../common/locale/index.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, fieldError } from '../../../platform/errors.js';
import * as aq from '../queries/awards.js';
import { loadScheme } from './access.js';
import { loadAward } from './awards.js';
import { computeScheme } from './results.js';

const E = zh.assessments.errors;
const statusName = (s: string) => zh.assessments.awardStatuses[s] ?? s;

function assertEditable(status: string) {
  if (!AWARD_EDITABLE.includes(status as AwardStatus)) throw conflict(E.awardWrongStatus(statusName(status)));
}

/**
 * Changes a nomination before the leader approves it: title, 公示 days and the nominated units (any
 * ranked unit of the scheme that is fully scored and not vetoed). A returned (已退回) award edited
 * this way goes back to the leader as 待领导审批, the earlier decision note kept in the audit trail.
 */
export function updateNomination(deps: Deps, ctx: RequestContext, id: number, input: AwardUpdate) {
  return mutate(deps.db, ctx, 'assessments.award.update', async (trx, audit) => {
    const award = await loadAward(trx, ctx, id);
    assertEditable(award.status);
    const scheme = await loadScheme(trx, ctx, award.schemeId);
    const rows = (await computeScheme(trx, scheme)).categories.flatMap((c) => c.rows);
    const unitIds = [...new Set(input.unitIds)];
    const picked = [];
    for (const [index, unitId] of unitIds.entries()) {
      const row = rows.find((r) => r.unitId === unitId);
      if (!row) throw fieldError(`unitIds.${index}`, E.unitNotInScheme);
      if (row.vetoed || !row.complete || row.rank === null)
        throw fieldError(`unitIds.${index}`, E.unitNotEligible(row.unitName));
      picked.push(row);
    }
    const before = (await aq.findEntries(trx, [id])).map((e) => e.unitId);
    const now = clock.nowIso();
    const ok = await aq.updateAward(trx, id, input.version, {
      title: input.title,
      publicityDays: input.publicityDays,
      status: 'nominated',
      approvedBy: null,
      approvedAt: null,
      updatedAt: now,
    });
    if (!ok) throw conflict();
    await aq.deleteEntries(trx, id);
    await aq.insertEntries(
      trx,
      picked.map((r) => ({
        tenantId: ctx.user.tenantId,
        awardId: id,
        unitId: r.unitId,
        category: r.category,
        rank: r.rank ?? 0,
        total: r.total,
      })),
    );
    Object.assign(audit, {
      objectType: 'assessment_award',
      objectId: id,
      detail: {
        from: { status: award.status, title: award.title, publicityDays: award.publicityDays, units: before },
        to: { status: 'nominated', title: input.title, publicityDays: input.publicityDays, units: unitIds },
      },
    });
    return { id };
  });
}

/** Withdraws a nomination that has not gone to 公示 (待领导审批 or 已退回); it stays on record as 已撤回. */
export function withdrawNomination(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof awardWithdrawInput>,
) {
  return mutate(deps.db, ctx, 'assessments.award.withdraw', async (trx, audit) => {
    const award = await loadAward(trx, ctx, id);
    assertEditable(award.status);
    const now = clock.nowIso();
    const ok = await aq.updateAward(trx, id, input.version, {
      status: 'withdrawn',
      decisionNote: input.reason ?? award.decisionNote,
      updatedAt: now,
    });
    if (!ok) throw conflict();
    Object.assign(audit, {
      objectType: 'assessment_award',
      objectId: id,
      detail: { from: award.status, to: 'withdrawn', reason: input.reason },
    });
    return { id };
  });
}
