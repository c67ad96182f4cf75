import { type Kysely, sql } from 'kysely';
import { zh } from '../../../common/locale/index.js';
import type { DialectName } from '../../db/connection.js';

/** The raw (snake_case, plugin-free) view of any table: backup works below the typed schema. */
// biome-ignore lint/suspicious/noExplicitAny: tables are discovered at run time, so rows have no static type
export type RawDb = Kysely<any>;

export interface TableInfo {
  name: string;
  /** Column names in alphabetical order (the canonical order of backup rows). */
  columns: string[];
  primaryKey: string[];
  /** Tables this one references (other than itself). */
  parents: string[];
  /** Foreign keys to the table itself (e.g. party_orgs.parent_id → party_orgs.id). */
  selfRefs: { column: string; references: string }[];
  /** Columns filled from a sequence (PostgreSQL serial), reset after a restore. */
  serialColumns: string[];
}

interface ForeignKey {
  column: string;
  parent: string;
  parentColumn: string;
}

/**
 * Every table of the database except Kysely's migration bookkeeping (which the migrations
 * recreate), ordered so that a table comes after every table it references.
 */
export async function discoverTables(db: RawDb, dialect: DialectName): Promise<TableInfo[]> {
  const names = (dialect === 'sqlite' ? await sqliteTables(db) : await pgTables(db)).filter(
    (n) => !n.startsWith('kysely_migration'),
  );
  const pg = dialect === 'postgres' ? await pgSchema(db) : null;
  const infos: TableInfo[] = [];
  for (const name of names) {
    const { columns, primaryKey, foreignKeys, serialColumns } = pg
      ? pgTable(pg, name)
      : await sqliteTable(db, name);
    infos.push({
      name,
      columns: [...columns].sort(),
      primaryKey,
      parents: [...new Set(foreignKeys.filter((f) => f.parent !== name).map((f) => f.parent))],
      selfRefs: foreignKeys
        .filter((f) => f.parent === name)
        .map((f) => ({ column: f.column, references: f.parentColumn })),
      serialColumns,
    });
  }
  return orderByDependencies(infos);
}

export function orderByDependencies(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const out: TableInfo[] = [];
  const visiting = new Set<string>();
  const visit = (t: TableInfo) => {
    if (done.has(t.name)) return;
    if (visiting.has(t.name)) throw new Error(zh.cli.backup.fkCycle([...visiting, t.name].join(' → ')));
    visiting.add(t.name);
    for (const p of t.parents) {
      const parent = byName.get(p);
      if (parent) visit(parent);
    }
    visiting.delete(t.name);
    done.add(t.name);
    out.push(t);
  };
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t);
  return out;
}

async function sqliteTables(db: RawDb): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
    db,
  );
  return rows.map((r) => r.name);
}

async function sqliteTable(db: RawDb, table: string) {
  const { rows: cols } = await sql<{ name: string; pk: number }>`
    select name, pk from pragma_table_info(${table})`.execute(db);
  const { rows: fks } = await sql<{ table: string; from: string; to: string | null }>`
    select "table", "from", "to" from pragma_foreign_key_list(${table})`.execute(db);
  return {
    columns: cols.map((c) => c.name),
    primaryKey: cols
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name),
    foreignKeys: fks.map((f) => ({ column: f.from, parent: f.table, parentColumn: f.to ?? 'id' })),
    serialColumns: [] as string[],
  };
}

async function pgTables(db: RawDb): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return rows.map((r) => r.table_name);
}

/** The whole schema in three queries (information_schema is slow table by table). */
async function pgSchema(db: RawDb) {
  const { rows: cols } = await sql<{
    table_name: string;
    column_name: string;
    column_default: string | null;
  }>`
    select table_name, column_name, column_default from information_schema.columns
    where table_schema = current_schema() order by table_name, ordinal_position`.execute(db);
  const { rows: pk } = await sql<{ table_name: string; column_name: string }>`
    select kcu.table_name, kcu.column_name from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu
      on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema and kcu.table_name = tc.table_name
    where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = current_schema()
    order by kcu.table_name, kcu.ordinal_position`.execute(db);
  const { rows: fks } = await sql<ForeignKey & { table_name: string }>`
    select tc.table_name, kcu.column_name as "column", ccu.table_name as "parent", ccu.column_name as "parentColumn"
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu
      on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema and kcu.table_name = tc.table_name
    join information_schema.constraint_column_usage ccu
      on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(db);
  return { cols, pk, fks };
}

function pgTable(schema: Awaited<ReturnType<typeof pgSchema>>, table: string) {
  const cols = schema.cols.filter((c) => c.table_name === table);
  return {
    columns: cols.map((c) => c.column_name),
    primaryKey: schema.pk.filter((p) => p.table_name === table).map((p) => p.column_name),
    foreignKeys: schema.fks
      .filter((f) => f.table_name === table)
      .map(({ column, parent, parentColumn }) => ({ column, parent, parentColumn })),
    serialColumns: cols.filter((c) => c.column_default?.startsWith('nextval(')).map((c) => c.column_name),
  };
}
