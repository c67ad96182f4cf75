// Why: 学习型党组织 and 宣传信息 — study days with attendance and book gifts, the book catalog and the
// yearly 荐读书目, units' reading activities, numbered study material, 简报 series and issues, and news
// for the 机关党建网站. Numbers (期号) come from `counters` at publication, never from these tables.
import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.js';
import { tableWithId, withTenant, withTimestamps } from '../migration-kit.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'books'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('author', 'text')
      .addColumn('publisher', 'text')
      .addColumn('isbn', 'text'),
  ).execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'study_days'))
      .addColumn('held_on', 'text', (c) => c.notNull())
      .addColumn('theme', 'text', (c) => c.notNull())
      .addColumn('speakers', 'text')
      .addColumn('guide', 'text'),
  ).execute();
  await db.schema
    .createIndex('study_days_tenant_held_idx')
    .on('study_days')
    .columns(['tenant_id', 'held_on'])
    .execute();

  await withTenant(tableWithId(db, dialect, 'study_day_units'))
    .addColumn('study_day_id', 'integer', (c) => c.notNull().references('study_days.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attendee', 'text')
    .addColumn('reason', 'text')
    .addUniqueConstraint('study_day_units_uq', ['study_day_id', 'unit_id'])
    .execute();

  await withTenant(tableWithId(db, dialect, 'book_gifts'))
    .addColumn('study_day_id', 'integer', (c) => c.notNull().references('study_days.id').onDelete('cascade'))
    .addColumn('book_id', 'integer', (c) => c.notNull().references('books.id'))
    .addColumn('copies', 'integer', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('book_gifts_day_idx').on('book_gifts').columns(['study_day_id']).execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'reading_lists'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('intro', 'text')
      .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('reading_lists_year_uq', ['tenant_id', 'year']),
  ).execute();
  await withTenant(tableWithId(db, dialect, 'reading_list_items'))
    .addColumn('reading_list_id', 'integer', (c) =>
      c.notNull().references('reading_lists.id').onDelete('cascade'),
    )
    .addColumn('book_id', 'integer', (c) => c.notNull().references('books.id'))
    .addColumn('note', 'text')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'reading_activities'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('held_on', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('participants', 'integer', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('created_by', 'integer', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('reading_activities_scope_idx')
    .on('reading_activities')
    .columns(['tenant_id', 'unit_id', 'held_on'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'study_materials'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('number', 'integer')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('contents', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text')
      .addUniqueConstraint('study_materials_number_uq', ['tenant_id', 'year', 'number']),
  ).execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'briefing_series'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('editor_unit', 'text', (c) => c.notNull())
      .addColumn('has_running_total', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('total_base', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('briefing_series_name_uq', ['tenant_id', 'name']),
  ).execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'briefings'))
      .addColumn('series_id', 'integer', (c) => c.notNull().references('briefing_series.id'))
      .addColumn('is_supplement', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('year', 'integer')
      .addColumn('number', 'integer')
      .addColumn('total_number', 'integer')
      .addColumn('issued_on', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('editor_note', 'text')
      .addColumn('articles', 'text', (c) => c.notNull())
      .addColumn('report_to', 'text')
      .addColumn('send_to', 'text')
      .addColumn('issue_to', 'text')
      .addColumn('copies', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('published_at', 'text')
      .addColumn('created_by', 'integer', (c) => c.notNull())
      // The database itself refuses a second 第N期 (or 增刊第N期) of a series in a year.
      .addUniqueConstraint('briefings_number_uq', ['series_id', 'year', 'is_supplement', 'number']),
  ).execute();
  await db.schema
    .createIndex('briefings_tenant_idx')
    .on('briefings')
    .columns(['tenant_id', 'status'])
    .execute();

  await withTimestamps(
    withTenant(tableWithId(db, dialect, 'news'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('body_html', 'text', (c) => c.notNull())
      .addColumn('cover_file_id', 'integer', (c) => c.references('files.id'))
      .addColumn('link_type', 'text')
      .addColumn('link_id', 'integer')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text')
      .addColumn('created_by', 'integer', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('news_tenant_idx').on('news').columns(['tenant_id', 'status']).execute();
}
