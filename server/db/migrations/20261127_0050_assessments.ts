// Why: 考评 — one engine for the year-end 优秀学习中心组 selection, the joint 作风建设 assessment
// with 市效能办 and the annual party-building assessment: schemes (indicator tree, scoring bodies,
// units in scope), scores with their change history, satisfaction ballots, vetoes and awards with 公示.
import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.js';
import { tableWithId, withTenant, withTimestamps } from '../migration-kit.js';

const REAL = 'double precision';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'assessment_schemes'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('period_start', 'text', (c) => c.notNull())
      .addColumn('period_end', 'text', (c) => c.notNull())
      .addColumn('edition', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('derived_from_id', 'integer')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('ballot_enabled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('ballot_weight', REAL, (c) => c.notNull().defaultTo(0))
      .addColumn('ballot_values', 'text', (c) => c.notNull())
      .addColumn('locked_at', 'text')
      .addColumn('published_at', 'text')
      .addColumn('created_by', 'integer', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('assessment_schemes_tenant_idx')
    .on('assessment_schemes')
    .columns(['tenant_id', 'year'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'assessment_bodies'))
      .addColumn('scheme_id', 'integer', (c) => c.notNull().references('assessment_schemes.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('weight', REAL, (c) => c.notNull())
      .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();

  await withTenant(tableWithId(db, dialect, 'assessment_body_members'))
    .addColumn('scheme_id', 'integer', (c) => c.notNull().references('assessment_schemes.id'))
    .addColumn('body_id', 'integer', (c) => c.notNull().references('assessment_bodies.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addUniqueConstraint('assessment_body_members_uq', ['body_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('assessment_body_members_user_idx')
    .on('assessment_body_members')
    .columns(['user_id', 'scheme_id'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'assessment_indicators'))
      .addColumn('scheme_id', 'integer', (c) => c.notNull().references('assessment_schemes.id'))
      .addColumn('parent_id', 'integer', (c) => c.references('assessment_indicators.id'))
      .addColumn('body_id', 'integer', (c) => c.references('assessment_bodies.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('max_points', REAL, (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('deduction_per', REAL)
      .addColumn('deduction_cap', REAL)
      .addColumn('rule_text', 'text')
      .addColumn('source_key', 'text')
      .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();

  await withTenant(tableWithId(db, dialect, 'assessment_scheme_units'))
    .addColumn('scheme_id', 'integer', (c) => c.notNull().references('assessment_schemes.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addUniqueConstraint('assessment_scheme_units_uq', ['scheme_id', 'unit_id'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'assessment_scores'))
      .addColumn('scheme_id', 'integer', (c) => c.notNull().references('assessment_schemes.id'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
      .addColumn('indicator_id', 'integer', (c) => c.notNull().references('assessment_indicators.id'))
      .addColumn('value', REAL, (c) => c.notNull())
      .addColumn('prefilled_value', REAL)
      .addColumn('sources', 'text')
      .addColumn('reason', 'text')
      .addColumn('scored_by', 'integer', (c) => c.notNull())
      .addUniqueConstraint('assessment_scores_uq', ['scheme_id', 'unit_id', 'indicator_id']),
  ).execute();

  await withTenant(tableWithId(db, dialect, 'assessment_score_changes'))
    .addColumn('scheme_id', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull())
    .addColumn('indicator_id', 'integer', (c) => c.notNull())
    .addColumn('old_value', REAL)
    .addColumn('new_value', REAL, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('changed_by', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('assessment_score_changes_idx')
    .on('assessment_score_changes')
    .columns(['scheme_id', 'unit_id', 'indicator_id'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'assessment_ballots'))
      .addColumn('scheme_id', 'integer', (c) => c.notNull().references('assessment_schemes.id'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
      .addColumn('satisfied', 'integer', (c) => c.notNull())
      .addColumn('basic', 'integer', (c) => c.notNull())
      .addColumn('unsatisfied', 'integer', (c) => c.notNull())
      .addColumn('unknown', 'integer', (c) => c.notNull())
      .addColumn('entered_by', 'integer', (c) => c.notNull())
      .addUniqueConstraint('assessment_ballots_uq', ['scheme_id', 'unit_id']),
  ).execute();

  await withTenant(tableWithId(db, dialect, 'assessment_vetoes'))
    .addColumn('scheme_id', 'integer', (c) => c.notNull().references('assessment_schemes.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('assessment_vetoes_uq', ['scheme_id', 'unit_id'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'assessment_awards'))
      .addColumn('scheme_id', 'integer', (c) => c.notNull().references('assessment_schemes.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('top_n', 'integer', (c) => c.notNull())
      .addColumn('publicity_days', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('publicity_start', 'text')
      .addColumn('publicity_end', 'text')
      .addColumn('approved_by', 'integer')
      .addColumn('approved_at', 'text')
      .addColumn('decision_note', 'text')
      .addColumn('finalised_at', 'text')
      .addColumn('created_by', 'integer', (c) => c.notNull()),
  ).execute();

  await withTenant(tableWithId(db, dialect, 'assessment_award_entries'))
    .addColumn('award_id', 'integer', (c) => c.notNull().references('assessment_awards.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('total', REAL, (c) => c.notNull())
    .addColumn('withdrawn', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('withdrawn_reason', 'text')
    .addUniqueConstraint('assessment_award_entries_uq', ['award_id', 'unit_id'])
    .execute();

  await withTenant(tableWithId(db, dialect, 'assessment_objections'))
    .addColumn('award_id', 'integer', (c) => c.notNull().references('assessment_awards.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('raised_by', 'text')
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('resolved_by', 'integer')
    .addColumn('resolved_at', 'text')
    .addColumn('recorded_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
