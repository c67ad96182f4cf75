import type { z } from 'zod';
import type {
  approveInput,
  awardInput,
  objectionInput,
  resolveInput,
} from '../../../../common/assessments.js';
import { zh } from '../../../../common/locale/index.js';
import type { Executor } from '../../../db/connection.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../../platform/errors.js';
import { presentAwardHead } from '../presenters.js';
import * as aq from '../queries/awards.js';
import { loadScheme } from './access.js';
import { computeScheme } from './results.js';

const E = zh.assessments.errors;
const statusName = (s: string) => zh.assessments.awardStatuses[s] ?? s;
const PUBLIC_STATUSES = ['publicity', 'final'];

async function present(db: Executor, rows: aq.AwardRow[], withObjections: boolean) {
  const ids = rows.map((r) => r.id);
  const [entries, objections] = await Promise.all([
    aq.findEntries(db, ids),
    withObjections ? aq.findObjections(db, ids) : Promise.resolve([]),
  ]);
  return rows.map((row) => ({
    ...presentAwardHead(row),
    entries: entries
      .filter((e) => e.awardId === row.id)
      .map((e) => ({
        unitId: e.unitId,
        unitName: e.unitName,
        category: e.category,
        rank: e.rank,
        total: Number(e.total),
        withdrawn: e.withdrawn === 1,
        withdrawnReason: e.withdrawnReason,
      })),
    objections: objections
      .filter((o) => o.awardId === row.id)
      .map((o) => ({
        id: o.id,
        unitId: o.unitId,
        unitName: o.unitName,
        content: o.content,
        raisedBy: o.raisedBy,
        receivedOn: o.receivedOn,
        status: o.status as 'open' | 'upheld' | 'dismissed',
        resolution: o.resolution,
        resolvedAt: o.resolvedAt,
      })),
  }));
}

export async function listAwards(deps: Deps, ctx: RequestContext, schemeId: number) {
  await loadScheme(deps.db, ctx, schemeId);
  let rows = await aq.findAwards(deps.db, ctx.user.tenantId, schemeId);
  if (ctx.scope !== 'tenant') rows = rows.filter((r) => PUBLIC_STATUSES.includes(r.status));
  return present(deps.db, rows, ctx.scope === 'tenant');
}

/** Loads an award the caller may reach (via its scheme); units see it only once it is public. */
export async function loadAward(db: Executor, ctx: RequestContext, id: number) {
  const row = await aq.findAwardById(db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  await loadScheme(db, ctx, row.schemeId);
  if (ctx.scope !== 'tenant' && !PUBLIC_STATUSES.includes(row.status)) throw notFound();
  return row;
}

export async function getAward(deps: Deps, ctx: RequestContext, id: number) {
  const row = await loadAward(deps.db, ctx, id);
  return (await present(deps.db, [row], ctx.scope === 'tenant'))[0];
}

/** Nominates the top N of each category (by rank; ties at the boundary all go in), never a vetoed or incomplete unit. */
export function nominate(
  deps: Deps,
  ctx: RequestContext,
  schemeId: number,
  input: z.infer<typeof awardInput>,
) {
  return mutate(deps.db, ctx, 'assessments.award.nominate', async (trx, audit) => {
    const scheme = await loadScheme(trx, ctx, schemeId);
    if (scheme.status !== 'published') throw conflict(E.awardNeedsPublished);
    const { categories } = await computeScheme(trx, scheme);
    const picked = categories.flatMap((c) =>
      c.rows.filter((r) => !r.vetoed && r.complete && r.rank !== null && r.rank <= input.topN),
    );
    if (!picked.length) throw conflict(E.awardNoCandidates);
    const now = clock.nowIso();
    const id = await aq.insertAward(trx, {
      tenantId: ctx.user.tenantId,
      schemeId,
      title: input.title,
      topN: input.topN,
      publicityDays: input.publicityDays,
      status: 'nominated',
      publicityStart: null,
      publicityEnd: null,
      approvedBy: null,
      approvedAt: null,
      decisionNote: null,
      finalisedAt: null,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    });
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
      detail: { schemeId, ...input, units: picked.map((r) => r.unitId) },
    });
    return { id };
  });
}

