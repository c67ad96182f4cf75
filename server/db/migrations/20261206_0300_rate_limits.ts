// Why: issue 10 — several app instances behind nginx must share the per-IP login limit, so its window moves from process memory to the database.
import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.js';

/**
 * One fixed window per key (e.g. `login:<ip>`): hits so far and when the window ends (epoch ms).
 * Platform-wide, not per committee: an address is limited whatever tenant it tries.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'varchar(200)', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limits_reset_idx').on('rate_limits').column('reset_at').execute();
}
