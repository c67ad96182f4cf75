import type { z } from 'zod';
import type {
  SchemeInput,
  SchemeListQuery,
  schemeUnitsInput,
  schemeUpdate,
} from '../../../../common/assessments.js';
import { zh } from '../../../../common/locale/index.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, fieldError } from '../../../platform/errors.js';
import { RECORD_SOURCES } from '../prefill/registry.js';
import { presentBody, presentIndicator, presentScheme } from '../presenters.js';
import * as q from '../queries/schemes.js';
import { assertDraft, loadScheme } from './access.js';

const E = zh.assessments.errors;

export async function listSchemes(deps: Deps, ctx: RequestContext, query: SchemeListQuery) {
  const { tenantId } = ctx.user;
  const filter: q.SchemeFilter =
    ctx.scope === 'tenant'
      ? { kind: 'tenant', tenantId }
      : ctx.scope === 'invited'
        ? { kind: 'member', tenantId, userId: ctx.user.id }
        : { kind: 'published-for-units', tenantId, unitIds: ctx.user.unitId ? [ctx.user.unitId] : [] };
  const { rows, total } = await q.findSchemes(deps.db, filter, query);
  return { items: rows.map(presentScheme), total, page: query.page, pageSize: query.pageSize };
}

export async function getScheme(deps: Deps, ctx: RequestContext, id: number) {
  const scheme = await loadScheme(deps.db, ctx, id);
  const [bodies, members, indicators, units, myBodyIds] = await Promise.all([
    q.findBodies(deps.db, id),
    q.findMembers(deps.db, id),
    q.findIndicators(deps.db, id),
    q.findSchemeUnits(deps.db, id),
    q.findMemberBodyIds(deps.db, id, ctx.user.id),
  ]);
  // An invited evaluator sees only the indicators of the bodies they belong to, and only themselves among members.
  const invited = ctx.scope === 'invited';
  const visibleIndicators = invited
    ? indicators.filter((i) => {
        const root = i.parentId === null ? i : indicators.find((p) => p.id === i.parentId);
        return root?.bodyId !== null && root?.bodyId !== undefined && myBodyIds.includes(root.bodyId);
      })
    : indicators;
  const visibleUnits = ctx.scope === 'unit' ? units.filter((u) => u.unitId === ctx.user.unitId) : units;
  return {
    ...presentScheme(scheme),
    bodies: bodies
      .filter((b) => !invited || myBodyIds.includes(b.id))
      .map((b) => presentBody(b, invited ? members.filter((m) => m.id === ctx.user.id) : members)),
    indicators: visibleIndicators.map(presentIndicator),
    units: visibleUnits.map((u) => ({ unitId: u.unitId, name: u.name, category: u.category })),
    myBodyIds,
    recordSources: RECORD_SOURCES.map((s) => ({ key: s.key, label: s.label, yields: s.yields })),
  };
}

function checkSchemeInput(input: SchemeInput) {
  if (input.periodEnd < input.periodStart) throw fieldError('periodEnd', E.periodOrder);
  if (input.ballotEnabled && (input.ballotWeight <= 0 || input.ballotWeight >= 100))
    throw fieldError('ballotWeight', E.ballotWeight);
}

function schemeValues(input: SchemeInput) {
  return {
    name: input.name,
    kind: input.kind,
    year: input.year,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    ballotEnabled: input.ballotEnabled ? 1 : 0,
    ballotWeight: input.ballotEnabled ? input.ballotWeight : 0,
    ballotValues: JSON.stringify(input.ballotValues),
  };
}

