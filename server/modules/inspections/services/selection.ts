import type { z } from 'zod';
import {
  addDays,
  type approvalInput,
  type finalizeInput,
  type nominationInput,
  type objectionInput,
  type publicityInput,
  type Selection,
} from '../../../../common/inspections.js';
import { zh } from '../../../../common/locale/index.js';
import type { Trx } from '../../../db/connection.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../../platform/errors.js';
import * as xq from '../queries/selection.js';

const t = zh.inspections;

/**
 * 优秀学习中心组: nominate (staff) → approve (leader) → 公示 for a set number of days, objections
 * recorded (staff) → final or rejected (staff, after the publicity period). Final selections stay
 * stored by year and unit for later assessments.
 */
export async function listSelections(deps: Deps, ctx: RequestContext, year: number): Promise<Selection[]> {
  const rows = await xq.findSelections(deps.db, ctx.user.tenantId, year);
  const objections = await xq.findObjections(
    deps.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    unitId: r.unitId,
    unitName: r.unitName,
    reason: r.reason,
    status: r.status as Selection['status'],
    nominatedByName: r.nominatedByName,
    approvalComment: r.approvalComment,
    approvedByName: r.approvedByName,
    publicityStart: r.publicityStart,
    publicityEnd: r.publicityEnd,
    decisionComment: r.decisionComment,
    finalizedAt: r.finalizedAt,
    objections: objections
      .filter((o) => o.selectionId === r.id)
      .map((o) => ({ id: o.id, content: o.content, receivedOn: o.receivedOn })),
    version: r.version,
  }));
}

export function nominate(deps: Deps, ctx: RequestContext, input: z.infer<typeof nominationInput>) {
  return mutate(deps.db, ctx, 'inspections.selection.nominate', async (trx, audit) => {
    const tenantId = ctx.user.tenantId;
    if (!(await xq.hasSubmittedRecord(trx, tenantId, input.year, input.unitId)))
      throw fieldError('unitId', t.errors.notInspectedThatYear);
    if (await xq.findSelectionOf(trx, tenantId, input.year, input.unitId))
      throw fieldError('unitId', t.errors.selectionExists);
    const now = clock.nowIso();
    const id = await xq.insertSelection(trx, {
      tenantId,
      year: input.year,
      unitId: input.unitId,
      reason: input.reason,
      status: 'nominated',
      nominatedBy: ctx.user.id,
      approvedBy: null,
      approvalComment: null,
      publicityStart: null,
      publicityEnd: null,
      decisionComment: null,
      finalizedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, { objectType: 'inspectionSelection', objectId: id, detail: input });
    return { id };
  });
}

async function load(trx: Trx, ctx: RequestContext, id: number, status: string) {
  const row = await xq.findSelectionById(trx, ctx.user.tenantId, id);
  if (!row) throw notFound();
  if (row.status !== status) throw conflict(t.errors.selectionWrongStep);
  return row;
}

export function approve(deps: Deps, ctx: RequestContext, id: number, input: z.infer<typeof approvalInput>) {
  return mutate(deps.db, ctx, 'inspections.selection.approve', async (trx, audit) => {
    await load(trx, ctx, id, 'nominated');
    const status = input.approve ? 'approved' : 'rejected';
    const ok = await xq.updateSelection(trx, id, input.version, {
      status,
      approvedBy: ctx.user.id,
      approvalComment: input.comment,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    Object.assign(audit, {
      objectType: 'inspectionSelection',
      objectId: id,
      detail: { status, comment: input.comment },
    });
    return { id };
  });
}

export function publicize(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof publicityInput>,
) {
  return mutate(deps.db, ctx, 'inspections.selection.publicize', async (trx, audit) => {
    await load(trx, ctx, id, 'approved');
    const start = shanghaiDate();
    const end = addDays(start, input.days - 1);
    const ok = await xq.updateSelection(trx, id, input.version, {
      status: 'publicizing',
      publicityStart: start,
      publicityEnd: end,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    Object.assign(audit, { objectType: 'inspectionSelection', objectId: id, detail: { start, end } });
    return { id };
  });
}

export function addObjection(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof objectionInput>,
) {
  return mutate(deps.db, ctx, 'inspections.selection.objection', async (trx, audit) => {
    await load(trx, ctx, id, 'publicizing');
    const objectionId = await xq.insertObjection(trx, {
      tenantId: ctx.user.tenantId,
      selectionId: id,
      content: input.content,
      receivedOn: input.receivedOn,
      createdBy: ctx.user.id,
      createdAt: clock.nowIso(),
    });
    Object.assign(audit, {
      objectType: 'inspectionSelection',
      objectId: id,
      detail: { objectionId, ...input },
    });
    return { id: objectionId };
  });
}

export function finalize(deps: Deps, ctx: RequestContext, id: number, input: z.infer<typeof finalizeInput>) {
  return mutate(deps.db, ctx, 'inspections.selection.finalize', async (trx, audit) => {
    const row = await load(trx, ctx, id, 'publicizing');
    if (row.publicityEnd && shanghaiDate() <= row.publicityEnd)
      throw conflict(t.errors.publicityNotOver(row.publicityEnd));
    const now = clock.nowIso();
    const ok = await xq.updateSelection(trx, id, input.version, {
      status: input.decision,
      decisionComment: input.comment,
      finalizedAt: now,
      updatedAt: now,
    });
    if (!ok) throw conflict();
    Object.assign(audit, { objectType: 'inspectionSelection', objectId: id, detail: input });
    return { id };
  });
}
