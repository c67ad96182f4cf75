import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/**
 * Kysely's SQLite driver prepares every statement anew on each query; a CPU profile of a list request
 * spent ≈ 10 % of its time in better-sqlite3's `prepare` (docs/benchmarks.md). This keeps the most
 * recently used prepared statements by SQL text (least recently used dropped past `limit`). A
 * statement still iterating (a streamed query) is `busy`, so a concurrent user gets a fresh one.
 */
export function withStatementCache(database: SqliteDatabase.Database, limit = 500): KyselySqliteDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql: string) {
      const hit = cache.get(sql);
      if (hit) {
        if (hit.busy) return database.prepare(sql);
        cache.delete(sql); // re-insert: the Map's order is the recency order
        cache.set(sql, hit);
        return hit;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > limit) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}
