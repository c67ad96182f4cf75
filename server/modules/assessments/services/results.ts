import { zh } from '../../../../common/locale/index.js';
import type { Executor } from '../../../db/connection.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, notFound } from '../../../platform/errors.js';
import { computeResults } from '../engine.js';
import { presentScheme } from '../presenters.js';
import * as q from '../queries/schemes.js';
import * as sq from '../queries/scoring.js';
import { loadScheme, visibleUnitIds } from './access.js';

/** Loads everything the engine needs for a scheme and runs it (all units; callers filter what they show). */
export async function computeScheme(db: Executor, scheme: q.SchemeRow) {
  const [indicators, bodies, units, scores, ballots, vetoes] = await Promise.all([
    q.findIndicators(db, scheme.id),
    q.findBodies(db, scheme.id),
    q.findSchemeUnits(db, scheme.id),
    sq.findScores(db, scheme.id),
    sq.findBallots(db, scheme.id),
    sq.findVetoes(db, scheme.id),
  ]);
  const s = presentScheme(scheme);
  return computeResults({
    indicators: indicators.map((i) => ({
      id: i.id,
      parentId: i.parentId,
      bodyId: i.bodyId,
      name: i.name,
      maxPoints: Number(i.maxPoints),
      method: i.method,
      deductionPer: i.deductionPer === null ? null : Number(i.deductionPer),
      deductionCap: i.deductionCap === null ? null : Number(i.deductionCap),
      sort: i.sort,
    })),
    bodies: bodies.map((b) => ({ id: b.id, name: b.name, weight: Number(b.weight) })),
    ballot: { enabled: s.ballotEnabled, weight: s.ballotWeight, values: s.ballotValues },
    units: units.map((u) => ({ unitId: u.unitId, name: u.name, category: u.category })),
    scores: new Map(scores.map((r) => [`${r.unitId}:${r.indicatorId}`, Number(r.value)])),
    ballots: new Map(ballots.map((b) => [b.unitId, b])),
    vetoes: new Map(vetoes.map((v) => [v.unitId, v.reason])),
  });
}

export async function getResults(deps: Deps, ctx: RequestContext, schemeId: number) {
  const scheme = await loadScheme(deps.db, ctx, schemeId);
  const { categories } = await computeScheme(deps.db, scheme);
  const only = visibleUnitIds(ctx);
  return {
    schemeId,
    status: scheme.status,
    categories: categories
      .map((c) => ({ ...c, rows: only ? c.rows.filter((r) => only.includes(r.unitId)) : c.rows }))
      .filter((c) => c.rows.length),
  };
}

export async function getExplanation(deps: Deps, ctx: RequestContext, schemeId: number, unitId: number) {
  const scheme = await loadScheme(deps.db, ctx, schemeId);
  const only = visibleUnitIds(ctx);
  if (only && !only.includes(unitId)) throw notFound();
  const { explanations } = await computeScheme(deps.db, scheme);
  const found = explanations.get(unitId);
  if (!found) throw notFound();
  return found;
}

/** Closes scoring and publishes the results (units then see their own result); needs every unit complete. */
export function publishResults(deps: Deps, ctx: RequestContext, schemeId: number, version: number) {
  return mutate(deps.db, ctx, 'assessments.scheme.publish', async (trx, audit) => {
    const scheme = await loadScheme(trx, ctx, schemeId);
    if (scheme.status !== 'scoring') throw conflict(zh.assessments.errors.notScoring);
    const { categories } = await computeScheme(trx, scheme);
    const incomplete = categories.flatMap((c) => c.rows).filter((r) => !r.complete && !r.vetoed).length;
    if (incomplete) throw conflict(zh.assessments.errors.incompleteScores(incomplete));
    const now = clock.nowIso();
    if (
      !(await q.updateScheme(trx, schemeId, version, {
        status: 'published',
        publishedAt: now,
        updatedAt: now,
      }))
    )
      throw conflict();
    Object.assign(audit, {
      objectType: 'assessment_scheme',
      objectId: schemeId,
      detail: { status: 'published' },
    });
    return { id: schemeId };
  });
}
