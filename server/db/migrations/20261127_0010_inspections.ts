// Why: 中心组理论学习巡听 — the yearly plan (a notice with a 发文字号), one session per planned unit,
// the unit's study plans (every version kept), the on-site record with its items and correction trail,
// the tenant's checklist, and the 优秀学习中心组 selection that later assessments reuse.
import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.js';
import { tableWithId, withTenant, withTimestamps } from '../migration-kit.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'inspection_plans'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('doc_prefix', 'text', (c) => c.notNull())
      .addColumn('doc_no', 'text')
      .addColumn('notice_body', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('issued_on', 'text')
      .addColumn('issued_by', 'integer')
      .addUniqueConstraint('inspection_plans_year_uq', ['tenant_id', 'year']),
  ).execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'inspection_sessions'))
      .addColumn('plan_id', 'integer', (c) => c.notNull().references('inspection_plans.id'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
      .addColumn('planned_month', 'integer', (c) => c.notNull())
      .addColumn('scheduled_date', 'text')
      .addUniqueConstraint('inspection_sessions_plan_unit_uq', ['plan_id', 'unit_id']),
  ).execute();
  await db.schema
    .createIndex('inspection_sessions_tenant_unit_idx')
    .on('inspection_sessions')
    .columns(['tenant_id', 'unit_id'])
    .execute();

  await tableWithId(db, dialect, 'inspection_team_members')
    .addColumn('tenant_id', 'integer', (c) => c.notNull().references('tenants.id'))
    .addColumn('session_id', 'integer', (c) => c.notNull().references('inspection_sessions.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addUniqueConstraint('inspection_team_uq', ['session_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('inspection_team_user_idx')
    .on('inspection_team_members')
    .column('user_id')
    .execute();

  await withTenant(tableWithId(db, dialect, 'inspection_study_plans'))
    .addColumn('session_id', 'integer', (c) => c.notNull().references('inspection_sessions.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('session_date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('speakers', 'text', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'integer', (c) => c.notNull())
    .addColumn('days_ahead', 'integer', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('return_reason', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('returned_by', 'integer')
    .addUniqueConstraint('inspection_study_plans_version_uq', ['session_id', 'version_no'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'inspection_records'))
      .addColumn('session_id', 'integer', (c) => c.notNull().unique().references('inspection_sessions.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('inspected_on', 'text', (c) => c.notNull())
      .addColumn('attendance', 'text', (c) => c.notNull())
      .addColumn('checks', 'text', (c) => c.notNull())
      .addColumn('questions_asked', 'text', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull())
      .addColumn('grade', 'text')
      .addColumn('scores', 'text', (c) => c.notNull())
      .addColumn('feedback', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('submitted_by', 'integer')
      .addColumn('acknowledged_at', 'text')
      .addColumn('acknowledged_by', 'integer'),
  ).execute();
  await db.schema
    .createIndex('inspection_records_inspected_idx')
    .on('inspection_records')
    .columns(['tenant_id', 'status', 'inspected_on'])
    .execute();

  await withTenant(tableWithId(db, dialect, 'inspection_items'))
    .addColumn('session_id', 'integer', (c) => c.notNull().references('inspection_sessions.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('by_correction', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inspection_items_session_idx')
    .on('inspection_items')
    .columns(['session_id', 'kind'])
    .execute();

  await withTenant(tableWithId(db, dialect, 'inspection_corrections'))
    .addColumn('session_id', 'integer', (c) => c.notNull().references('inspection_sessions.id'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text', (c) => c.notNull())
    .addColumn('new_value', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('corrected_by', 'integer', (c) => c.notNull())
    .addColumn('corrected_at', 'text', (c) => c.notNull())
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'inspection_check_items'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('sort', 'integer', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull()),
  ).execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'inspection_selections'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('nominated_by', 'integer', (c) => c.notNull())
      .addColumn('approved_by', 'integer')
      .addColumn('approval_comment', 'text')
      .addColumn('publicity_start', 'text')
      .addColumn('publicity_end', 'text')
      .addColumn('decision_comment', 'text')
      .addColumn('finalized_at', 'text')
      .addUniqueConstraint('inspection_selections_uq', ['tenant_id', 'year', 'unit_id']),
  ).execute();

  await withTenant(tableWithId(db, dialect, 'inspection_objections'))
    .addColumn('selection_id', 'integer', (c) => c.notNull().references('inspection_selections.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
