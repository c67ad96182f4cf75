import { clock } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import * as aq from '../queries/awards.js';

/** 公示 ending within this many days (or already over) counts as "ending". */
export const ENDING_WITHIN_DAYS = 2;

/**
 * The committee leader's award to-dos: nominations waiting for approval, and 公示 that end within
 * two days (or have ended) while objections are still open — the list cannot become final until
 * those are handled.
 */
export async function awardTodos(deps: Deps, ctx: RequestContext) {
  const rows = await aq.findAwardsByStatus(deps.db, ctx.user.tenantId, ['nominated', 'publicity']);
  const limit = new Date(clock.now().getTime() + ENDING_WITHIN_DAYS * 86_400_000).toISOString();
  const publicity = rows.filter((r) => r.status === 'publicity' && (r.publicityEnd ?? '') <= limit);
  const objections = await aq.findObjections(
    deps.db,
    publicity.map((r) => r.id),
  );
  const awaiting = rows
    .filter((r) => r.status === 'nominated')
    .map((r) => ({ id: r.id, title: r.title, schemeName: r.schemeName }));
  const ending = publicity
    .map((r) => ({
      id: r.id,
      title: r.title,
      schemeName: r.schemeName,
      publicityEnd: r.publicityEnd ?? '',
      openObjections: objections.filter((o) => o.awardId === r.id && o.status === 'open').length,
    }))
    .filter((r) => r.openObjections > 0);
  return { awaitingApproval: awaiting, publicityEnding: ending };
}
