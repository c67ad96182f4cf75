import { zh } from '../../../../common/locale/index.js';
import type { Executor } from '../../../db/connection.js';
import type { RequestContext } from '../../../platform/context.js';
import { conflict, notFound } from '../../../platform/errors.js';
import { findMemberBodyIds, findSchemeById, findSchemeUnits, type SchemeRow } from '../queries/schemes.js';

/**
 * Loads a scheme the caller may reach, or answers 404 (foreign ids reveal nothing):
 * - tenant scope (工委): every scheme of the committee;
 * - invited scope (市效能办评委): only schemes with a scoring body the user is a member of;
 * - unit scope (单位管理员): only published schemes in which the user's unit is assessed.
 */
export async function loadScheme(db: Executor, ctx: RequestContext, id: number): Promise<SchemeRow> {
  const scheme = await findSchemeById(db, ctx.user.tenantId, id);
  if (!scheme) throw notFound();
  if (ctx.scope === 'tenant') return scheme;
  if (ctx.scope === 'invited') {
    if ((await findMemberBodyIds(db, id, ctx.user.id)).length === 0) throw notFound();
    return scheme;
  }
  if (ctx.scope === 'unit' && scheme.status === 'published' && ctx.user.unitId !== null) {
    const units = await findSchemeUnits(db, id);
    if (units.some((u) => u.unitId === ctx.user.unitId)) return scheme;
  }
  throw notFound();
}

/** Structure (indicators, bodies, units, ballot settings) may change only while the scheme is a draft. */
export function assertDraft(scheme: SchemeRow) {
  if (scheme.status !== 'draft') throw conflict(zh.assessments.errors.locked);
}

export function assertScoring(scheme: SchemeRow) {
  if (scheme.status !== 'scoring') throw conflict(zh.assessments.errors.notScoring);
}

/** The units a caller sees results of: all for the committee, the own unit for a unit admin. */
export function visibleUnitIds(ctx: RequestContext): number[] | null {
  if (ctx.scope === 'tenant') return null;
  return ctx.user.unitId !== null ? [ctx.user.unitId] : [];
}
