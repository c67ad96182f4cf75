import { createHash } from 'node:crypto';
import type { Db, Executor, Trx } from '../../db/connection.js';
import { clock } from '../clock.js';
import type { RequestContext } from '../context.js';
import { type AuditInsert, appendAuditRow, findChainRows, GENESIS_HASH, lockChainHead } from './queries.js';

export type AuditResult = 'success' | 'failure' | 'denied';

export interface AuditActor {
  tenantId: number | null;
  actorId: number | null;
  actorName: string | null;
  actorRole: string | null;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditEvent {
  action: string;
  objectType?: string | null;
  objectId?: string | number | null;
  result?: AuditResult;
  detail?: unknown;
}

export function actorOf(ctx: RequestContext): AuditActor {
  return {
    tenantId: ctx.user.tenantId,
    actorId: ctx.user.id,
    actorName: ctx.user.displayName,
    actorRole: ctx.user.roles.join(','),
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  };
}

function rowHash(prevHash: string, row: AuditInsert): string {
  const canonical = JSON.stringify([
    prevHash,
    row.tenantId,
    row.at,
    row.actorId,
    row.actorName,
    row.actorRole,
    row.action,
    row.objectType,
    row.objectId,
    row.result,
    row.ip,
    row.userAgent,
    row.detail,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Appends one audit row on the given executor (call it inside the business transaction). */
export async function writeAudit(db: Executor, actor: AuditActor, event: AuditEvent): Promise<number> {
  const chainKey = actor.tenantId ?? 0;
  const prevHash = await lockChainHead(db, chainKey);
  const row: AuditInsert = {
    tenantId: actor.tenantId,
    at: clock.nowIso(),
    actorId: actor.actorId,
    actorName: actor.actorName,
    actorRole: actor.actorRole,
    action: event.action,
    objectType: event.objectType ?? null,
    objectId: event.objectId === undefined || event.objectId === null ? null : String(event.objectId),
    result: event.result ?? 'success',
    ip: actor.ip,
    userAgent: actor.userAgent ? actor.userAgent.slice(0, 500) : null,
    detail: event.detail === undefined ? null : JSON.stringify(event.detail),
  };
  return appendAuditRow(db, { ...row, prevHash, hash: rowHash(prevHash, row) }, chainKey);
}

/** Writes an audit row in a transaction of its own (logins, denials). */
export function writeAuditNow(db: Db, actor: AuditActor, event: AuditEvent): Promise<number> {
  return db.transaction().execute((trx) => writeAudit(trx, actor, event));
}

/** What a mutation tells the audit row about the object it changed. */
export interface AuditTarget {
  objectType: string;
  objectId?: string | number | null;
  detail?: unknown;
}

/**
 * One business operation = one transaction = exactly one audit row. The callback does the work
 * and says which object it changed; the audit row is written in the same transaction, so either
 * both land or neither does.
 */
export async function mutate<T>(
  db: Db,
  ctx: RequestContext,
  action: string,
  work: (trx: Trx, target: AuditTarget) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const target: AuditTarget = { objectType: action.split('.')[0] };
    const result = await work(trx, target);
    await writeAudit(trx, actorOf(ctx), {
      action,
      objectType: target.objectType,
      objectId: target.objectId ?? null,
      detail: target.detail,
    });
    return result;
  });
}

/** Recomputes a tenant's chain; returns the id of the first row that does not match, or null. */
export async function verifyChain(db: Db, chainKey: number): Promise<number | null> {
  const rows = await findChainRows(db, chainKey);
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const { id, prevHash, hash, ...rest } = row;
    if (prevHash !== prev || rowHash(prev, rest) !== hash) return id;
    prev = hash;
  }
  return null;
}
