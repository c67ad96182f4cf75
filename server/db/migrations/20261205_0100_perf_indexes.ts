// Why: issue 10 — the hot list paths sorted or scanned whole tenants (problems by found_on, task slots by due_on, the audit log by id, areas by leader on every request).
import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.js';

/**
 * Indexes for the default sorts and per-request lookups seen with EXPLAIN at province scale
 * (docs/benchmarks.md). Named after 20261204_* so that databases which already ran those migrations
 * can still apply it (Kysely refuses a new migration that sorts before an executed one).
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  // Problem list default sort (found_on desc, id desc) inside a committee, and its status filter.
  await db.schema
    .createIndex('problems_tenant_found_idx')
    .on('problems')
    .columns(['tenant_id', 'found_on', 'id'])
    .execute();
  await db.schema
    .createIndex('problems_tenant_status_found_idx')
    .on('problems')
    .columns(['tenant_id', 'status', 'found_on'])
    .execute();
  // Task slot list default sort (due_on) and the overdue filter (due_on < today).
  await db.schema
    .createIndex('task_slots_tenant_due_idx')
    .on('task_slots')
    .columns(['tenant_id', 'due_on', 'id'])
    .execute();
  // Audit log viewer: a tenant's rows newest first (order by id).
  await db.schema
    .createIndex('audit_log_tenant_id_idx')
    .on('audit_log')
    .columns(['tenant_id', 'id'])
    .execute();
  // Every signed-in request of an area leader looks up the areas they lead.
  await db.schema.createIndex('areas_leader_idx').on('areas').columns(['leader_user_id']).execute();
}
