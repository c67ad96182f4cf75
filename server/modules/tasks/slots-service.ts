import type { z } from 'zod';
import { zh } from '../../../common/locale/index.js';
import type {
  extensionDecision,
  extensionRequest,
  reminderInput,
  reportInput,
  reviewInput,
  SlotListQuery,
} from '../../../common/tasks.js';
import type { Executor } from '../../db/connection.js';
import { assertReach, dataScope } from '../../platform/access.js';
import { type AuditTarget, mutate } from '../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../platform/errors.js';
import { assertFilesUsable, attachFiles, filesOf } from '../../platform/files/service.js';
import { detachFilesExcept } from '../documents/targets-queries.js';
import { presentSlot, presentTask } from './presenters.js';
import * as q from './queries.js';

export const SLOT_FILE_OWNER = 'task_slot';

export async function listSlots(deps: Deps, ctx: RequestContext, query: SlotListQuery) {
  const today = shanghaiDate();
  const { rows, total } = await q.findSlots(deps.db, dataScope(ctx), query, today);
  return { items: rows.map((r) => presentSlot(r, today)), total, page: query.page, pageSize: query.pageSize };
}

async function reachableSlot(db: Executor, ctx: RequestContext, id: number) {
  const row = await q.findSlotById(db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  assertReach(ctx, { tenantId: row.tenantId, unitId: row.unitId, areaId: row.areaId });
  return row;
}

export async function canSeeSlot(deps: Deps, ctx: RequestContext, id: number) {
  try {
    await reachableSlot(deps.db, ctx, id);
    return true;
  } catch {
    return false;
  }
}

export async function getSlot(deps: Deps, ctx: RequestContext, id: number) {
  const row = await reachableSlot(deps.db, ctx, id);
  const task = (await q.findTaskById(deps.db, ctx.user.tenantId, row.taskId))!;
  const files = (await filesOf(deps.db, ctx.user.tenantId, SLOT_FILE_OWNER, [id])).get(id) ?? [];
  return {
    ...presentSlot(row, shanghaiDate()),
    content: row.content,
    figureValues: row.figureValues ? (JSON.parse(row.figureValues) as Record<string, number>) : {},
    files,
    events: await q.findEvents(deps.db, id),
    task: presentTask(task, {}, 0),
  };
}

/** Runs one change on a slot: load in reach, apply, log the event — one transaction, one audit row. */
function onSlot<T>(
  deps: Deps,
  ctx: RequestContext,
  action: string,
  id: number,
  work: (
    trx: Executor,
    slot: NonNullable<Awaited<ReturnType<typeof q.findSlotById>>>,
    audit: AuditTarget,
  ) => Promise<T>,
) {
  return mutate(deps.db, ctx, action, async (trx, audit) => {
    const slot = await reachableSlot(trx, ctx, id);
    audit.objectType = 'task_slot';
    audit.objectId = id;
    return work(trx, slot, audit);
  });
}

const logEvent = (
  trx: Executor,
  ctx: RequestContext,
  slotId: number,
  kind: string,
  note: string | null,
  data?: unknown,
) =>
  q.insertEvent(trx, {
    tenantId: ctx.user.tenantId,
    slotId,
    kind,
    at: clock.nowIso(),
    actorId: ctx.user.id,
    actorName: ctx.user.displayName,
    note,
    data: data === undefined ? null : JSON.stringify(data),
  });

export function submitReport(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof reportInput>,
) {
  return onSlot(deps, ctx, 'tasks.report', id, async (trx, slot, audit) => {
    if (slot.status === 'accepted' || slot.status === 'submitted') throw conflict(zh.documents.slotNotOpen);
    const task = (await q.findTaskById(trx, ctx.user.tenantId, slot.taskId))!;
    const figures = JSON.parse(task.figures) as { label: string }[];
    if (task.requiresText === 1 && !input.content) throw fieldError('content', zh.documents.textRequired);
    if (task.requiresFiles === 1 && !input.fileIds.length)
      throw fieldError('fileIds', zh.documents.filesRequired);
    const keys = figures.map((_f, i) => `f${i + 1}`);
    for (const key of Object.keys(input.figureValues))
      if (!keys.includes(key)) throw fieldError(`figureValues.${key}`, zh.documents.figureUnknown(key));
    figures.forEach((f, i) => {
      if (input.figureValues[`f${i + 1}`] === undefined)
        throw fieldError(`figureValues.f${i + 1}`, zh.documents.figureRequired(f.label));
    });
    await assertFilesUsable(trx, ctx, input.fileIds, { type: SLOT_FILE_OWNER, id });
    const now = clock.nowIso();
    const ok = await q.updateSlot(trx, id, input.version, {
      status: 'submitted',
      content: input.content,
      figureValues: JSON.stringify(input.figureValues),
      submittedAt: now,
      firstSubmittedAt: slot.firstSubmittedAt ?? now,
      updatedAt: now,
    });
    if (!ok) throw conflict();
    await detachFilesExcept(trx, SLOT_FILE_OWNER, id, input.fileIds);
    await attachFiles(trx, input.fileIds, SLOT_FILE_OWNER, id);
    await logEvent(trx, ctx, id, 'submit', null, { resubmission: slot.status === 'returned' });
    audit.detail = { taskId: slot.taskId, unitId: slot.unitId, resubmission: slot.status === 'returned' };
    return { id };
  });
}

export function reviewReport(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof reviewInput>,
) {
  return onSlot(deps, ctx, 'tasks.review', id, async (trx, slot, audit) => {
    if (slot.status !== 'submitted') throw conflict(zh.documents.slotNotSubmitted);
    const now = clock.nowIso();
    const accept = input.decision === 'accept';
    const ok = await q.updateSlot(trx, id, input.version, {
      status: accept ? 'accepted' : 'returned',
      returnReason: accept ? null : input.reason,
      reviewedAt: now,
      reviewedBy: ctx.user.id,
      updatedAt: now,
    });
    if (!ok) throw conflict();
    await logEvent(trx, ctx, id, accept ? 'accept' : 'return', input.reason);
    audit.detail = { decision: input.decision, reason: input.reason };
    return { id };
  });
}

export function requestExtension(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof extensionRequest>,
) {
  return onSlot(deps, ctx, 'tasks.extension.request', id, async (trx, slot, audit) => {
    if (slot.status === 'accepted' || slot.status === 'submitted') throw conflict(zh.documents.slotNotOpen);
    if (slot.extensionStatus === 'requested') throw conflict(zh.documents.extensionPending);
    if (input.until <= slot.dueOn) throw fieldError('until', zh.documents.extensionNotAfterDue);
    const ok = await q.updateSlot(trx, id, input.version, {
      extensionStatus: 'requested',
      extensionUntil: input.until,
      extensionReason: input.reason,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    await logEvent(trx, ctx, id, 'extension_request', input.reason, { until: input.until });
    audit.detail = { until: input.until, reason: input.reason };
    return { id };
  });
}

export function decideExtension(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof extensionDecision>,
) {
  return onSlot(deps, ctx, 'tasks.extension.decide', id, async (trx, slot, audit) => {
    if (slot.extensionStatus !== 'requested') throw conflict(zh.documents.noExtensionRequested);
    const until = input.grant ? (input.until ?? slot.extensionUntil) : null;
    if (input.grant && (!until || until <= slot.dueOn))
      throw fieldError('until', zh.documents.extensionNotAfterDue);
    const ok = await q.updateSlot(trx, id, input.version, {
      extensionStatus: input.grant ? 'granted' : 'refused',
      extensionUntil: input.grant ? until : slot.extensionUntil,
      dueOn: input.grant ? (until as string) : slot.dueOn,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    await logEvent(trx, ctx, id, input.grant ? 'extension_grant' : 'extension_refuse', input.reason, {
      previousDue: slot.dueOn,
      until,
    });
    audit.detail = { grant: input.grant, previousDue: slot.dueOn, until, reason: input.reason };
    return { id };
  });
}

/** 催办: logged on the slot (the unit sees it in the timeline and on its workbench). */
export function remind(deps: Deps, ctx: RequestContext, id: number, input: z.infer<typeof reminderInput>) {
  return onSlot(deps, ctx, 'tasks.remind', id, async (trx, slot, audit) => {
    if (slot.status === 'accepted') throw conflict(zh.documents.cannotRemindDone);
    await q.bumpReminder(trx, id, clock.nowIso());
    await logEvent(trx, ctx, id, 'remind', input.note);
    audit.detail = { unitId: slot.unitId, note: input.note };
    return { id };
  });
}
