import {
  type DocumentInput,
  type DocumentListQuery,
  formatDocNumber,
  type Target,
} from '../../../common/documents.js';
import { zh } from '../../../common/locale/index.js';
import type { Executor } from '../../db/connection.js';
import { nextNumber } from '../../db/counters.js';
import { dataScope } from '../../platform/access.js';
import { mutate } from '../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { buildOfficialDocument } from '../../platform/docx/official-document.js';
import { conflict, fieldError, notFound } from '../../platform/errors.js';
import { assertFilesUsable, attachFiles, filesOf } from '../../platform/files/service.js';
import { dispatchDocumentTasks } from '../tasks/dispatch.js';
import { presentDetail, presentSummary } from './presenters.js';
import * as q from './queries.js';
import { areaExists, countUnitsIn, detachFilesExcept, resolveTargetUnits } from './targets-queries.js';

export const DOCUMENT_FILE_OWNER = 'document';

/** Committee-wide readers see drafts; everyone else only issued documents addressed inside their reach. */
const seesDrafts = (ctx: RequestContext) => ctx.scope === 'tenant';

export async function checkTarget(db: Executor, tenantId: number, target: Target) {
  if (target.mode === 'area' && !(await areaExists(db, tenantId, target.areaId ?? 0)))
    throw fieldError('target.areaId', zh.documents.areaMissing);
  if (
    target.mode === 'units' &&
    (await countUnitsIn(db, tenantId, target.unitIds)) !== new Set(target.unitIds).size
  )
    throw fieldError('target.unitIds', zh.documents.unitsMissing);
}

export const targetColumns = (t: Target) => ({
  targetMode: t.mode,
  targetAreaId: t.mode === 'area' ? t.areaId : null,
  targetCategory: t.mode === 'category' ? t.category : null,
  targetUnitIds: JSON.stringify(t.mode === 'units' ? [...new Set(t.unitIds)] : []),
});

const contentColumns = (input: DocumentInput) => ({
  kind: input.kind,
  orgCode: input.orgCode,
  title: input.title,
  recipientsText: input.recipientsText,
  blocks: JSON.stringify(input.blocks),
  attachmentNotes: JSON.stringify(input.attachmentNotes),
  signature: input.signature,
  writtenOn: input.writtenOn,
  copyTo: input.copyTo,
  ...targetColumns(input.target),
});

