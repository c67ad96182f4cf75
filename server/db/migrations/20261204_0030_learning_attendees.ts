// Why: sign-in at a study day by person as well as by unit — the names of the people each invited
// unit sent (optional), one row per person, so that a unit's attendance can be checked name by name.
import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.js';
import { tableWithId, withTenant } from '../migration-kit.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withTenant(tableWithId(db, dialect, 'study_day_attendees'))
    .addColumn('study_day_id', 'integer', (c) => c.notNull().references('study_days.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('study_day_attendees_day_idx')
    .on('study_day_attendees')
    .columns(['study_day_id', 'unit_id'])
    .execute();
}
