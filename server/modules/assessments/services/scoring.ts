import type { ScoreInput } from '../../../../common/assessments.js';
import { zh } from '../../../../common/locale/index.js';
import type { Executor } from '../../../db/connection.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/errors.js';
import { recordSource } from '../prefill/registry.js';
import { presentScore } from '../presenters.js';
import * as q from '../queries/schemes.js';
import * as sq from '../queries/scoring.js';
import { assertScoring, loadScheme } from './access.js';

const E = zh.assessments.errors;

type IndicatorRow = Awaited<ReturnType<typeof q.findIndicators>>[number];

/** Leaves (scored indicators) with the body that scores them (a level-2 indicator inherits its parent's). */
export function leavesWithBody(indicators: IndicatorRow[]) {
  return indicators
    .filter((i) => !indicators.some((c) => c.parentId === i.id))
    .map((leaf) => {
      const root = leaf.parentId === null ? leaf : indicators.find((p) => p.id === leaf.parentId);
      return { ...leaf, scoringBodyId: root?.bodyId ?? null };
    });
}

/** The leaves the caller may see on the score sheet: all for the committee; an evaluator only their bodies'. */
async function visibleLeaves(db: Executor, ctx: RequestContext, schemeId: number) {
  const leaves = leavesWithBody(await q.findIndicators(db, schemeId));
  const myBodies = await q.findMemberBodyIds(db, schemeId, ctx.user.id);
  const visible =
    ctx.scope === 'tenant'
      ? leaves
      : leaves.filter((l) => l.scoringBodyId !== null && myBodies.includes(l.scoringBodyId));
  return { leaves, visible, myBodies };
}

export async function scoreSheet(deps: Deps, ctx: RequestContext, schemeId: number, unitId?: number) {
  await loadScheme(deps.db, ctx, schemeId);
  const { visible } = await visibleLeaves(deps.db, ctx, schemeId);
  const rows = await sq.findScores(deps.db, schemeId, {
    indicatorIds: visible.map((l) => l.id),
    unitIds: unitId ? [unitId] : undefined,
  });
  return { items: rows.map(presentScore) };
}

export async function scoreHistory(
  deps: Deps,
  ctx: RequestContext,
  schemeId: number,
  query: { unitId: number; indicatorId?: number },
) {
  await loadScheme(deps.db, ctx, schemeId);
  const { visible } = await visibleLeaves(deps.db, ctx, schemeId);
  const ids = visible.map((l) => l.id).filter((id) => !query.indicatorId || id === query.indicatorId);
  const rows = await sq.findScoreChanges(deps.db, schemeId, query.unitId, ids);
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    indicatorId: r.indicatorId,
    oldValue: r.oldValue === null ? null : Number(r.oldValue),
    newValue: Number(r.newValue),
    kind: r.kind,
    reason: r.reason,
    changedByName: r.changedByName,
    changedAt: r.changedAt,
  }));
}

async function unitInScheme(db: Executor, schemeId: number, unitId: number) {
  if (!(await q.findSchemeUnits(db, schemeId)).some((u) => u.unitId === unitId))
    throw fieldError('unitId', E.unitNotInScheme);
}

/**
 * Saves one unit's scores for indicators of the caller's bodies. Only members of the scoring body
 * may score its indicators; a change away from a pre-filled value needs a reason; an existing score
 * needs its version (409 when someone else changed it). Every change is kept in the history.
 */
export function saveScores(deps: Deps, ctx: RequestContext, schemeId: number, input: ScoreInput) {
  return mutate(deps.db, ctx, 'assessments.score.save', async (trx, audit) => {
    const scheme = await loadScheme(trx, ctx, schemeId);
    assertScoring(scheme);
    await unitInScheme(trx, schemeId, input.unitId);
    const { leaves, myBodies } = await visibleLeaves(trx, ctx, schemeId);
    const now = clock.nowIso();
    const changes = [];
    for (const [index, item] of input.items.entries()) {
      const at = `items.${index}`;
      const leaf = leaves.find((l) => l.id === item.indicatorId);
      if (!leaf) throw fieldError(`${at}.indicatorId`, E.indicatorNotLeaf);
      if (leaf.scoringBodyId === null || !myBodies.includes(leaf.scoringBodyId))
        throw forbidden(E.notYourBody);
      if (leaf.method === 'score' && item.value > Number(leaf.maxPoints))
        throw fieldError(`${at}.value`, E.overMax(Number(leaf.maxPoints)));
      if (leaf.method === 'deduct' && !Number.isInteger(item.value))
        throw fieldError(`${at}.value`, E.occurrencesInteger);
      const current = await sq.findScore(trx, schemeId, input.unitId, item.indicatorId);
      if (current && Number(current.value) === item.value && !item.reason) continue;
      if (current?.prefilledValue !== null && current?.prefilledValue !== undefined) {
        if (Number(current.prefilledValue) !== item.value && !item.reason)
          throw fieldError(`${at}.reason`, E.reasonRequired);
      }
      if (current) {
        if (!item.version) throw conflict(E.versionRequired);
        const ok = await sq.updateScore(trx, current.id, item.version, {
          value: item.value,
          reason: item.reason,
          scoredBy: ctx.user.id,
          updatedAt: now,
        });
        if (!ok) throw conflict();
      } else {
        await sq.insertScore(trx, {
          tenantId: ctx.user.tenantId,
          schemeId,
          unitId: input.unitId,
          indicatorId: item.indicatorId,
          value: item.value,
          prefilledValue: null,
          sources: null,
          reason: item.reason,
          scoredBy: ctx.user.id,
          createdAt: now,
          updatedAt: now,
        });
      }
      changes.push({
        tenantId: ctx.user.tenantId,
        schemeId,
        unitId: input.unitId,
        indicatorId: item.indicatorId,
        oldValue: current ? Number(current.value) : null,
        newValue: item.value,
        kind: 'manual',
        reason: item.reason,
        changedBy: ctx.user.id,
        changedAt: now,
      });
    }
    await sq.insertScoreChanges(trx, changes);
    Object.assign(audit, {
      objectType: 'assessment_scheme',
      objectId: schemeId,
      detail: {
        unitId: input.unitId,
        changes: changes.map((c) => ({
          indicatorId: c.indicatorId,
          from: c.oldValue,
          to: c.newValue,
          reason: c.reason,
        })),
      },
    });
    return { changed: changes.length };
  });
}

