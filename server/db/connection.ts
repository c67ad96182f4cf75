import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { withStatementCache } from './statement-cache.js';

export type DialectName = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** Either the database or a transaction: query functions accept both. */
export type Executor = Db | Trx;

export interface DatabaseHandle {
  db: Db;
  dialect: DialectName;
  /** Where the embedded database lives (null on PostgreSQL). */
  file: string | null;
  close(): Promise<void>;
}

/** Which dialect each database opened here speaks (transactions are other objects: not listed). */
const dialects = new WeakMap<Db, DialectName>();

/**
 * Whether independent queries on `db` can run at the same time: a PostgreSQL pool can; SQLite has one
 * synchronous connection, and a transaction is one connection on either.
 */
export function runsConcurrently(db: Executor): boolean {
  return !db.isTransaction && dialects.get(db as Db) === 'postgres';
}

// PostgreSQL returns int8 (count(*), sums) as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(1700, (value) => Number.parseFloat(value));

export function openDatabase(options: {
  databaseUrl: string | null;
  dataDir: string;
  poolSize?: number;
}): DatabaseHandle {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle client whose connection the server ends (restart, failover, DROP … WITH (FORCE)) emits
    // 'error' on the pool; unhandled, that would crash the process. The pool replaces the client.
    pool.on('error', (error) => {
      if (process.env.NODE_ENV !== 'test') console.error('PostgreSQL idle client error:', error.message);
    });
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    });
    dialects.set(db, 'postgres');
    return { db, dialect: 'postgres', file: null, close: () => db.destroy() };
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, 'luoshi.db');
  const sqlite = new SqliteDatabase(file);
  // WAL + synchronous=FULL: an acknowledged commit survives kill -9 and power loss.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [new CamelCasePlugin()],
  });
  dialects.set(db, 'sqlite');
  return { db, dialect: 'sqlite', file, close: () => db.destroy() };
}
