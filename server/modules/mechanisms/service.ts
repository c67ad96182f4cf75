import type { z } from 'zod';
import { zh } from '../../../common/locale/index.js';
import {
  ADOPTION_CELLS,
  type Adoption,
  type AdoptionStatus,
  adoptionCell,
  type adoptionInput,
  type adoptionReview,
  type MechanismInput,
  type mechanismListQuery,
  type ReviewStatus,
} from '../../../common/mechanisms.js';
import type { Executor } from '../../db/connection.js';
import { assertReach, dataScope } from '../../platform/access.js';
import { mutate } from '../../platform/audit/service.js';
import { clock } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../platform/errors.js';
import { assertFilesUsable, attachFiles, filesOf } from '../../platform/files/service.js';
import { detachFilesExcept } from '../documents/targets-queries.js';
import { buildMatrix } from '../tasks/matrix.js';
import * as q from './queries.js';

export const ADOPTION_FILE_OWNER = 'mechanism_adoption';

async function summaries(
  db: Executor,
  ctx: RequestContext,
  rows: { id: number; name: string; description: string | null; startedOn: string | null; version: number }[],
) {
  const ids = rows.map((r) => r.id);
  const scope = dataScope(ctx);
  const [elements, units, adoptions] = await Promise.all([
    q.findElements(db, ids),
    q.findParticipants(db, scope, ids),
    q.findAdoptions(db, scope, ids),
  ]);
  return rows.map((m) => {
    const el = elements.filter((e) => e.mechanismId === m.id).length;
    const us = units.filter((u) => u.mechanismId === m.id);
    const unitSet = new Set(us.map((u) => u.unitId));
    const own = adoptions.filter((a) => a.mechanismId === m.id && unitSet.has(a.unitId));
    const done = own.filter((a) => adoptionCell(a) === 'done').length;
    return {
      id: m.id,
      name: m.name,
      description: m.description,
      startedOn: m.startedOn,
      elementCount: el,
      unitCount: us.length,
      pilotCount: us.filter((u) => u.isPilot === 1).length,
      doneCount: done,
      pendingReviewCount: own.filter((a) => a.reviewStatus === 'submitted').length,
      rate: el * us.length ? Math.round((done / (el * us.length)) * 1000) / 10 : 0,
      version: m.version,
    };
  });
}

export async function listMechanisms(
  deps: Deps,
  ctx: RequestContext,
  query: z.infer<typeof mechanismListQuery>,
) {
  const { rows, total } = await q.findMechanisms(deps.db, dataScope(ctx), query);
  return { items: await summaries(deps.db, ctx, rows), total, page: query.page, pageSize: query.pageSize };
}

