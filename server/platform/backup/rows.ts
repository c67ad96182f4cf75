import { createHash } from 'node:crypto';
import { zh } from '../../../common/locale/index.js';
import type { RawDb, TableInfo } from './introspect.js';
import { readRows } from './queries.js';

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
