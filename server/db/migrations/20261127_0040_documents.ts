// Why: documents (文件) with gap-free 发文字号 and read receipts, tasks dispatched to units with one
// report slot per unit and period (report/return/extension/reminder events), and the configurable
// 创先争优 / “168” mechanism with each unit's adoption of each element.
import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.js';
import { tableWithId, withTenant, withTimestamps } from '../migration-kit.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'documents'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('org_code', 'text', (c) => c.notNull())
      .addColumn('doc_year', 'integer')
      .addColumn('doc_seq', 'integer')
      .addColumn('doc_number', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('recipients_text', 'text')
      .addColumn('blocks', 'text', (c) => c.notNull())
      .addColumn('attachment_notes', 'text', (c) => c.notNull())
      .addColumn('signature', 'text', (c) => c.notNull())
      .addColumn('written_on', 'text', (c) => c.notNull())
      .addColumn('copy_to', 'text')
      .addColumn('target_mode', 'text', (c) => c.notNull())
      .addColumn('target_area_id', 'integer', (c) => c.references('areas.id'))
      .addColumn('target_category', 'text')
      .addColumn('target_unit_ids', 'text', (c) => c.notNull())
      .addColumn('issued_at', 'text')
      .addColumn('issued_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
      .addUniqueConstraint('documents_number_uq', ['tenant_id', 'org_code', 'doc_year', 'doc_seq']),
  ).execute();
  await db.schema
    .createIndex('documents_tenant_idx')
    .on('documents')
    .columns(['tenant_id', 'written_on'])
    .execute();

  await withTenant(tableWithId(db, dialect, 'document_recipients'))
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('read_at', 'text')
    .addColumn('read_by', 'integer', (c) => c.references('users.id'))
    .addUniqueConstraint('document_recipients_uq', ['document_id', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('document_recipients_unit_idx')
    .on('document_recipients')
    .columns(['tenant_id', 'unit_id'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'tasks'))
      .addColumn('document_id', 'integer', (c) => c.references('documents.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('cycle', 'text', (c) => c.notNull())
      .addColumn('period_from', 'text')
      .addColumn('period_to', 'text')
      .addColumn('requires_text', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('requires_files', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('figures', 'text', (c) => c.notNull())
      .addColumn('target_mode', 'text', (c) => c.notNull())
      .addColumn('target_area_id', 'integer', (c) => c.references('areas.id'))
      .addColumn('target_category', 'text')
      .addColumn('target_unit_ids', 'text', (c) => c.notNull())
      .addColumn('dispatched_at', 'text')
      .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id')),
  ).execute();
  await db.schema.createIndex('tasks_tenant_idx').on('tasks').columns(['tenant_id', 'deadline']).execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'task_slots'))
      .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
      .addColumn('period_key', 'text', (c) => c.notNull())
      .addColumn('period_label', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('content', 'text')
      .addColumn('figure_values', 'text')
      .addColumn('submitted_at', 'text')
      .addColumn('first_submitted_at', 'text')
      .addColumn('return_reason', 'text')
      .addColumn('reviewed_at', 'text')
      .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
      .addColumn('extension_status', 'text', (c) => c.notNull())
      .addColumn('extension_until', 'text')
      .addColumn('extension_reason', 'text')
      .addColumn('reminder_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('task_slots_uq', ['task_id', 'unit_id', 'period_key']),
  ).execute();
  await db.schema
    .createIndex('task_slots_unit_idx')
    .on('task_slots')
    .columns(['tenant_id', 'unit_id', 'status'])
    .execute();

  await withTenant(tableWithId(db, dialect, 'task_slot_events'))
    .addColumn('slot_id', 'integer', (c) => c.notNull().references('task_slots.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor_name', 'text')
    .addColumn('note', 'text')
    .addColumn('data', 'text')
    .execute();
  await db.schema
    .createIndex('task_slot_events_slot_idx')
    .on('task_slot_events')
    .columns(['slot_id'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'mechanisms'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('started_on', 'text')
      .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id')),
  ).execute();

  await withTenant(tableWithId(db, dialect, 'mechanism_elements'))
    .addColumn('mechanism_id', 'integer', (c) => c.notNull().references('mechanisms.id'))
    .addColumn('group_name', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await withTenant(tableWithId(db, dialect, 'mechanism_units'))
    .addColumn('mechanism_id', 'integer', (c) => c.notNull().references('mechanisms.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('is_pilot', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('mechanism_units_uq', ['mechanism_id', 'unit_id'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'mechanism_adoptions'))
      .addColumn('mechanism_id', 'integer', (c) => c.notNull().references('mechanisms.id'))
      .addColumn('element_id', 'integer', (c) => c.notNull().references('mechanism_elements.id'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('evidence', 'text')
      .addColumn('review_status', 'text', (c) => c.notNull())
      .addColumn('review_note', 'text')
      .addColumn('submitted_at', 'text')
      .addColumn('reviewed_at', 'text')
      .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
      .addUniqueConstraint('mechanism_adoptions_uq', ['element_id', 'unit_id']),
  ).execute();
  await db.schema
    .createIndex('mechanism_adoptions_idx')
    .on('mechanism_adoptions')
    .columns(['tenant_id', 'mechanism_id', 'unit_id'])
    .execute();
}
