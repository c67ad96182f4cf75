import { sql } from 'kysely';
import type { RawDb, TableInfo } from './introspect.js';
import { toPortable } from './portable.js';

/** All SQL of backup and restore (tables are found at run time, so names come from introspection). */

const PAGE = 1000;

export async function appliedMigrations(db: RawDb): Promise<string[]> {
  const rows = await db.selectFrom('kysely_migration').select('name').orderBy('name').execute();
  return rows.map((r: { name: string }) => r.name);
}

/**
 * Reads a table page by page in primary-key order (keyset paging on a single-column key, so
 * large tables such as the audit log are read in linear time), yielding portable value arrays in
 * the table's canonical (alphabetical) column order.
 */
export async function* readRows(db: RawDb, table: TableInfo): AsyncGenerator<unknown[]> {
  const order = table.primaryKey.length ? table.primaryKey : table.columns;
  const keyset = table.primaryKey.length === 1 ? table.primaryKey[0] : null;
  let last: unknown = null;
  for (let offset = 0; ; offset += PAGE) {
    let q = db.selectFrom(table.name).select(table.columns.map((c) => sql.ref(c).as(c)));
    if (keyset && last !== null) q = q.where(sql.ref(keyset), '>', last);
    for (const c of order) q = q.orderBy(sql.ref(c));
    q = q.limit(PAGE);
    if (!keyset) q = q.offset(offset);
    const rows: Record<string, unknown>[] = await q.execute();
    for (const row of rows) yield table.columns.map((c) => toPortable(row[c]));
    if (rows.length < PAGE) return;
    if (keyset) last = rows[rows.length - 1][keyset];
  }
}

export async function countRows(db: RawDb, table: string): Promise<number> {
  const row = await db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Inserts rows (value arrays in the table's column order) in multi-row statements. */
export async function insertRows(db: RawDb, table: TableInfo, rows: unknown[][]) {
  const batch = Math.max(1, Math.floor(5000 / table.columns.length));
  for (let i = 0; i < rows.length; i += batch) {
    const values = rows
      .slice(i, i + batch)
      .map((r) => Object.fromEntries(table.columns.map((c, k) => [c, r[k]])));
    await db.insertInto(table.name).values(values).execute();
  }
}

/** PostgreSQL: moves each serial column's sequence past the restored ids. */
export async function resetSequences(db: RawDb, tables: TableInfo[]) {
  for (const t of tables) {
    for (const c of t.serialColumns) {
      await sql`select setval(pg_get_serial_sequence(${t.name}, ${c}), coalesce((select max(${sql.ref(c)}) from ${sql.table(t.name)}), 0) + 1, false)`.execute(
        db,
      );
    }
  }
}
