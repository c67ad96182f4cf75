import type { z } from 'zod';
import type {
  bodyInput,
  bodyUpdate,
  IndicatorInput,
  indicatorUpdate,
} from '../../../../common/assessments.js';
import { zh } from '../../../../common/locale/index.js';
import type { Executor } from '../../../db/connection.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../../platform/errors.js';
import { INSPECTION_GRADE_SOURCE } from '../prefill/grades.js';
import { recordSource } from '../prefill/registry.js';
import * as q from '../queries/schemes.js';
import { assertDraft, loadScheme } from './access.js';

const E = zh.assessments.errors;
const BUSINESS_ROLES = ['committee_leader', 'committee_staff', 'efficiency_evaluator'];

async function checkMembers(db: Executor, tenantId: number, ids: number[]) {
  const unique = [...new Set(ids)];
  const users = await q.findUsersInTenant(db, tenantId, unique);
  const ok = users.filter((u) => BUSINESS_ROLES.some((r) => parseRoles(u.roles).includes(r)));
  if (ok.length !== unique.length) throw fieldError('memberIds', E.memberNotFound);
  return unique;
}

function parseRoles(roles: unknown): string[] {
  if (Array.isArray(roles)) return roles as string[];
  try {
    return JSON.parse(String(roles)) as string[];
  } catch {
    return String(roles).split(',');
  }
}

/** Loads a draft scheme for a structure edit (409 with a clear message once scoring has started). */
async function draftScheme(trx: Executor, ctx: RequestContext, schemeId: number) {
  const scheme = await loadScheme(trx, ctx, schemeId);
  assertDraft(scheme);
  return scheme;
}

export function createBody(
  deps: Deps,
  ctx: RequestContext,
  schemeId: number,
  input: z.infer<typeof bodyInput>,
) {
  return mutate(deps.db, ctx, 'assessments.body.create', async (trx, audit) => {
    await draftScheme(trx, ctx, schemeId);
    const memberIds = await checkMembers(trx, ctx.user.tenantId, input.memberIds);
    const now = clock.nowIso();
    const id = await q.insertBody(trx, {
      tenantId: ctx.user.tenantId,
      schemeId,
      name: input.name,
      weight: input.weight,
      sort: input.sort,
      createdAt: now,
      updatedAt: now,
    });
    await q.replaceMembers(trx, ctx.user.tenantId, schemeId, id, memberIds);
    await q.touchScheme(trx, schemeId, now);
    Object.assign(audit, { objectType: 'assessment_body', objectId: id, detail: { schemeId, ...input } });
    return { id };
  });
}

async function bodyOf(trx: Executor, schemeId: number, bodyId: number) {
  const body = (await q.findBodies(trx, schemeId)).find((b) => b.id === bodyId);
  if (!body) throw notFound();
  return body;
}

export function updateBody(
  deps: Deps,
  ctx: RequestContext,
  schemeId: number,
  bodyId: number,
  input: z.infer<typeof bodyUpdate>,
) {
  return mutate(deps.db, ctx, 'assessments.body.update', async (trx, audit) => {
    await draftScheme(trx, ctx, schemeId);
    await bodyOf(trx, schemeId, bodyId);
    const memberIds = await checkMembers(trx, ctx.user.tenantId, input.memberIds);
    const now = clock.nowIso();
    const { version, memberIds: _m, ...values } = input;
    if (!(await q.updateBody(trx, bodyId, version, { ...values, updatedAt: now }))) throw conflict();
    await q.replaceMembers(trx, ctx.user.tenantId, schemeId, bodyId, memberIds);
    await q.touchScheme(trx, schemeId, now);
    Object.assign(audit, { objectType: 'assessment_body', objectId: bodyId, detail: { schemeId, ...input } });
    return { id: bodyId };
  });
}

export function deleteBody(deps: Deps, ctx: RequestContext, schemeId: number, bodyId: number) {
  return mutate(deps.db, ctx, 'assessments.body.delete', async (trx, audit) => {
    await draftScheme(trx, ctx, schemeId);
    const body = await bodyOf(trx, schemeId, bodyId);
    if ((await q.findIndicators(trx, schemeId)).some((i) => i.bodyId === bodyId)) throw conflict(E.bodyInUse);
    await q.deleteBody(trx, bodyId);
    await q.touchScheme(trx, schemeId, clock.nowIso());
    Object.assign(audit, {
      objectType: 'assessment_body',
      objectId: bodyId,
      detail: { schemeId, name: body.name },
    });
  });
}

