import { type Insertable, sql, type Updateable } from 'kysely';
import type { DocumentListQuery } from '../../../common/documents.js';
import type { Db, Executor } from '../../db/connection.js';
import { inScope } from '../../db/scope.js';
import type { DataScope } from '../../platform/access.js';
import type { DocumentTable } from './tables.js';
import './tables.js';

const SORTS = {
  writtenOn: 'documents.writtenOn',
  issuedAt: 'documents.issuedAt',
  title: 'documents.title',
  docNumber: 'documents.docSeq',
} as const;

function summarySelect(db: Executor, scope: DataScope) {
  return db.selectFrom('documents').select((eb) => [
    'documents.id',
    'documents.tenantId',
    'documents.kind',
    'documents.status',
    'documents.docNumber',
    'documents.title',
    'documents.writtenOn',
    'documents.issuedAt',
    'documents.version',
    eb
      .selectFrom('documentRecipients as r')
      .select(eb.fn.countAll<number>().as('n'))
      .whereRef('r.documentId', '=', 'documents.id')
      .where(inScope(scope, 'r.tenant_id', 'r.unit_id'))
      .as('recipientCount'),
    eb
      .selectFrom('documentRecipients as r')
      .select(eb.fn.countAll<number>().as('n'))
      .whereRef('r.documentId', '=', 'documents.id')
      .where('r.readAt', 'is not', null)
      .where(inScope(scope, 'r.tenant_id', 'r.unit_id'))
      .as('readCount'),
    eb
      .selectFrom('tasks')
      .select(eb.fn.countAll<number>().as('n'))
      .whereRef('tasks.documentId', '=', 'documents.id')
      .as('taskCount'),
    eb
      .selectFrom('documentRecipients as r')
      .select(sql<string | null>`min(r.read_at)`.as('m'))
      .whereRef('r.documentId', '=', 'documents.id')
      .where(inScope(scope, 'r.tenant_id', 'r.unit_id'))
      .as('readAt'),
  ]);
}

/**
 * Documents the caller may see: the whole tenant for committee-wide scope (drafts included only
 * when `withDrafts`), otherwise issued documents with at least one recipient inside the scope.
 */
export async function findDocuments(db: Db, scope: DataScope, query: DocumentListQuery, withDrafts: boolean) {
  let base = summarySelect(db, scope).where('documents.tenantId', '=', scope.tenantId);
  if (!withDrafts) base = base.where('documents.status', '=', 'issued');
  if (scope.unitIds || scope.areaIds)
    base = base.where(
      sql<boolean>`exists (select 1 from document_recipients r where r.document_id = documents.id and ${inScope(scope, 'r.tenant_id', 'r.unit_id')})`,
    );
  if (query.q) {
    const like = `%${query.q}%`;
    base = base.where((eb) =>
      eb.or([eb('documents.title', 'like', like), eb('documents.docNumber', 'like', like)]),
    );
  }
  if (query.kind) base = base.where('documents.kind', '=', query.kind);
  if (query.status) base = base.where('documents.status', '=', query.status);
  if (query.year) base = base.where('documents.writtenOn', 'like', `${query.year}-%`);
  if (query.unread === 'true')
    base = base.where(
      sql<boolean>`exists (select 1 from document_recipients r where r.document_id = documents.id and r.read_at is null and ${inScope(scope, 'r.tenant_id', 'r.unit_id')})`,
    );
  const count = base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n'));
  const rows = await base
    .orderBy(sql.ref(SORTS[query.sort]), query.order)
    .orderBy('documents.id', query.order)
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .execute();
  return { rows, total: Number((await count.executeTakeFirstOrThrow()).n) };
}

export function findDocumentSummary(db: Executor, scope: DataScope, id: number) {
  return summarySelect(db, scope)
    .where('documents.tenantId', '=', scope.tenantId)
    .where('documents.id', '=', id)
    .executeTakeFirst();
}

export function findDocumentById(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertDocument(db: Executor, row: Insertable<DocumentTable>) {
  return (await db.insertInto('documents').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateDocument(
  db: Executor,
  id: number,
  version: number,
  values: Omit<Updateable<DocumentTable>, 'id' | 'version'>,
) {
  const result = await db
    .updateTable('documents')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertRecipients(
  db: Executor,
  tenantId: number,
  documentId: number,
  unitIds: number[],
) {
  if (!unitIds.length) return;
  await db
    .insertInto('documentRecipients')
    .values(unitIds.map((unitId) => ({ tenantId, documentId, unitId, readAt: null, readBy: null })))
    .execute();
}

/** Which units inside the scope received the document (for reach checks). */
export async function recipientUnitsInScope(db: Executor, scope: DataScope, documentId: number) {
  const rows = await db
    .selectFrom('documentRecipients')
    .select('unitId')
    .where('documentId', '=', documentId)
    .where(inScope(scope, 'document_recipients.tenant_id', 'document_recipients.unit_id'))
    .execute();
  return rows.map((r) => r.unitId);
}

/** Records the first opening only: a later call changes nothing. */
export async function markRead(db: Executor, documentId: number, unitId: number, userId: number, at: string) {
  const result = await db
    .updateTable('documentRecipients')
    .set({ readAt: at, readBy: userId })
    .where('documentId', '=', documentId)
    .where('unitId', '=', unitId)
    .where('readAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findReceipts(db: Executor, scope: DataScope, documentId: number) {
  return db
    .selectFrom('documentRecipients as r')
    .innerJoin('units', 'units.id', 'r.unitId')
    .leftJoin('areas', 'areas.id', 'units.areaId')
    .leftJoin('users', 'users.id', 'r.readBy')
    .select([
      'r.unitId',
      'units.name as unitName',
      'areas.name as areaName',
      'r.readAt',
      'users.displayName as readerName',
    ])
    .where('r.documentId', '=', documentId)
    .where(inScope(scope, 'r.tenant_id', 'r.unit_id'))
    .orderBy(sql`case when r.read_at is null then 0 else 1 end`)
    .orderBy('areas.sort')
    .orderBy('units.sort')
    .execute();
}

export function findTenantName(db: Executor, tenantId: number) {
  return db
    .selectFrom('tenants')
    .select(['name', 'shortName'])
    .where('id', '=', tenantId)
    .executeTakeFirstOrThrow();
}

export async function alreadyRead(db: Executor, documentId: number, unitId: number) {
  const row = await db
    .selectFrom('documentRecipients')
    .select('readAt')
    .where('documentId', '=', documentId)
    .where('unitId', '=', unitId)
    .executeTakeFirst();
  return Boolean(row?.readAt);
}

/** A draft's own tasks are drafts too (no slots yet): they go with it. */
export async function deleteDocumentWithTasks(db: Executor, id: number) {
  await db.deleteFrom('tasks').where('documentId', '=', id).where('status', '=', 'draft').execute();
  await db.deleteFrom('documents').where('id', '=', id).execute();
}