/**
 * Pre-fills the caller's source-linked indicators from the records. A unit's score follows the
 * records unless someone has overridden it by hand (then only the pre-filled value and its
 * sources are refreshed, and the manual value stays).
 */
export function prefillScores(deps: Deps, ctx: RequestContext, schemeId: number, indicatorId?: number) {
  return mutate(deps.db, ctx, 'assessments.score.prefill', async (trx, audit) => {
    const scheme = await loadScheme(trx, ctx, schemeId);
    assertScoring(scheme);
    const { leaves, myBodies } = await visibleLeaves(trx, ctx, schemeId);
    const targets = leaves.filter(
      (l) =>
        l.sourceKey &&
        (!indicatorId || l.id === indicatorId) &&
        l.scoringBodyId !== null &&
        myBodies.includes(l.scoringBodyId),
    );
    if (indicatorId && !targets.length) {
      if (!leaves.some((l) => l.id === indicatorId)) throw notFound();
      throw forbidden(E.notYourBody);
    }
    const unitIds = (await q.findSchemeUnits(trx, schemeId)).map((u) => u.unitId);
    const now = clock.nowIso();
    const changes = [];
    let filled = 0;
    for (const leaf of targets) {
      const source = recordSource(leaf.sourceKey ?? '');
      if (!source) continue;
      const counted = await source.collect(
        trx,
        ctx.user.tenantId,
        unitIds,
        { start: scheme.periodStart, end: scheme.periodEnd },
        { maxPoints: Number(leaf.maxPoints), gradeShares: leaf.gradeShares },
      );
      for (const unitId of unitIds) {
        // A points source fills only the units it has records for (e.g. units graded by 巡听).
        if (source.yields === 'points' && !counted.has(unitId)) continue;
        const result = counted.get(unitId) ?? { value: 0, sources: [] };
        const current = await sq.findScore(trx, schemeId, unitId, leaf.id);
        const sources = JSON.stringify(result.sources);
        const followsRecords =
          !current ||
          (current.prefilledValue !== null && Number(current.value) === Number(current.prefilledValue));
        const value = followsRecords ? result.value : Number(current.value);
        if (current) {
          await sq.updateScore(trx, current.id, null, {
            value,
            prefilledValue: result.value,
            sources,
            scoredBy: followsRecords ? ctx.user.id : current.scoredBy,
            updatedAt: now,
          });
        } else {
          await sq.insertScore(trx, {
            tenantId: ctx.user.tenantId,
            schemeId,
            unitId,
            indicatorId: leaf.id,
            value,
            prefilledValue: result.value,
            sources,
            reason: null,
            scoredBy: ctx.user.id,
            createdAt: now,
            updatedAt: now,
          });
        }
        filled += 1;
        if (!current || Number(current.value) !== value)
          changes.push({
            tenantId: ctx.user.tenantId,
            schemeId,
            unitId,
            indicatorId: leaf.id,
            oldValue: current ? Number(current.value) : null,
            newValue: value,
            kind: 'prefill',
            reason: source.label,
            changedBy: ctx.user.id,
            changedAt: now,
          });
      }
    }
    await sq.insertScoreChanges(trx, changes);
    Object.assign(audit, {
      objectType: 'assessment_scheme',
      objectId: schemeId,
      detail: { indicators: targets.map((t) => t.id), filled, changed: changes.length },
    });
    return { filled, changed: changes.length };
  });
}
