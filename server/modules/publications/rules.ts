import { scopeFor } from '../../../common/permissions.js';
import type { RequestContext } from '../../platform/context.js';

/** Drafts and briefings in review are seen only by those who write or publish them. */
export function seesDrafts(ctx: Pick<RequestContext, 'user'>): boolean {
  return (
    scopeFor(ctx.user.roles, 'publications.manage') !== null ||
    scopeFor(ctx.user.roles, 'publications.publish') !== null
  );
}
