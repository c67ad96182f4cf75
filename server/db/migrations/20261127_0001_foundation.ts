// Why: the platform core — tenants, organisations, accounts, sessions, audit, files, counters —
// on which every module stands. Every business table carries tenant_id from day one.
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connection.js';
import { tableWithId, withTenant, withTimestamps } from '../migration-kit.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await tableWithId(db, dialect, 'tenants')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withTenant(tableWithId(db, dialect, 'departments'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await withTenant(tableWithId(db, dialect, 'users'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer')
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('phone', 'text')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .$call(withTimestamps)
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'areas'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('leader_user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('liaison_department_id', 'integer', (c) => c.references('departments.id'))
      .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'units'))
      .addColumn('area_id', 'integer', (c) => c.references('areas.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('short_name', 'text')
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('is_window', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('contact', 'text')
      .addColumn('phone', 'text')
      .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('units_tenant_code_uq', ['tenant_id', 'code']),
  ).execute();
  await db.schema
    .createIndex('units_tenant_area_idx')
    .on('units')
    .columns(['tenant_id', 'area_id'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'party_orgs'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
      .addColumn('parent_id', 'integer', (c) => c.references('party_orgs.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('category_code', 'text')
      .addColumn('founded_on', 'text')
      .addColumn('term_start', 'text')
      .addColumn('term_end', 'text')
      .addColumn('secretary', 'text')
      .addColumn('contact', 'text')
      .addColumn('phone', 'text')
      .addColumn('member_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('party_orgs_unit_name_uq', ['unit_id', 'name']),
  ).execute();
  await db.schema
    .createIndex('party_orgs_unit_idx')
    .on('party_orgs')
    .columns(['tenant_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('login_failures')
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('first_failed_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await tableWithId(db, dialect, 'audit_log')
    .addColumn('tenant_id', 'integer')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text')
    .addColumn('object_id', 'text')
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('detail', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_tenant_at_idx')
    .on('audit_log')
    .columns(['tenant_id', 'at'])
    .execute();

  await db.schema
    .createTable('audit_chain')
    .addColumn('chain_key', 'integer', (c) => c.primaryKey())
    .addColumn('last_id', 'integer', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .execute();

  await withTenant(tableWithId(db, dialect, 'files'))
    .addColumn('unit_id', 'integer')
    .addColumn('owner_type', 'text')
    .addColumn('owner_id', 'integer')
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('storage_name', 'text', (c) => c.notNull().unique())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('files_owner_idx').on('files').columns(['owner_type', 'owner_id']).execute();

  await db.schema
    .createTable('counters')
    .addColumn('tenant_id', 'integer', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('counters_pk', ['tenant_id', 'key'])
    .execute();

  // Audit rows are append-only. On SQLite the file belongs to the app, so triggers refuse edits;
  // on PostgreSQL the same triggers exist and, in addition, deployments grant the app role INSERT only.
  if (dialect === 'sqlite') {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(
      db,
    );
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(
      db,
    );
  } else {
    await sql`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql`.execute(
      db,
    );
    await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(
      db,
    );
  }
}