export function createScheme(deps: Deps, ctx: RequestContext, input: SchemeInput) {
  checkSchemeInput(input);
  return mutate(deps.db, ctx, 'assessments.scheme.create', async (trx, audit) => {
    const now = clock.nowIso();
    const id = await q.insertScheme(trx, {
      tenantId: ctx.user.tenantId,
      ...schemeValues(input),
      edition: 1,
      derivedFromId: null,
      status: 'draft',
      lockedAt: null,
      publishedAt: null,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, { objectType: 'assessment_scheme', objectId: id, detail: input });
    return { id };
  });
}

export function updateScheme(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof schemeUpdate>,
) {
  checkSchemeInput(input);
  return mutate(deps.db, ctx, 'assessments.scheme.update', async (trx, audit) => {
    const scheme = await loadScheme(trx, ctx, id);
    assertDraft(scheme);
    if (
      !(await q.updateScheme(trx, id, input.version, { ...schemeValues(input), updatedAt: clock.nowIso() }))
    )
      throw conflict();
    Object.assign(audit, { objectType: 'assessment_scheme', objectId: id, detail: input });
    return { id };
  });
}

export function setSchemeUnits(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof schemeUnitsInput>,
) {
  return mutate(deps.db, ctx, 'assessments.scheme.units', async (trx, audit) => {
    const scheme = await loadScheme(trx, ctx, id);
    assertDraft(scheme);
    const ids = [...new Set(input.unitIds)];
    const units = await q.findUnitsForScheme(trx, ctx.user.tenantId, ids);
    if (units.length !== ids.length) throw fieldError('unitIds', zh.orgs.unitNotFound);
    if (!(await q.updateScheme(trx, id, input.version, { updatedAt: clock.nowIso() }))) throw conflict();
    await q.replaceSchemeUnits(trx, ctx.user.tenantId, id, units);
    Object.assign(audit, { objectType: 'assessment_scheme', objectId: id, detail: { unitIds: ids } });
    return { id };
  });
}

/** Locks the scheme: checks that it can be scored, then opens scoring. */
export function startScoring(deps: Deps, ctx: RequestContext, id: number, version: number) {
  return mutate(deps.db, ctx, 'assessments.scheme.start', async (trx, audit) => {
    const scheme = await loadScheme(trx, ctx, id);
    if (scheme.status !== 'draft') throw conflict(E.notDraft);
    const [bodies, members, indicators, units] = await Promise.all([
      q.findBodies(trx, id),
      q.findMembers(trx, id),
      q.findIndicators(trx, id),
      q.findSchemeUnits(trx, id),
    ]);
    if (!bodies.length) throw conflict(E.noBodies);
    const sum = bodies.reduce((s, b) => s + Number(b.weight), 0);
    if (Math.abs(sum - 100) > 0.001) throw conflict(E.weightsNot100(sum));
    const empty = bodies.find((b) => !members.some((m) => m.bodyId === b.id));
    if (empty) throw conflict(E.noMembers(empty.name));
    const roots = indicators.filter((i) => i.parentId === null);
    if (!roots.length) throw conflict(E.noIndicators);
    const orphan = roots.find((r) => r.bodyId === null);
    if (orphan) throw conflict(E.groupWithoutBody(orphan.name));
    if (!units.length) throw conflict(E.noUnits);
    const now = clock.nowIso();
    if (!(await q.updateScheme(trx, id, version, { status: 'scoring', lockedAt: now, updatedAt: now })))
      throw conflict();
    Object.assign(audit, { objectType: 'assessment_scheme', objectId: id, detail: { status: 'scoring' } });
    return { id };
  });
}

/** A new draft edition of a (locked) scheme: same settings, bodies, members, indicators and units; no scores. */
export function deriveScheme(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'assessments.scheme.derive', async (trx, audit) => {
    const scheme = await loadScheme(trx, ctx, id);
    const now = clock.nowIso();
    const tenantId = ctx.user.tenantId;
    const newId = await q.insertScheme(trx, {
      tenantId,
      name: scheme.name,
      kind: scheme.kind,
      year: scheme.year,
      periodStart: scheme.periodStart,
      periodEnd: scheme.periodEnd,
      ballotEnabled: scheme.ballotEnabled,
      ballotWeight: scheme.ballotWeight,
      ballotValues: scheme.ballotValues,
      edition: scheme.edition + 1,
      derivedFromId: scheme.id,
      status: 'draft',
      lockedAt: null,
      publishedAt: null,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    });
    const [bodies, members, indicators, units] = await Promise.all([
      q.findBodies(trx, id),
      q.findMembers(trx, id),
      q.findIndicators(trx, id),
      q.findSchemeUnits(trx, id),
    ]);
    const bodyMap = new Map<number, number>();
    for (const b of bodies) {
      const nb = await q.insertBody(trx, {
        tenantId,
        schemeId: newId,
        name: b.name,
        weight: b.weight,
        sort: b.sort,
        createdAt: now,
        updatedAt: now,
      });
      bodyMap.set(b.id, nb);
      await q.replaceMembers(
        trx,
        tenantId,
        newId,
        nb,
        members.filter((m) => m.bodyId === b.id).map((m) => m.id),
      );
    }
    const indicatorMap = new Map<number, number>();
    for (const i of [...indicators].sort(
      (a, b) => (a.parentId === null ? 0 : 1) - (b.parentId === null ? 0 : 1),
    )) {
      const { id: oldId, version: _v, parentId, bodyId, ...rest } = i;
      const ni = await q.insertIndicator(trx, {
        ...rest,
        schemeId: newId,
        parentId: parentId === null ? null : (indicatorMap.get(parentId) ?? null),
        bodyId: bodyId === null ? null : (bodyMap.get(bodyId) ?? null),
        createdAt: now,
        updatedAt: now,
      });
      indicatorMap.set(oldId, ni);
    }
    if (units.length)
      await q.replaceSchemeUnits(
        trx,
        tenantId,
        newId,
        units.map((u) => ({ id: u.unitId, category: u.category })),
      );
    Object.assign(audit, { objectType: 'assessment_scheme', objectId: newId, detail: { derivedFrom: id } });
    return { id: newId };
  });
}
