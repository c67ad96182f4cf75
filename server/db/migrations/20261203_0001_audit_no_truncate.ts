// Why: on PostgreSQL the row triggers of audit_log do not fire on TRUNCATE, so a connection owning
// the table could still empty it in one statement. A statement trigger refuses that too (SQLite
// has no TRUNCATE: its DELETE without WHERE runs the row trigger). See docs/security.md.
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connection.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(
    db,
  );
}