async function reachableMechanism(db: Executor, ctx: RequestContext, id: number) {
  const row = await q.findMechanismById(db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  if (ctx.scope !== 'tenant' && !(await q.findParticipants(db, dataScope(ctx), [id])).length)
    throw notFound();
  return row;
}

export async function getMechanism(deps: Deps, ctx: RequestContext, id: number) {
  const row = await reachableMechanism(deps.db, ctx, id);
  const [summary] = await summaries(deps.db, ctx, [row]);
  const elements = await q.findElements(deps.db, [id]);
  const units = await q.findParticipants(deps.db, dataScope(ctx), [id]);
  return {
    ...summary,
    elements: elements.map(({ mechanismId: _m, ...e }) => e),
    units: units.map((u) => ({ unitId: u.unitId, unitName: u.name, isPilot: u.isPilot === 1 })),
  };
}

async function checkUnits(trx: Executor, ctx: RequestContext, input: MechanismInput) {
  const unitIds = [...new Set(input.unitIds)];
  if ((await q.countUnits(trx, ctx.user.tenantId, unitIds)) !== unitIds.length)
    throw fieldError('unitIds', zh.documents.unitsMissing);
  if (input.pilotUnitIds.some((u) => !unitIds.includes(u)))
    throw fieldError('pilotUnitIds', zh.documents.pilotNotInUnits);
  return unitIds;
}

export function createMechanism(deps: Deps, ctx: RequestContext, input: MechanismInput) {
  return mutate(deps.db, ctx, 'mechanisms.create', async (trx, audit) => {
    const unitIds = await checkUnits(trx, ctx, input);
    const now = clock.nowIso();
    const id = await q.insertMechanism(trx, {
      tenantId: ctx.user.tenantId,
      name: input.name,
      description: input.description,
      startedOn: input.startedOn,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    });
    for (const [sort, e] of input.elements.entries())
      await q.insertElement(trx, {
        tenantId: ctx.user.tenantId,
        mechanismId: id,
        groupName: e.groupName,
        name: e.name,
        description: e.description,
        sort,
      });
    await q.replaceParticipants(trx, ctx.user.tenantId, id, unitIds, new Set(input.pilotUnitIds));
    Object.assign(audit, {
      objectType: 'mechanism',
      objectId: id,
      detail: { name: input.name, elements: input.elements.length, units: unitIds.length },
    });
    return { id };
  });
}

export function updateMechanism(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: MechanismInput & { version: number },
) {
  return mutate(deps.db, ctx, 'mechanisms.update', async (trx, audit) => {
    if (!(await q.findMechanismById(trx, ctx.user.tenantId, id))) throw notFound();
    const unitIds = await checkUnits(trx, ctx, input);
    const ok = await q.updateMechanism(trx, id, input.version, {
      name: input.name,
      description: input.description,
      startedOn: input.startedOn,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    const existing = await q.findElements(trx, [id]);
    const kept = new Set(input.elements.map((e) => e.id).filter((x): x is number => x !== null));
    for (const e of existing.filter((x) => !kept.has(x.id))) {
      if (await q.elementHasAdoptions(trx, e.id)) throw conflict(zh.documents.elementInUse(e.name));
      await q.deleteElement(trx, e.id);
    }
    for (const [sort, e] of input.elements.entries()) {
      const values = { groupName: e.groupName, name: e.name, description: e.description, sort };
      if (e.id === null)
        await q.insertElement(trx, { tenantId: ctx.user.tenantId, mechanismId: id, ...values });
      else if (existing.some((x) => x.id === e.id)) await q.updateElement(trx, e.id, values);
      else throw fieldError('elements', zh.documents.elementMissing);
    }
    await q.replaceParticipants(trx, ctx.user.tenantId, id, unitIds, new Set(input.pilotUnitIds));
    Object.assign(audit, {
      objectType: 'mechanism',
      objectId: id,
      detail: { name: input.name, elements: input.elements.length, units: unitIds.length },
    });
    return { id };
  });
}

type AdoptionRow = Awaited<ReturnType<typeof q.findAdoptions>>[number];
const presentAdoption = (a: AdoptionRow, files: Map<number, Adoption['files']>): Adoption => ({
  id: a.id,
  elementId: a.elementId,
  unitId: a.unitId,
  unitName: a.unitName,
  status: a.status as AdoptionStatus,
  evidence: a.evidence,
  reviewStatus: a.reviewStatus as ReviewStatus,
  reviewNote: a.reviewNote,
  submittedAt: a.submittedAt,
  reviewedAt: a.reviewedAt,
  files: files.get(a.id) ?? [],
  version: a.version,
});

/** A unit's sheet (every element, reported or not) or the committee's review queue. */
export async function listAdoptions(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  filter: { unitId?: number; reviewStatus?: string },
) {
  await reachableMechanism(deps.db, ctx, id);
  const rows = await q.findAdoptions(deps.db, dataScope(ctx), [id], filter);
  const files = await filesOf(
    deps.db,
    ctx.user.tenantId,
    ADOPTION_FILE_OWNER,
    rows.map((r) => r.id),
  );
  const reported = rows.map((r) => presentAdoption(r, files));
  if (!filter.unitId || filter.reviewStatus) return reported;
  const unit = (await q.findParticipants(deps.db, dataScope(ctx), [id])).find(
    (u) => u.unitId === filter.unitId,
  );
  if (!unit) throw notFound();
  const elements = await q.findElements(deps.db, [id]);
  return elements.map(
    (e) =>
      reported.find((a) => a.elementId === e.id) ?? {
        id: null,
        elementId: e.id,
        unitId: unit.unitId,
        unitName: unit.name,
        status: 'not_started' as const,
        evidence: null,
        reviewStatus: 'none' as const,
        reviewNote: null,
        submittedAt: null,
        reviewedAt: null,
        files: [],
        version: null,
      },
  );
}

/** A unit reports (or re-reports) its adoption of one element; it then waits for review. */
export function reportAdoption(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof adoptionInput>,
) {
  return mutate(deps.db, ctx, 'mechanisms.report', async (trx, audit) => {
    await reachableMechanism(trx, ctx, id);
    const wholeTenant = { tenantId: ctx.user.tenantId, unitIds: null, areaIds: null };
    const unit = (await q.findParticipants(trx, wholeTenant, [id])).find((u) => u.unitId === input.unitId);
    if (!unit) throw fieldError('unitId', zh.documents.unitNotInMechanism);
    assertReach(ctx, { tenantId: ctx.user.tenantId, unitId: unit.unitId, areaId: unit.areaId });
    if (!(await q.findElements(trx, [id])).some((e) => e.id === input.elementId))
      throw fieldError('elementId', zh.documents.elementMissing);
    const now = clock.nowIso();
    const current = await q.findAdoptionOf(trx, input.elementId, input.unitId);
    const values = {
      status: input.status,
      evidence: input.evidence,
      reviewStatus: 'submitted',
      reviewNote: null,
      submittedAt: now,
      updatedAt: now,
    };
    let adoptionId: number;
    if (!current) {
      if (input.version !== null) throw conflict();
      adoptionId = await q.insertAdoption(trx, {
        tenantId: ctx.user.tenantId,
        mechanismId: id,
        elementId: input.elementId,
        unitId: input.unitId,
        ...values,
        reviewedAt: null,
        reviewedBy: null,
        createdAt: now,
      });
    } else {
      adoptionId = current.id;
      if (current.reviewStatus === 'accepted' && current.status === 'done')
        throw conflict(zh.documents.adoptionAlreadyReviewed);
      if (input.version === null || !(await q.updateAdoption(trx, current.id, input.version, values)))
        throw conflict();
    }
    await assertFilesUsable(trx, ctx, input.fileIds, { type: ADOPTION_FILE_OWNER, id: adoptionId });
    await detachFilesExcept(trx, ADOPTION_FILE_OWNER, adoptionId, input.fileIds);
    await attachFiles(trx, input.fileIds, ADOPTION_FILE_OWNER, adoptionId);
    Object.assign(audit, {
      objectType: 'mechanism_adoption',
      objectId: adoptionId,
      detail: { mechanismId: id, elementId: input.elementId, unitId: input.unitId, status: input.status },
    });
    return { id: adoptionId };
  });
}

export function reviewAdoption(
  deps: Deps,
  ctx: RequestContext,
  adoptionId: number,
  input: z.infer<typeof adoptionReview>,
) {
  return mutate(deps.db, ctx, 'mechanisms.review', async (trx, audit) => {
    const row = await q.findAdoptionById(trx, ctx.user.tenantId, adoptionId);
    if (!row) throw notFound();
    assertReach(ctx, { tenantId: row.tenantId, unitId: row.unitId, areaId: row.areaId });
    if (row.reviewStatus !== 'submitted') throw conflict(zh.documents.adoptionNotSubmitted);
    const now = clock.nowIso();
    const ok = await q.updateAdoption(trx, adoptionId, input.version, {
      reviewStatus: input.decision === 'accept' ? 'accepted' : 'returned',
      reviewNote: input.note,
      reviewedAt: now,
      reviewedBy: ctx.user.id,
      updatedAt: now,
    });
    if (!ok) throw conflict();
    Object.assign(audit, {
      objectType: 'mechanism_adoption',
      objectId: adoptionId,
      detail: { decision: input.decision, note: input.note },
    });
    return { id: adoptionId };
  });
}

export async function canSeeAdoption(deps: Deps, ctx: RequestContext, adoptionId: number) {
  const row = await q.findAdoptionById(deps.db, ctx.user.tenantId, adoptionId);
  if (!row) return false;
  try {
    assertReach(ctx, { tenantId: row.tenantId, unitId: row.unitId, areaId: row.areaId });
    return true;
  } catch {
    return false;
  }
}

/** Units × elements: accepted-and-done, awaiting review, returned, in progress, not started. */
export async function mechanismMatrix(deps: Deps, ctx: RequestContext, id: number) {
  await reachableMechanism(deps.db, ctx, id);
  const scope = dataScope(ctx);
  const [elements, units, adoptions] = await Promise.all([
    q.findElements(deps.db, [id]),
    q.findParticipants(deps.db, scope, [id]),
    q.findAdoptions(deps.db, scope, [id]),
  ]);
  const cells = new Map<number, Record<string, { state: string; refId: number }>>();
  for (const u of units) {
    const row: Record<string, { state: string; refId: number }> = {};
    for (const e of elements) {
      const a = adoptions.find((x) => x.unitId === u.unitId && x.elementId === e.id);
      row[`e${e.id}`] = { state: adoptionCell(a), refId: a?.id ?? 0 };
    }
    cells.set(u.unitId, row);
  }
  const matrixUnits = units.map((u) => ({
    id: u.unitId,
    name: u.name,
    shortName: u.shortName,
    category: u.category,
    areaId: u.areaId,
    areaName: u.areaName,
  }));
  const columns = elements.map((e) => ({ key: `e${e.id}`, label: e.name }));
  return buildMatrix(matrixUnits, columns, cells, ADOPTION_CELLS, ['done']);
}
