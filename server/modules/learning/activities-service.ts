import type { z } from 'zod';
import {
  READING_ACTIVITY_TYPES,
  type ReadingActivityListQuery,
  type readingActivityInput,
  type readingActivityUpdate,
} from '../../../common/learning.js';
import { zh } from '../../../common/locale/index.js';
import type { Trx } from '../../db/connection.js';
import { assertReach, can, dataScope } from '../../platform/access.js';
import { mutate } from '../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../platform/errors.js';
import { assertFilesUsable, attachFiles, filesOf, registerFileOwner } from '../../platform/files/service.js';
import { presentActivity } from './presenters.js';
import * as q from './queries/activities.js';
import { detachFilesExcept } from './queries/attachments.js';
import { periodDays } from './rules.js';

const t = zh.learning;
export const ACTIVITY_FILES = 'readingActivity';

// Evidence files are readable by whoever can read the activity.
registerFileOwner(ACTIVITY_FILES, async (deps, ctx, ownerId) => {
  const row = await q.findActivityById(deps.db, ctx.user.tenantId, ownerId);
  return (
    !!row &&
    can(ctx.user, 'learning.read', { tenantId: row.tenantId, unitId: row.unitId, areaId: row.areaId })
  );
});

export async function listActivities(deps: Deps, ctx: RequestContext, query: ReadingActivityListQuery) {
  const { rows, total } = await q.findActivities(deps.db, dataScope(ctx), query);
  const files = await filesOf(
    deps.db,
    ctx.user.tenantId,
    ACTIVITY_FILES,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentActivity(r, files.get(r.id) ?? [])),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function loadInReach(db: Deps['db'] | Trx, ctx: RequestContext, id: number) {
  const row = await q.findActivityById(db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  assertReach(ctx, { tenantId: row.tenantId, unitId: row.unitId, areaId: row.areaId });
  return row;
}

export async function getActivity(deps: Deps, ctx: RequestContext, id: number) {
  const row = await loadInReach(deps.db, ctx, id);
  const files = await filesOf(deps.db, ctx.user.tenantId, ACTIVITY_FILES, [id]);
  return presentActivity(row, files.get(id) ?? []);
}

async function checkActivityInput(
  trx: Trx,
  ctx: RequestContext,
  input: z.infer<typeof readingActivityInput>,
) {
  const unit = await q.findUnitPlace(trx, ctx.user.tenantId, input.unitId);
  if (!unit) throw fieldError('unitId', t.unitNotFound);
  // A unit admin reports for its own unit only: another unit is "not found" for it.
  try {
    assertReach(ctx, { tenantId: unit.tenantId, unitId: unit.id, areaId: unit.areaId });
  } catch {
    throw fieldError('unitId', t.unitNotFound);
  }
  if (input.heldOn > shanghaiDate()) throw fieldError('heldOn', t.futureDate);
}

export function createActivity(deps: Deps, ctx: RequestContext, input: z.infer<typeof readingActivityInput>) {
  return mutate(deps.db, ctx, 'learning.activity.create', async (trx, audit) => {
    await checkActivityInput(trx, ctx, input);
    await assertFilesUsable(trx, ctx, input.fileIds);
    const now = clock.nowIso();
    const { fileIds, ...values } = input;
    const id = await q.insertActivity(trx, {
      tenantId: ctx.user.tenantId,
      ...values,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    });
    await attachFiles(trx, fileIds, ACTIVITY_FILES, id);
    Object.assign(audit, { objectType: 'readingActivity', objectId: id, detail: input });
    return { id };
  });
}

export function updateActivity(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof readingActivityUpdate>,
) {
  return mutate(deps.db, ctx, 'learning.activity.update', async (trx, audit) => {
    await loadInReach(trx, ctx, id);
    await checkActivityInput(trx, ctx, input);
    await assertFilesUsable(trx, ctx, input.fileIds, { type: ACTIVITY_FILES, id });
    const { fileIds, version, ...values } = input;
    if (!(await q.updateActivity(trx, id, version, { ...values, updatedAt: clock.nowIso() })))
      throw conflict();
    await detachFilesExcept(trx, ctx.user.tenantId, ACTIVITY_FILES, id, fileIds);
    await attachFiles(trx, fileIds, ACTIVITY_FILES, id);
    Object.assign(audit, { objectType: 'readingActivity', objectId: id, detail: input });
    return { id };
  });
}

export function deleteActivity(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'learning.activity.delete', async (trx, audit) => {
    const row = await loadInReach(trx, ctx, id);
    await detachFilesExcept(trx, ctx.user.tenantId, ACTIVITY_FILES, id, []);
    await q.deleteActivity(trx, id);
    Object.assign(audit, {
      objectType: 'readingActivity',
      objectId: id,
      detail: { unitId: row.unitId, title: row.title },
    });
  });
}

/** Unit × activity-type matrix of a period: who reported what, and who reported nothing. */
export async function coverage(
  deps: Deps,
  ctx: RequestContext,
  query: { from: string; to: string; areaId?: number },
) {
  if (query.to < query.from) throw fieldError('to', t.rangeOrder);
  if (periodDays(query.from, query.to) > 731) throw fieldError('to', t.rangeTooLong);
  const scope = dataScope(ctx);
  const units = await q.findUnitsInScope(deps.db, scope, query.areaId);
  const acts = await q.findActivitiesInPeriod(deps.db, scope, query.from, query.to, query.areaId);
  return coverageOf(units, acts, query.from, query.to);
}

export function coverageOf(
  units: { id: number; name: string; areaName: string | null }[],
  acts: { unitId: number; type: string }[],
  from: string,
  to: string,
) {
  const rows = units.map((u) => {
    const counts: Record<string, number> = Object.fromEntries(READING_ACTIVITY_TYPES.map((k) => [k, 0]));
    for (const a of acts) if (a.unitId === u.id) counts[a.type] = (counts[a.type] ?? 0) + 1;
    const total = Object.values(counts).reduce((s, n) => s + n, 0);
    return { unitId: u.id, unitName: u.name, areaName: u.areaName, counts, total };
  });
  return {
    from,
    to,
    types: [...READING_ACTIVITY_TYPES],
    rows,
    unitsTotal: rows.length,
    unitsReported: rows.filter((r) => r.total > 0).length,
    activitiesTotal: rows.reduce((s, r) => s + r.total, 0),
  };
}