async function checkIndicator(trx: Executor, schemeId: number, input: IndicatorInput, selfId?: number) {
  const indicators = await q.findIndicators(trx, schemeId);
  if (input.parentId !== null) {
    const parent = indicators.find((i) => i.id === input.parentId);
    if (!parent || parent.parentId !== null || parent.id === selfId)
      throw fieldError('parentId', E.leafMustBeUnderLevel1);
    if (selfId && indicators.some((i) => i.parentId === selfId))
      throw fieldError('parentId', E.leafMustBeUnderLevel1);
  }
  if (input.bodyId !== null && !(await q.findBodies(trx, schemeId)).some((b) => b.id === input.bodyId))
    throw fieldError('bodyId', E.bodyNotInScheme);
  if (input.method === 'deduct' && !input.deductionPer) throw fieldError('deductionPer', E.deductNeedsPer);
  if (input.sourceKey) {
    const source = recordSource(input.sourceKey);
    if (!source) throw fieldError('sourceKey', E.sourceUnknown);
    if (source.yields === 'occurrences' && input.method !== 'deduct')
      throw fieldError('sourceKey', E.sourceMethod);
  }
  return {
    parentId: input.parentId,
    // A level-2 indicator is scored by its level-1 indicator's body.
    bodyId: input.parentId === null ? input.bodyId : null,
    name: input.name,
    maxPoints: input.maxPoints,
    method: input.method,
    deductionPer: input.method === 'deduct' ? input.deductionPer : null,
    deductionCap: input.method === 'deduct' ? input.deductionCap : null,
    ruleText: input.ruleText,
    sourceKey: input.sourceKey,
    gradeShares:
      input.sourceKey === INSPECTION_GRADE_SOURCE && input.gradeShares
        ? JSON.stringify(input.gradeShares)
        : null,
    sort: input.sort,
  };
}

export function createIndicator(deps: Deps, ctx: RequestContext, schemeId: number, input: IndicatorInput) {
  return mutate(deps.db, ctx, 'assessments.indicator.create', async (trx, audit) => {
    await draftScheme(trx, ctx, schemeId);
    const values = await checkIndicator(trx, schemeId, input);
    const now = clock.nowIso();
    const id = await q.insertIndicator(trx, {
      tenantId: ctx.user.tenantId,
      schemeId,
      ...values,
      createdAt: now,
      updatedAt: now,
    });
    await q.touchScheme(trx, schemeId, now);
    Object.assign(audit, {
      objectType: 'assessment_indicator',
      objectId: id,
      detail: { schemeId, ...values },
    });
    return { id };
  });
}

export function updateIndicator(
  deps: Deps,
  ctx: RequestContext,
  schemeId: number,
  indicatorId: number,
  input: z.infer<typeof indicatorUpdate>,
) {
  return mutate(deps.db, ctx, 'assessments.indicator.update', async (trx, audit) => {
    await draftScheme(trx, ctx, schemeId);
    if (!(await q.findIndicators(trx, schemeId)).some((i) => i.id === indicatorId)) throw notFound();
    const values = await checkIndicator(trx, schemeId, input, indicatorId);
    const now = clock.nowIso();
    if (!(await q.updateIndicator(trx, indicatorId, input.version, { ...values, updatedAt: now })))
      throw conflict();
    await q.touchScheme(trx, schemeId, now);
    Object.assign(audit, {
      objectType: 'assessment_indicator',
      objectId: indicatorId,
      detail: { schemeId, ...values },
    });
    return { id: indicatorId };
  });
}

export function deleteIndicator(deps: Deps, ctx: RequestContext, schemeId: number, indicatorId: number) {
  return mutate(deps.db, ctx, 'assessments.indicator.delete', async (trx, audit) => {
    await draftScheme(trx, ctx, schemeId);
    const indicators = await q.findIndicators(trx, schemeId);
    const target = indicators.find((i) => i.id === indicatorId);
    if (!target) throw notFound();
    if (indicators.some((i) => i.parentId === indicatorId)) throw conflict(E.hasChildren);
    await q.deleteIndicator(trx, indicatorId);
    await q.touchScheme(trx, schemeId, clock.nowIso());
    Object.assign(audit, {
      objectType: 'assessment_indicator',
      objectId: indicatorId,
      detail: { schemeId, name: target.name },
    });
  });
}

export async function listCandidates(deps: Deps, ctx: RequestContext) {
  return (await q.findCandidateMembers(deps.db, ctx.user.tenantId)).map((u) => ({
    id: u.id,
    displayName: u.displayName,
    roles: parseRoles(u.roles),
  }));
}