/** The committee leader approves (公示 starts now and runs for the set number of days) or sends back. */
export function decide(deps: Deps, ctx: RequestContext, id: number, input: z.infer<typeof approveInput>) {
  return mutate(deps.db, ctx, 'assessments.award.decide', async (trx, audit) => {
    const award = await loadAward(trx, ctx, id);
    if (award.status !== 'nominated') throw conflict(E.awardWrongStatus(statusName(award.status)));
    const now = clock.now();
    const values =
      input.decision === 'approve'
        ? {
            status: 'publicity',
            publicityStart: now.toISOString(),
            publicityEnd: new Date(now.getTime() + award.publicityDays * 86_400_000).toISOString(),
          }
        : { status: 'rejected' };
    const ok = await aq.updateAward(trx, id, input.version, {
      ...values,
      approvedBy: ctx.user.id,
      approvedAt: now.toISOString(),
      decisionNote: input.note,
      updatedAt: now.toISOString(),
    });
    if (!ok) throw conflict();
    Object.assign(audit, { objectType: 'assessment_award', objectId: id, detail: input });
    return { id };
  });
}

export function recordObjection(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof objectionInput>,
) {
  return mutate(deps.db, ctx, 'assessments.award.objection', async (trx, audit) => {
    const award = await loadAward(trx, ctx, id);
    if (award.status !== 'publicity') throw conflict(E.awardWrongStatus(statusName(award.status)));
    const entries = await aq.findEntries(trx, [id]);
    if (!entries.some((e) => e.unitId === input.unitId && e.withdrawn === 0))
      throw fieldError('unitId', E.unitNotNominated);
    const objectionId = await aq.insertObjection(trx, {
      tenantId: ctx.user.tenantId,
      awardId: id,
      ...input,
      recordedBy: ctx.user.id,
      createdAt: clock.nowIso(),
    });
    Object.assign(audit, {
      objectType: 'assessment_objection',
      objectId: objectionId,
      detail: { awardId: id, ...input },
    });
    return { id: objectionId };
  });
}

/** An upheld objection withdraws the unit from the list; a dismissed one leaves it. */
export function resolveObjection(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  objectionId: number,
  input: z.infer<typeof resolveInput>,
) {
  return mutate(deps.db, ctx, 'assessments.award.resolve', async (trx, audit) => {
    const award = await loadAward(trx, ctx, id);
    if (award.status !== 'publicity') throw conflict(E.awardWrongStatus(statusName(award.status)));
    const objection = await aq.findObjectionById(trx, id, objectionId);
    if (!objection) throw notFound();
    const ok = await aq.resolveObjection(trx, objectionId, {
      status: input.decision,
      resolution: input.resolution,
      resolvedBy: ctx.user.id,
      resolvedAt: clock.nowIso(),
    });
    if (!ok) throw conflict(E.objectionResolved);
    if (input.decision === 'upheld') await aq.withdrawEntry(trx, id, objection.unitId, input.resolution);
    await aq.updateAward(trx, id, null, { updatedAt: clock.nowIso() });
    Object.assign(audit, {
      objectType: 'assessment_objection',
      objectId: objectionId,
      detail: { awardId: id, ...input },
    });
    return { id: objectionId };
  });
}

/** After the 公示 period (by the clock) and with every objection handled, the list becomes final. */
export function finalise(deps: Deps, ctx: RequestContext, id: number, version: number) {
  return mutate(deps.db, ctx, 'assessments.award.finalise', async (trx, audit) => {
    const award = await loadAward(trx, ctx, id);
    if (award.status !== 'publicity') throw conflict(E.awardWrongStatus(statusName(award.status)));
    const end = award.publicityEnd ?? '';
    if (clock.nowIso() < end) throw conflict(E.publicityNotOver(shanghaiDate(new Date(end))));
    const open = (await aq.findObjections(trx, [id])).filter((o) => o.status === 'open').length;
    if (open) throw conflict(E.openObjections(open));
    const now = clock.nowIso();
    if (!(await aq.updateAward(trx, id, version, { status: 'final', finalisedAt: now, updatedAt: now })))
      throw conflict();
    Object.assign(audit, { objectType: 'assessment_award', objectId: id, detail: { status: 'final' } });
    return { id };
  });
}
