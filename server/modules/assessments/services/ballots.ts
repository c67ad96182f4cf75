import type { z } from 'zod';
import type { BallotRow, vetoInput } from '../../../../common/assessments.js';
import { zh } from '../../../../common/locale/index.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, fieldError } from '../../../platform/errors.js';
import * as q from '../queries/schemes.js';
import * as sq from '../queries/scoring.js';
import { assertScoring, loadScheme } from './access.js';

const E = zh.assessments.errors;

export async function listBallots(deps: Deps, ctx: RequestContext, schemeId: number) {
  await loadScheme(deps.db, ctx, schemeId);
  return (await sq.findBallots(deps.db, schemeId)).map((b) => ({
    unitId: b.unitId,
    satisfied: b.satisfied,
    basic: b.basic,
    unsatisfied: b.unsatisfied,
    unknown: b.unknown,
    version: b.version,
  }));
}

/**
 * Enters ballot counts per unit (bulk form or an imported sheet): all rows or none, each row
 * naming a unit of the scheme. Entering the same counts again changes nothing but the audit trail.
 */
export function saveBallots(
  deps: Deps,
  ctx: RequestContext,
  schemeId: number,
  items: BallotRow[],
  via: 'form' | 'import',
) {
  return mutate(deps.db, ctx, 'assessments.ballots.save', async (trx, audit) => {
    const scheme = await loadScheme(trx, ctx, schemeId);
    assertScoring(scheme);
    if (scheme.ballotEnabled !== 1) throw conflict(E.ballotsDisabled);
    const inScheme = new Set((await q.findSchemeUnits(trx, schemeId)).map((u) => u.unitId));
    const seen = new Set<number>();
    items.forEach((item, i) => {
      if (!inScheme.has(item.unitId) || seen.has(item.unitId))
        throw fieldError(`items.${i}.unitId`, E.unitNotInScheme);
      seen.add(item.unitId);
    });
    const now = clock.nowIso();
    for (const item of items)
      await sq.upsertBallot(
        trx,
        { tenantId: ctx.user.tenantId, schemeId, ...item, enteredBy: ctx.user.id },
        now,
      );
    Object.assign(audit, { objectType: 'assessment_scheme', objectId: schemeId, detail: { via, items } });
    return { saved: items.length };
  });
}

export async function listVetoes(deps: Deps, ctx: RequestContext, schemeId: number) {
  await loadScheme(deps.db, ctx, schemeId);
  return (await sq.findVetoes(deps.db, schemeId)).map(({ id: _id, ...v }) => v);
}

function assertNotPublished(status: string) {
  if (status === 'published') throw conflict(E.alreadyPublished);
}

export function addVeto(deps: Deps, ctx: RequestContext, schemeId: number, input: z.infer<typeof vetoInput>) {
  return mutate(deps.db, ctx, 'assessments.veto.add', async (trx, audit) => {
    const scheme = await loadScheme(trx, ctx, schemeId);
    assertNotPublished(scheme.status);
    if (!(await q.findSchemeUnits(trx, schemeId)).some((u) => u.unitId === input.unitId))
      throw fieldError('unitId', E.unitNotInScheme);
    if ((await sq.findVetoes(trx, schemeId, [input.unitId])).length) throw conflict(E.vetoExists);
    const id = await sq.insertVeto(trx, {
      tenantId: ctx.user.tenantId,
      schemeId,
      unitId: input.unitId,
      reason: input.reason,
      createdBy: ctx.user.id,
      createdAt: clock.nowIso(),
    });
    Object.assign(audit, { objectType: 'assessment_veto', objectId: id, detail: { schemeId, ...input } });
    return { id };
  });
}

export function removeVeto(deps: Deps, ctx: RequestContext, schemeId: number, unitId: number) {
  return mutate(deps.db, ctx, 'assessments.veto.remove', async (trx, audit) => {
    const scheme = await loadScheme(trx, ctx, schemeId);
    assertNotPublished(scheme.status);
    if (!(await sq.deleteVeto(trx, schemeId, unitId))) throw conflict(E.vetoNotFound);
    Object.assign(audit, { objectType: 'assessment_veto', objectId: null, detail: { schemeId, unitId } });
  });
}
