import type { z } from 'zod';
import type { checkItemInput, checkItemUpdate } from '../../../../common/inspections.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, notFound } from '../../../platform/errors.js';
import * as rq from '../queries/records.js';

/** The tenant's configurable checklist (查): used by new records; saved records keep the names they had. */
export async function listCheckItems(deps: Deps, ctx: RequestContext) {
  return (await rq.findCheckItems(deps.db, ctx.user.tenantId)).map((c) => ({
    id: c.id,
    name: c.name,
    sort: c.sort,
    active: c.active === 1,
    version: c.version,
  }));
}

export function createCheckItem(deps: Deps, ctx: RequestContext, input: z.infer<typeof checkItemInput>) {
  return mutate(deps.db, ctx, 'inspections.checkItem.create', async (trx, audit) => {
    const now = clock.nowIso();
    const id = await rq.insertCheckItem(trx, {
      tenantId: ctx.user.tenantId,
      name: input.name,
      sort: input.sort,
      active: input.active ? 1 : 0,
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, { objectType: 'inspectionCheckItem', objectId: id, detail: input });
    return { id };
  });
}

export function updateCheckItem(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof checkItemUpdate>,
) {
  return mutate(deps.db, ctx, 'inspections.checkItem.update', async (trx, audit) => {
    const { version, ...values } = input;
    // An unknown (or another tenant's) item is 404; only a stale version of a known one is 409.
    if (!(await rq.findCheckItemById(trx, ctx.user.tenantId, id))) throw notFound();
    const ok = await rq.updateCheckItem(trx, ctx.user.tenantId, id, version, {
      name: values.name,
      sort: values.sort,
      active: values.active ? 1 : 0,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    Object.assign(audit, { objectType: 'inspectionCheckItem', objectId: id, detail: values });
    return { id };
  });
}
