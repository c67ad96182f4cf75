// Why: 机关作风建设年 — campaigns with phases, research teams, visits and 暗访, review meetings, the
// problem register with its rectification log (问题清单 → 反馈 → 整改 → 验收 → 销号), the tenant's
// problem categories, and units' public commitments with their follow-up checks.
import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.js';
import { tableWithId, withTenant, withTimestamps } from '../migration-kit.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'ws_campaigns'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('start_on', 'text', (c) => c.notNull())
      .addColumn('end_on', 'text', (c) => c.notNull())
      .addColumn('phases', 'text', (c) => c.notNull())
      .addColumn('documents', 'text', (c) => c.notNull())
      .addColumn('scope_unit_ids', 'text', (c) => c.notNull())
      .addColumn('remarks', 'text'),
  ).execute();
  await db.schema
    .createIndex('ws_campaigns_tenant_idx')
    .on('ws_campaigns')
    .columns(['tenant_id', 'year'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'ws_teams'))
      .addColumn('campaign_id', 'integer', (c) => c.notNull().references('ws_campaigns.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('leader_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('member_user_ids', 'text', (c) => c.notNull())
      .addColumn('formed_on', 'text', (c) => c.notNull())
      .addColumn('remit', 'text'),
  ).execute();
  await db.schema
    .createIndex('ws_teams_campaign_idx')
    .on('ws_teams')
    .columns(['tenant_id', 'campaign_id'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'ws_visits'))
      .addColumn('campaign_id', 'integer', (c) => c.notNull().references('ws_campaigns.id'))
      .addColumn('team_id', 'integer', (c) => c.references('ws_teams.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('target_type', 'text', (c) => c.notNull())
      .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
      .addColumn('target_name', 'text', (c) => c.notNull())
      .addColumn('visited_on', 'text', (c) => c.notNull())
      .addColumn('visited_time', 'text')
      .addColumn('observers', 'text')
      .addColumn('people_met', 'text')
      .addColumn('record', 'text')
      .addColumn('findings', 'text')
      .addColumn('created_by', 'integer', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('ws_visits_campaign_idx')
    .on('ws_visits')
    .columns(['tenant_id', 'campaign_id', 'kind'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'ws_reviews'))
      .addColumn('campaign_id', 'integer', (c) => c.notNull().references('ws_campaigns.id'))
      .addColumn('held_on', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('chair', 'text', (c) => c.notNull())
      .addColumn('praised_unit_ids', 'text', (c) => c.notNull())
      .addColumn('criticised_unit_ids', 'text', (c) => c.notNull())
      .addColumn('remarks', 'text'),
  ).execute();

  await withTenant(tableWithId(db, dialect, 'problem_categories'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('problem_categories_name_uq', ['tenant_id', 'name'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'problems'))
      .addColumn('campaign_id', 'integer', (c) => c.references('ws_campaigns.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('source_type', 'text', (c) => c.notNull())
      .addColumn('source_id', 'integer')
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('found_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reply_by', 'text')
      .addColumn('fed_back_at', 'text')
      .addColumn('measures', 'text')
      .addColumn('responsible_leader', 'text')
      .addColumn('responsible_person', 'text')
      .addColumn('deadline_type', 'text')
      .addColumn('deadline_on', 'text')
      .addColumn('return_reason', 'text')
      .addColumn('verified_at', 'text')
      .addColumn('verified_by', 'integer')
      .addColumn('closed_at', 'text')
      .addColumn('closed_by', 'integer')
      .addColumn('reminder_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_reminded_at', 'text')
      .addColumn('created_by', 'integer', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('problems_tenant_unit_idx')
    .on('problems')
    .columns(['tenant_id', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('problems_campaign_idx')
    .on('problems')
    .columns(['tenant_id', 'campaign_id', 'status'])
    .execute();

  await withTenant(tableWithId(db, dialect, 'problem_events'))
    .addColumn('problem_id', 'integer', (c) => c.notNull().references('problems.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('problem_events_problem_idx')
    .on('problem_events')
    .column('problem_id')
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'commitments'))
      .addColumn('campaign_id', 'integer', (c) => c.references('ws_campaigns.id'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
      .addColumn('medium', 'text', (c) => c.notNull())
      .addColumn('committed_on', 'text', (c) => c.notNull())
      .addColumn('items', 'text', (c) => c.notNull())
      .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema
    .createIndex('commitments_tenant_unit_idx')
    .on('commitments')
    .columns(['tenant_id', 'unit_id'])
    .execute();

  await withTenant(tableWithId(db, dialect, 'commitment_checks'))
    .addColumn('commitment_id', 'integer', (c) => c.notNull().references('commitments.id'))
    .addColumn('checked_on', 'text', (c) => c.notNull())
    .addColumn('results', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('checker_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
