import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { zh } from '../../../common/locale/index.js';
import type { DatabaseHandle } from '../../db/connection.js';
import { clock } from '../clock.js';
import { discoverTables, type RawDb, type TableInfo } from './introspect.js';
import { fromPortable } from './portable.js';
import { appliedMigrations, countRows, insertRows, readRows, resetSequences } from './queries.js';
import { parentsFirst, type TableStats, tableStats } from './rows.js';

/**
 * The backup file: gzip'd JSON lines. Line 1 is the header (format, version, the migrations the
 * database had, and per table its columns, row count and SHA-256 of the canonical rows); then one
 * line per row, `{"t": table, "r": [values in the header's column order]}`, table by table in
 * foreign-key order. The same format serves SQLite and PostgreSQL.
 */
export const BACKUP_FORMAT = 'luoshi-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  dialect: string;
  migrations: string[];
  tables: (TableStats & { columns: string[] })[];
}

const m = zh.cli.backup;
const raw = (handle: DatabaseHandle): RawDb => handle.db.withoutPlugins() as unknown as RawDb;

/** Writes a consistent backup (one read snapshot) of every table to `file`. */
export async function backupDatabase(handle: DatabaseHandle, file: string): Promise<BackupHeader> {
  let tx = handle.db.withoutPlugins().transaction();
  if (handle.dialect === 'postgres') tx = tx.setIsolationLevel('repeatable read');
  return tx.execute(async (trx) => {
    const db = trx as unknown as RawDb;
    const tables = await discoverTables(db, handle.dialect);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: clock.nowIso(),
      dialect: handle.dialect,
      migrations: await appliedMigrations(db),
      tables: [],
    };
    for (const t of tables) header.tables.push({ ...(await tableStats(db, t)), columns: t.columns });
    async function* lines() {
      yield `${JSON.stringify(header)}\n`;
      for (const t of tables)
        for await (const r of readRows(db, t)) yield `${JSON.stringify({ t: t.name, r })}\n`;
    }
    const tmp = `${file}.part`;
    await pipeline(lines, createGzip(), fs.createWriteStream(tmp, { mode: 0o600 }));
    fs.renameSync(tmp, file);
    return header;
  });
}

/** The lines of a gzip'd file; a damaged or truncated file is reported, not left hanging. */
async function* gzipLines(file: string): AsyncGenerator<string> {
  if (!fs.existsSync(file)) throw new Error(zh.cli.fileMissing(file));
  const stream = fs.createReadStream(file).pipe(createGunzip());
  stream.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      yield* parts;
    }
  } catch {
    throw new Error(m.truncated);
  }
  if (rest) yield rest;
}

/** Reads the header line of a backup file; the rest of the lines follow from the same reader. */
async function openBackup(file: string) {
  const lines = gzipLines(file);
  const first = await lines.next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first.value ?? '');
  } catch {
    throw new Error(m.notBackup);
  }
  if (header?.format !== BACKUP_FORMAT) throw new Error(m.notBackup);
  if (header.version !== BACKUP_VERSION) throw new Error(m.badVersion(header.version));
  return { header, lines };
}

/**
 * Restores a backup into an empty database migrated to the same version. Everything happens in one
 * transaction, which is committed only after the row counts and checksums of every table match the
 * header; on PostgreSQL the id sequences are moved past the restored ids.
 */
export async function restoreDatabase(handle: DatabaseHandle, file: string): Promise<TableStats[]> {
  const { header, lines } = await openBackup(file);
  const db = raw(handle);
  const here = await appliedMigrations(db);
  if (JSON.stringify(here) !== JSON.stringify(header.migrations))
    throw new Error(m.migrationsDiffer(header.migrations.at(-1) ?? '-', here.at(-1) ?? '-'));
  const tables = new Map((await discoverTables(db, handle.dialect)).map((t) => [t.name, t]));
  const nonEmpty: string[] = [];
  for (const t of tables.values()) if ((await countRows(db, t.name)) > 0) nonEmpty.push(t.name);
  if (nonEmpty.length) throw new Error(m.notEmpty(nonEmpty.join('、')));
  for (const t of header.tables) {
    const target = tables.get(t.name);
    if (!target) throw new Error(m.tableMissing(t.name));
    if (JSON.stringify(target.columns) !== JSON.stringify(t.columns))
      throw new Error(m.columnsDiffer(t.name));
  }

  return handle.db
    .withoutPlugins()
    .transaction()
    .execute(async (trx) => {
      const tdb = trx as unknown as RawDb;
      let current: { table: TableInfo; rows: unknown[][] } | null = null;
      const flush = async () => {
        if (!current) return;
        await insertRows(tdb, current.table, parentsFirst(current.table, current.rows));
        current = null;
      };
      for await (const line of lines) {
        if (!line) continue;
        const { t, r } = JSON.parse(line) as { t: string; r: unknown[] };
        const table = tables.get(t);
        if (!table) throw new Error(m.tableMissing(t));
        if (current?.table.name !== t) await flush();
        current ??= { table, rows: [] };
        current.rows.push(r.map(fromPortable));
        // Tables without self-references are written in batches as they stream in.
        if (!table.selfRefs.length && current.rows.length >= 500) {
          await insertRows(tdb, table, current.rows);
          current.rows = [];
        }
      }
      await flush();
      if (handle.dialect === 'postgres') await resetSequences(tdb, [...tables.values()]);
      const results: TableStats[] = [];
      for (const expected of header.tables) {
        const got = await tableStats(tdb, tables.get(expected.name)!);
        if (got.rows !== expected.rows || got.sha256 !== expected.sha256)
          throw new Error(m.mismatch(expected.name));
        results.push(got);
      }
      return results;
    });
}
