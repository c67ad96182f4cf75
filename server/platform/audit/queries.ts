import { sql } from 'kysely';
import type { Db, Executor } from '../../db/connection.js';
import type { AuditLogTable } from '../../db/schema.js';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditInsert = Omit<AuditLogTable, 'id' | 'prevHash' | 'hash'>;

/** Locks the chain head of one tenant (row lock on PostgreSQL, the write lock on SQLite). */
export async function lockChainHead(db: Executor, chainKey: number): Promise<string> {
  await db
    .insertInto('auditChain')
    .values({ chainKey, lastId: 0, lastHash: GENESIS_HASH })
    .onConflict((oc) => oc.column('chainKey').doNothing())
    .execute();
  const head = await db
    .updateTable('auditChain')
    .set({ lastId: sql`last_id` })
    .where('chainKey', '=', chainKey)
    .returning('lastHash')
    .executeTakeFirstOrThrow();
  return head.lastHash;
}

export async function appendAuditRow(
  db: Executor,
  row: AuditInsert & { prevHash: string; hash: string },
  chainKey: number,
) {
  const inserted = await db.insertInto('auditLog').values(row).returning('id').executeTakeFirstOrThrow();
  await db
    .updateTable('auditChain')
    .set({ lastId: inserted.id, lastHash: row.hash })
    .where('chainKey', '=', chainKey)
    .execute();
  return inserted.id;
}

export interface AuditFilter {
  tenantId: number;
  from?: string;
  to?: string;
  action?: string;
  actorId?: number;
  objectType?: string;
  result?: string;
  q?: string;
}

export async function findAuditRows(
  db: Db,
  filter: AuditFilter,
  paging: { offset: number; limit: number; order: 'asc' | 'desc' },
) {
  let query = db.selectFrom('auditLog').where('tenantId', '=', filter.tenantId);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.action) query = query.where('action', 'like', `${filter.action}%`);
  if (filter.actorId) query = query.where('actorId', '=', filter.actorId);
  if (filter.objectType) query = query.where('objectType', '=', filter.objectType);
  if (filter.result) query = query.where('result', '=', filter.result);
  if (filter.q)
    query = query.where((eb) =>
      eb.or([eb('actorName', 'like', `%${filter.q}%`), eb('detail', 'like', `%${filter.q}%`)]),
    );
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('id', paging.order).offset(paging.offset).limit(paging.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export function findChainRows(db: Db, chainKey: number) {
  const q = db.selectFrom('auditLog').selectAll().orderBy('id', 'asc');
  return chainKey === 0
    ? q.where('tenantId', 'is', null).execute()
    : q.where('tenantId', '=', chainKey).execute();
}

/** The actions and actors present in a tenant's log, for the viewer's filters. */
export async function findAuditFacets(db: Db, tenantId: number) {
  const [actions, actors] = await Promise.all([
    db
      .selectFrom('auditLog')
      .select('action')
      .distinct()
      .where('tenantId', '=', tenantId)
      .orderBy('action')
      .execute(),
    db
      .selectFrom('auditLog')
      .select(['actorId', 'actorName'])
      .distinct()
      .where('tenantId', '=', tenantId)
      .where('actorId', 'is not', null)
      .orderBy('actorName')
      .execute(),
  ]);
  return { actions: actions.map((a) => a.action), actors };
}

/** Number of audit rows, optionally of one action (tests and drills compare it before and after). */
export async function countAuditRows(db: Executor, action?: string) {
  let q = db.selectFrom('auditLog').select((eb) => eb.fn.countAll<number>().as('n'));
  if (action) q = q.where('action', '=', action);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Audit rows after `afterId`, oldest first: id and action (the permission matrix counts them per request). */
export function findAuditActionsSince(db: Executor, afterId: number) {
  return db.selectFrom('auditLog').select(['id', 'action']).where('id', '>', afterId).orderBy('id').execute();
}

/** The newest audit row's id (0 when there is none). */
export async function lastAuditRowId(db: Executor) {
  const row = await db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}
