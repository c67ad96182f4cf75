import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { zh } from '../../../common/locale/index.js';
import type { RawDb, TableInfo } from './introspect.js';

const PAGE = 1000;

/** One value as it travels in a backup: JSON-safe and the same for the same data on both databases. */
export function toPortable(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value) || value instanceof Uint8Array)
    return { $b64: Buffer.from(value).toString('base64') };
  return value;
}

export function fromPortable(value: unknown): unknown {
  if (value && typeof value === 'object' && '$b64' in value) return Buffer.from(String(value.$b64), 'base64');
  return value;
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

export interface TableStats {
  name: string;
  rows: number;
  sha256: string;
}

/** Row count and SHA-256 over the canonical rows (one JSON array per line, in key order). */
export async function tableStats(db: RawDb, table: TableInfo): Promise<TableStats> {
  const hash = createHash('sha256');
  let rows = 0;
  for await (const row of readRows(db, table)) {
    hash.update(`${JSON.stringify(row)}\n`);
    rows++;
  }
  return { name: table.name, rows, sha256: hash.digest('hex') };
}

export async function countRows(db: RawDb, table: string): Promise<number> {
  const row = await db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Orders rows of a self-referencing table so that every referenced row comes first. */
export function parentsFirst(table: TableInfo, rows: unknown[][]): unknown[][] {
  if (!table.selfRefs.length) return rows;
  const col = (name: string) => table.columns.indexOf(name);
  const key = (row: unknown[], name: string) => JSON.stringify(row[col(name)]);
  const placed = new Set<string>();
  const out: unknown[][] = [];
  let pending = rows;
  while (pending.length) {
    const next: unknown[][] = [];
    for (const row of pending) {
      const ready = table.selfRefs.every(
        (r) => row[col(r.column)] === null || placed.has(`${r.references}:${key(row, r.column)}`),
      );
      if (!ready) {
        next.push(row);
        continue;
      }
      out.push(row);
      for (const r of table.selfRefs) placed.add(`${r.references}:${key(row, r.references)}`);
    }
    if (next.length === pending.length) throw new Error(zh.cli.backup.selfCycle(table.name));
    pending = next;
  }
  return out;
}
