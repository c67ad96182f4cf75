import { scopeFor } from '../../../common/permissions.js';
import type { RequestContext } from '../../platform/context.js';

/** Whether the caller manages learning records (and so sees drafts and unpublished lists). */
export function canManage(ctx: Pick<RequestContext, 'user'>): boolean {
  return scopeFor(ctx.user.roles, 'learning.manage') !== null;
}

/** Inclusive period length in days (both ends YYYY-MM-DD). */
export function periodDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
