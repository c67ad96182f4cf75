import { sql } from 'kysely';
import type { Executor } from './connection.js';

/**
 * The next number of a gap-free sequence (发文字号, 简报期号 …), taken inside the business transaction:
 * the UPDATE takes the row lock on PostgreSQL and the single writer lock on SQLite, so two concurrent
 * transactions can never take the same number, and a rolled-back transaction gives its number back.
 */
export async function nextNumber(db: Executor, tenantId: number, key: string): Promise<number> {
  await db
    .insertInto('counters')
    .values({ tenantId, key, value: 0 })
    .onConflict((oc) => oc.columns(['tenantId', 'key']).doNothing())
    .execute();
  const row = await db
    .updateTable('counters')
    .set({ value: sql`value + 1` })
    .where('tenantId', '=', tenantId)
    .where('key', '=', key)
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value;
}
