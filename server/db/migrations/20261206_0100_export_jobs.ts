// Why: issue 8 — large Excel exports run as background jobs with progress the web can poll; a job lives
// in the database (not in process memory) so that any instance behind the proxy can answer its poll.
import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.js';
import { tableWithId, withTenant } from '../migration-kit.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withTenant(tableWithId(db, dialect, 'export_jobs'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // The validated filters of the export, as JSON text.
    .addColumn('params', 'text', (c) => c.notNull())
    // queued | running | done | failed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('done_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total_rows', 'integer')
    // The finished workbook: a row of the files platform (owner_type 'export_job').
    .addColumn('file_id', 'integer', (c) => c.references('files.id'))
    .addColumn('file_name', 'text')
    .addColumn('error', 'text')
    // Which process works on the job (host:port) and when it last said it is alive: a job whose
    // process died is recognised by its stale heartbeat, or by the same instance starting again.
    .addColumn('runner', 'text')
    .addColumn('heartbeat_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('export_jobs_user_status_idx')
    .on('export_jobs')
    .columns(['user_id', 'status'])
    .execute();
  await db.schema.createIndex('export_jobs_status_idx').on('export_jobs').columns(['status']).execute();
  await db.schema
    .createIndex('export_jobs_finished_idx')
    .on('export_jobs')
    .columns(['finished_at'])
    .execute();
}
