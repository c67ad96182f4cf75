import { sql } from 'kysely';
import type { Executor } from '../../db/connection.js';

declare module '../../db/schema.js' {
  interface Database {
    rateLimits: { key: string; hits: number; resetAt: number };
  }
}

/**
 * Counts one hit on `key` in one statement (atomic on both databases, whichever instance asks):
 * a window that has ended starts again at 1. Returns the hits in the current window.
 */
export async function hitWindow(db: Executor, key: string, nowMs: number, windowMs: number): Promise<number> {
  const row = await db
    .insertInto('rateLimits')
    .values({ key, hits: 1, resetAt: nowMs + windowMs })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`case when rate_limits.reset_at <= ${nowMs} then 1 else rate_limits.hits + 1 end`,
        resetAt: sql<number>`case when rate_limits.reset_at <= ${nowMs} then ${nowMs + windowMs} else rate_limits.reset_at end`,
      }),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  return Number(row.hits);
}

/** Drops windows that ended before `nowMs`. */
export async function deleteEndedWindows(db: Executor, nowMs: number): Promise<void> {
  await db.deleteFrom('rateLimits').where('resetAt', '<=', nowMs).execute();
}
