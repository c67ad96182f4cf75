import type { z } from 'zod';
import type {
  StudyMaterialListQuery,
  studyMaterialInput,
  studyMaterialUpdate,
} from '../../../common/learning.js';
import { zh } from '../../../common/locale/index.js';
import { scopeFor } from '../../../common/permissions.js';
import type { Executor } from '../../db/connection.js';
import { nextNumber } from '../../db/counters.js';
import { mutate } from '../../platform/audit/service.js';
import { clock } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, notFound } from '../../platform/errors.js';
import { assertFilesUsable, attachFiles, filesOf, registerFileOwner } from '../../platform/files/service.js';
import { presentMaterial } from './presenters.js';
import { detachFilesExcept } from './queries/attachments.js';
import * as q from './queries/materials.js';
import { canManage } from './rules.js';

const t = zh.learning;
export const MATERIAL_FILES = 'studyMaterial';

registerFileOwner(MATERIAL_FILES, async (deps, ctx, ownerId) => {
  const row = await q.findMaterialById(deps.db, ctx.user.tenantId, ownerId);
  if (!row || !scopeFor(ctx.user.roles, 'learning.read')) return false;
  return row.status === 'published' || canManage(ctx);
});

/** The counter key of a year's 《党员理论学习辅导材料》 issues. */
export const materialCounterKey = (year: number) => `study-material:${year}`;

/** Publishes a material: takes the next 期号 of its year inside the caller's transaction. */
export async function assignMaterialNumber(trx: Executor, tenantId: number, year: number) {
  return nextNumber(trx, tenantId, materialCounterKey(year));
}

export async function listMaterials(deps: Deps, ctx: RequestContext, query: StudyMaterialListQuery) {
  const { rows, total } = await q.findMaterials(deps.db, ctx.user.tenantId, query, !canManage(ctx));
  const files = await filesOf(
    deps.db,
    ctx.user.tenantId,
    MATERIAL_FILES,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentMaterial(r, files.get(r.id) ?? [])),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getMaterial(deps: Deps, ctx: RequestContext, id: number) {
  const row = await q.findMaterialById(deps.db, ctx.user.tenantId, id);
  if (!row || (row.status !== 'published' && !canManage(ctx))) throw notFound();
  const files = await filesOf(deps.db, ctx.user.tenantId, MATERIAL_FILES, [id]);
  return presentMaterial(row, files.get(id) ?? []);
}

export function createMaterial(deps: Deps, ctx: RequestContext, input: z.infer<typeof studyMaterialInput>) {
  return mutate(deps.db, ctx, 'learning.material.create', async (trx, audit) => {
    await assertFilesUsable(trx, ctx, input.fileIds);
    const now = clock.nowIso();
    const { fileIds, ...values } = input;
    const id = await q.insertMaterial(trx, {
      tenantId: ctx.user.tenantId,
      ...values,
      number: null,
      status: 'draft',
      publishedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await attachFiles(trx, fileIds, MATERIAL_FILES, id);
    Object.assign(audit, { objectType: 'studyMaterial', objectId: id, detail: input });
    return { id };
  });
}

async function loadDraft(trx: Executor, ctx: RequestContext, id: number) {
  const row = await q.findMaterialById(trx, ctx.user.tenantId, id);
  if (!row) throw notFound();
  if (row.status !== 'draft') throw conflict(t.materialPublished);
  return row;
}

export function updateMaterial(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof studyMaterialUpdate>,
) {
  return mutate(deps.db, ctx, 'learning.material.update', async (trx, audit) => {
    await loadDraft(trx, ctx, id);
    await assertFilesUsable(trx, ctx, input.fileIds, { type: MATERIAL_FILES, id });
    const { fileIds, version, ...values } = input;
    if (!(await q.updateMaterial(trx, id, version, { ...values, updatedAt: clock.nowIso() })))
      throw conflict();
    await detachFilesExcept(trx, ctx.user.tenantId, MATERIAL_FILES, id, fileIds);
    await attachFiles(trx, fileIds, MATERIAL_FILES, id);
    Object.assign(audit, { objectType: 'studyMaterial', objectId: id, detail: input });
    return { id };
  });
}

/** 印发: the draft gets the next gap-free number of its year. */
export function publishMaterial(deps: Deps, ctx: RequestContext, id: number, version: number) {
  return mutate(deps.db, ctx, 'learning.material.publish', async (trx, audit) => {
    const row = await q.findMaterialById(trx, ctx.user.tenantId, id);
    if (!row) throw notFound();
    if (row.status !== 'draft') throw conflict(t.materialNotDraft);
    if (row.version !== version) throw conflict();
    const number = await assignMaterialNumber(trx, ctx.user.tenantId, row.year);
    const now = clock.nowIso();
    if (
      !(await q.updateMaterial(trx, id, version, {
        number,
        status: 'published',
        publishedAt: now,
        updatedAt: now,
      }))
    )
      throw conflict();
    Object.assign(audit, { objectType: 'studyMaterial', objectId: id, detail: { year: row.year, number } });
    return { id, number };
  });
}

export function deleteMaterial(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'learning.material.delete', async (trx, audit) => {
    const row = await loadDraft(trx, ctx, id);
    await detachFilesExcept(trx, ctx.user.tenantId, MATERIAL_FILES, id, []);
    await q.deleteMaterial(trx, id);
    Object.assign(audit, { objectType: 'studyMaterial', objectId: id, detail: { title: row.title } });
  });
}
