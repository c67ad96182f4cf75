import { zh } from '../../../common/locale/index.js';
import { scopeFor } from '../../../common/permissions.js';
import type { CategoryComparison, CategoryComparisonQuery } from '../../../common/reports.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { fieldError, forbidden, notFound } from '../../platform/errors.js';
import { round2 } from '../assessments/engine.js';
import { findAwards, findEntries } from '../assessments/queries/awards.js';
import { findSchemeById } from '../assessments/queries/schemes.js';
import { computeScheme } from '../assessments/services/results.js';
import { narrowedScope } from './figures-service.js';
import { schemesOverlapping } from './queries/breakdown.js';
import { unitIdsInScope } from './queries/labels.js';

/** Furthest along first: published results, then scoring, then drafts. */
const STAGE: Record<string, number> = { published: 0, scoring: 1, draft: 2 };

/**
 * 考评类别对比 for a period: the assessment whose period overlaps it (or the one asked for), its
 * results per assessment category from the scoring engine (the same totals as the results page),
 * limited to the caller's scope — the committee sees every scheme (totals of a scheme still being
 * scored are provisional), unit admins only published results of their unit; area leaders, who are
 * not granted assessment results, are refused.
 */
export async function compareCategories(
  deps: Deps,
  ctx: RequestContext,
  query: CategoryComparisonQuery,
): Promise<CategoryComparison> {
  // Results are shown to whom the assessments module shows them (not to area leaders).
  if (!scopeFor(ctx.user.roles, 'assessments.results')) throw forbidden();
  const db = deps.db;
  const scope = await narrowedScope(deps, ctx, { areaId: query.areaId });
  const publishedOnly = ctx.scope !== 'tenant';
  const schemes = (await schemesOverlapping(db, scope, query.from, query.to, publishedOnly)).sort(
    (a, b) => (STAGE[a.status] ?? 3) - (STAGE[b.status] ?? 3),
  );
  let chosen = schemes[0];
  if (query.schemeId) {
    chosen = schemes.find((s) => s.id === query.schemeId) as (typeof schemes)[number];
    if (!chosen) {
      const asked = await findSchemeById(db, ctx.user.tenantId, query.schemeId);
      if (!asked || (publishedOnly && asked.status !== 'published')) throw notFound();
      if (asked.periodStart > query.to || asked.periodEnd < query.from)
        throw fieldError('schemeId', zh.reports.web.schemeOutsidePeriod);
      throw notFound();
    }
  }
  if (!chosen) return { schemes, scheme: null, categories: [] };
  const row = await findSchemeById(db, ctx.user.tenantId, chosen.id);
  if (!row) throw notFound();
  const reach = await unitIdsInScope(db, scope);
  const inReach = (unitId: number) => !reach || reach.has(unitId);
  const { categories } = await computeScheme(db, row);
  const finals = (await findAwards(db, ctx.user.tenantId, chosen.id)).filter((a) => a.status === 'final');
  const titles = new Map(finals.map((a) => [a.id, a.title]));
  const entries = (await findEntries(db, [...titles.keys()])).filter(
    (e) => e.withdrawn === 0 && inReach(e.unitId),
  );
  return {
    schemes,
    scheme: chosen,
    categories: categories
      .map((c) => {
        const rows = c.rows.filter((r) => inReach(r.unitId));
        const scored = rows.filter((r) => r.complete && !r.vetoed).sort((a, b) => b.total - a.total);
        const top = scored[0];
        const bottom = scored[scored.length - 1];
        return {
          category: c.category,
          units: rows.length,
          scored: scored.length,
          vetoed: rows.filter((r) => r.vetoed).length,
          average: scored.length ? round2(scored.reduce((s, r) => s + r.total, 0) / scored.length) : null,
          highest: top?.total ?? null,
          highestUnit: top?.unitName ?? null,
          lowest: bottom?.total ?? null,
          lowestUnit: bottom?.unitName ?? null,
          awards: entries
            .filter((e) => e.category === c.category)
            .map((e) => ({
              awardId: e.awardId,
              title: titles.get(e.awardId) ?? '',
              unitId: e.unitId,
              unitName: e.unitName,
              rank: e.rank,
            })),
        };
      })
      .filter((c) => c.units > 0),
  };
}
