import type { z } from 'zod';
import type { reviewInput, reviewUpdate } from '../../../common/campaigns.js';
import type { Executor } from '../../db/connection.js';
import { mutate } from '../../platform/audit/service.js';
import { clock } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, notFound } from '../../platform/errors.js';
import { presentReview } from './presenters.js';
import * as q from './queries.js';
import { checkUnits, loadCampaign } from './service.js';

/** 点评会: date, chair, units praised and criticised, notes. */
export async function listReviews(deps: Deps, ctx: RequestContext, campaignId?: number) {
  return (await q.findReviews(deps.db, ctx.user.tenantId, campaignId)).map(presentReview);
}

export async function getReview(deps: Deps, ctx: RequestContext, id: number) {
  const row = await q.findReviewById(deps.db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  return presentReview(row);
}

async function columns(db: Executor, tenantId: number, input: z.infer<typeof reviewInput>) {
  await loadCampaign(db, tenantId, input.campaignId, 'campaignId');
  await checkUnits(db, tenantId, input.praisedUnitIds, 'praisedUnitIds');
  await checkUnits(db, tenantId, input.criticisedUnitIds, 'criticisedUnitIds');
  return {
    campaignId: input.campaignId,
    heldOn: input.heldOn,
    title: input.title,
    chair: input.chair,
    praisedUnitIds: JSON.stringify([...new Set(input.praisedUnitIds)]),
    criticisedUnitIds: JSON.stringify([...new Set(input.criticisedUnitIds)]),
    remarks: input.remarks,
  };
}

export function createReview(deps: Deps, ctx: RequestContext, input: z.infer<typeof reviewInput>) {
  return mutate(deps.db, ctx, 'workStyle.review.create', async (trx, audit) => {
    const values = await columns(trx, ctx.user.tenantId, input);
    const now = clock.nowIso();
    const id = await q.insertRow(trx, 'wsReviews', {
      tenantId: ctx.user.tenantId,
      ...values,
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, { objectType: 'reviewMeeting', objectId: id, detail: input });
    return { id };
  });
}

export function updateReview(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof reviewUpdate>,
) {
  return mutate(deps.db, ctx, 'workStyle.review.update', async (trx, audit) => {
    if (!(await q.findReviewById(trx, ctx.user.tenantId, id))) throw notFound();
    const values = await columns(trx, ctx.user.tenantId, input);
    if (!(await q.updateRow(trx, 'wsReviews', id, input.version, { ...values, updatedAt: clock.nowIso() })))
      throw conflict();
    Object.assign(audit, { objectType: 'reviewMeeting', objectId: id, detail: input });
    return { id };
  });
}