export async function listDocuments(deps: Deps, ctx: RequestContext, query: DocumentListQuery) {
  const { rows, total } = await q.findDocuments(deps.db, dataScope(ctx), query, seesDrafts(ctx));
  const own = ctx.scope === 'unit';
  return {
    items: rows.map((r) => presentSummary(r, own)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Loads a document inside the caller's reach, or 404 (drafts and foreign documents look the same). */
async function reachable(db: Executor, ctx: RequestContext, id: number) {
  const row = await q.findDocumentById(db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  if (seesDrafts(ctx)) return row;
  if (row.status !== 'issued') throw notFound();
  if (!(await q.recipientUnitsInScope(db, dataScope(ctx), id)).length) throw notFound();
  return row;
}

export async function getDocument(deps: Deps, ctx: RequestContext, id: number) {
  const row = await reachable(deps.db, ctx, id);
  const summary = await q.findDocumentSummary(deps.db, dataScope(ctx), id);
  const files = (await filesOf(deps.db, ctx.user.tenantId, DOCUMENT_FILE_OWNER, [id])).get(id) ?? [];
  return presentDetail(presentSummary(summary!, ctx.scope === 'unit'), row, files);
}

/** For file downloads: may the caller see this document? */
export async function canSeeDocument(deps: Deps, ctx: RequestContext, id: number) {
  try {
    await reachable(deps.db, ctx, id);
    return true;
  } catch {
    return false;
  }
}

export function createDocument(deps: Deps, ctx: RequestContext, input: DocumentInput) {
  return mutate(deps.db, ctx, 'documents.create', async (trx, audit) => {
    await checkTarget(trx, ctx.user.tenantId, input.target);
    await assertFilesUsable(trx, ctx, input.fileIds);
    const now = clock.nowIso();
    const id = await q.insertDocument(trx, {
      tenantId: ctx.user.tenantId,
      status: 'draft',
      ...contentColumns(input),
      docYear: null,
      docSeq: null,
      docNumber: null,
      issuedAt: null,
      issuedBy: null,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    });
    await attachFiles(trx, input.fileIds, DOCUMENT_FILE_OWNER, id);
    Object.assign(audit, {
      objectType: 'document',
      objectId: id,
      detail: { title: input.title, kind: input.kind },
    });
    return { id };
  });
}

async function draftOf(trx: Executor, ctx: RequestContext, id: number) {
  const row = await q.findDocumentById(trx, ctx.user.tenantId, id);
  if (!row) throw notFound();
  if (row.status !== 'draft') throw conflict(zh.documents.notDraft);
  return row;
}

export function updateDocument(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: DocumentInput & { version: number },
) {
  return mutate(deps.db, ctx, 'documents.update', async (trx, audit) => {
    await draftOf(trx, ctx, id);
    await checkTarget(trx, ctx.user.tenantId, input.target);
    await assertFilesUsable(trx, ctx, input.fileIds, { type: DOCUMENT_FILE_OWNER, id });
    const ok = await q.updateDocument(trx, id, input.version, {
      ...contentColumns(input),
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    await detachFilesExcept(trx, DOCUMENT_FILE_OWNER, id, input.fileIds);
    await attachFiles(trx, input.fileIds, DOCUMENT_FILE_OWNER, id);
    Object.assign(audit, { objectType: 'document', objectId: id, detail: { title: input.title } });
    return { id };
  });
}

export function deleteDocument(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'documents.delete', async (trx, audit) => {
    const row = await draftOf(trx, ctx, id);
    await detachFilesExcept(trx, DOCUMENT_FILE_OWNER, id, []);
    await q.deleteDocumentWithTasks(trx, id);
    Object.assign(audit, { objectType: 'document', objectId: id, detail: { title: row.title } });
  });
}

/**
 * 编号印发: takes the next 发文字号 of the 机关代字 and year (gap-free, inside this transaction),
 * snapshots the 主送 units as recipients, and dispatches the tasks the document carries.
 */
export function issueDocument(deps: Deps, ctx: RequestContext, id: number, version: number) {
  return mutate(deps.db, ctx, 'documents.issue', async (trx, audit) => {
    const row = await draftOf(trx, ctx, id);
    const target: Target = {
      mode: row.targetMode as Target['mode'],
      areaId: row.targetAreaId,
      category: row.targetCategory,
      unitIds: JSON.parse(row.targetUnitIds) as number[],
    };
    const unitIds = await resolveTargetUnits(trx, ctx.user.tenantId, target);
    if (!unitIds.length) throw conflict(zh.documents.noRecipients);
    const year = Number(row.writtenOn.slice(0, 4));
    const seq = await nextNumber(trx, ctx.user.tenantId, `doc:${row.orgCode}:${year}`);
    const docNumber = formatDocNumber(row.orgCode, year, seq);
    const now = clock.nowIso();
    const ok = await q.updateDocument(trx, id, version, {
      status: 'issued',
      docYear: year,
      docSeq: seq,
      docNumber,
      issuedAt: now,
      issuedBy: ctx.user.id,
      updatedAt: now,
    });
    if (!ok) throw conflict();
    await q.insertRecipients(trx, ctx.user.tenantId, id, unitIds);
    const taskIds = await dispatchDocumentTasks(trx, ctx, id);
    Object.assign(audit, {
      objectType: 'document',
      objectId: id,
      detail: { docNumber, recipients: unitIds.length, tasks: taskIds },
    });
    return { id, docNumber };
  });
}

/** A unit's first opening of a received document; later openings change nothing and write nothing. */
export async function markRead(deps: Deps, ctx: RequestContext, id: number) {
  await reachable(deps.db, ctx, id);
  const unitId = ctx.user.unitId;
  if (ctx.scope !== 'unit' || unitId === null) return { recorded: false };
  if (await q.alreadyRead(deps.db, id, unitId)) return { recorded: false };
  return mutate(deps.db, ctx, 'documents.receipt', async (trx, audit) => {
    const recorded = await q.markRead(trx, id, unitId, ctx.user.id, clock.nowIso());
    Object.assign(audit, { objectType: 'document', objectId: id, detail: { unitId, recorded } });
    return { recorded };
  });
}

export async function listReceipts(deps: Deps, ctx: RequestContext, id: number) {
  await reachable(deps.db, ctx, id);
  return q.findReceipts(deps.db, dataScope(ctx), id);
}

export async function exportDocx(deps: Deps, ctx: RequestContext, id: number) {
  const row = await reachable(deps.db, ctx, id);
  const tenant = await q.findTenantName(deps.db, ctx.user.tenantId);
  const buffer = await buildOfficialDocument({
    letterhead: zh.documents.letterhead(tenant.name),
    docNumber: row.docNumber,
    title: row.title,
    recipients: row.recipientsText,
    blocks: JSON.parse(row.blocks),
    attachments: JSON.parse(row.attachmentNotes),
    signature: row.signature,
    date: row.writtenOn,
    copyTo: row.copyTo,
    issuer: row.status === 'issued' ? tenant.name : null,
    issueDate: row.issuedAt ? shanghaiDate(new Date(row.issuedAt)) : null,
  });
  return {
    buffer,
    filename: zh.documents.docxName(row.docNumber ? `${row.docNumber} ${row.title}` : row.title),
  };
}
