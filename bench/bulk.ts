import type { Executor } from '../server/db/connection.js';
import type { Database } from '../server/db/schema.js';

/** Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters for our widest table. */
const CHUNK = 400;

/** Inserts rows in multi-row INSERTs and returns their ids in order. */
export async function insertMany<T extends keyof Database & string>(
  db: Executor,
  table: T,
  rows: Record<string, unknown>[],
  withIds = true,
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    // biome-ignore lint/suspicious/noExplicitAny: generic table name; rows are shaped by the callers.
    const q = db.insertInto(table as any).values(chunk as any);
    if (withIds) {
      // biome-ignore lint/suspicious/noExplicitAny: see above.
      const out = (await q.returning('id' as any).execute()) as { id: number }[];
      for (const r of out) ids.push(Number(r.id));
    } else await q.execute();
  }
  return ids;
}

export function isoDay(year: number, dayOfYear: number): string {
  const d = new Date(Date.UTC(year, 0, 1) + dayOfYear * 86_400_000);
  return d.toISOString().slice(0, 10);
}
