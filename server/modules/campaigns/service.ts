import type { z } from 'zod';
import type { CampaignInput, CampaignListQuery, campaignUpdate } from '../../../common/campaigns.js';
import { zh } from '../../../common/locale/index.js';
import type { Executor } from '../../db/connection.js';
import { mutate } from '../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { badRequest, conflict, fieldError, notFound } from '../../platform/errors.js';
import { presentCampaign } from './presenters.js';
import * as q from './queries.js';

const e = zh.workStyle.errors;

/**
 * Campaigns, teams and review meetings are committee-wide records: every business role of the
 * tenant reads them (the query keeps them inside the tenant); only committee staff change them.
 */
export async function listCampaigns(deps: Deps, ctx: RequestContext, query: CampaignListQuery) {
  const { rows, total } = await q.findCampaigns(deps.db, ctx.user.tenantId, query);
  const today = shanghaiDate();
  return {
    items: rows.map((r) => presentCampaign(r, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function loadCampaign(db: Executor, tenantId: number, id: number, field?: string) {
  const row = await q.findCampaignById(db, tenantId, id);
  if (!row) throw field ? fieldError(field, e.campaignNotFound) : notFound();
  return row;
}

export async function getCampaign(deps: Deps, ctx: RequestContext, id: number) {
  return presentCampaign(await loadCampaign(deps.db, ctx.user.tenantId, id), shanghaiDate());
}

export async function checkUnits(db: Executor, tenantId: number, ids: number[], field: string) {
  const unique = [...new Set(ids)];
  const found = await q.findUnitsByIds(db, tenantId, unique);
  if (found.length !== unique.length) throw fieldError(field, e.unitNotFound);
  return found;
}

/** A field of the i-th phase: the message names the phase (「活动阶段第2项」), the field path the input. */
function phaseError(i: number, field: string, message: string) {
  return badRequest(`${zh.errors.fieldPrefix(zh.workStyle.phaseAt(i + 1))}${message}`, [
    { field: `phases.${i}.${field}`, message },
  ]);
}

async function checkCampaign(db: Executor, tenantId: number, input: CampaignInput) {
  if (input.endOn < input.startOn) throw fieldError('endOn', e.endBeforeStart);
  const seen = new Set<string>();
  for (const [i, p] of input.phases.entries()) {
    if (seen.has(p.key)) throw phaseError(i, 'key', e.phaseDuplicate);
    seen.add(p.key);
    if (p.endOn < p.startOn) throw phaseError(i, 'endOn', e.endBeforeStart);
    if (p.startOn < input.startOn || p.endOn > input.endOn) throw phaseError(i, 'startOn', e.phaseOutside);
  }
  await checkUnits(db, tenantId, input.scopeUnitIds, 'scopeUnitIds');
}

function columns(input: CampaignInput) {
  return {
    year: input.year,
    name: input.name,
    startOn: input.startOn,
    endOn: input.endOn,
    phases: JSON.stringify([...input.phases].sort((a, b) => a.startOn.localeCompare(b.startOn))),
    documents: JSON.stringify(input.documents),
    scopeUnitIds: JSON.stringify([...new Set(input.scopeUnitIds)]),
    remarks: input.remarks,
  };
}

export function createCampaign(deps: Deps, ctx: RequestContext, input: CampaignInput) {
  return mutate(deps.db, ctx, 'workStyle.campaign.create', async (trx, audit) => {
    await checkCampaign(trx, ctx.user.tenantId, input);
    const now = clock.nowIso();
    const id = await q.insertRow(trx, 'wsCampaigns', {
      tenantId: ctx.user.tenantId,
      ...columns(input),
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, { objectType: 'campaign', objectId: id, detail: input });
    return { id };
  });
}

export function updateCampaign(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof campaignUpdate>,
) {
  return mutate(deps.db, ctx, 'workStyle.campaign.update', async (trx, audit) => {
    await loadCampaign(trx, ctx.user.tenantId, id);
    await checkCampaign(trx, ctx.user.tenantId, input);
    const ok = await q.updateRow(trx, 'wsCampaigns', id, input.version, {
      ...columns(input),
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    Object.assign(audit, { objectType: 'campaign', objectId: id, detail: input });
    return { id };
  });
}
