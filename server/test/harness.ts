import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app.js';
import { type Config, loadConfig } from '../config.js';
import { type DatabaseHandle, type DialectName, openDatabase } from '../db/connection.js';
import { migrateToLatest } from '../db/migrate.js';
import { clock } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';

export const PG_BASE_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** Which database this test run targets: the integration projects set TEST_DB. */
export function testDialect(): DialectName {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

export interface TestDeps extends Deps {
  cleanup(): Promise<void>;
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: `${PG_BASE_URL}/postgres` });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of the current dialect, private to the caller. */
export async function createTestDeps(
  overrides: Partial<Config> = {},
  dialect = testDialect(),
): Promise<TestDeps> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-test-'));
  let handle: DatabaseHandle;
  let dropDb: string | null = null;
  if (dialect === 'postgres') {
    dropDb = `luoshi_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await adminQuery(`CREATE DATABASE ${dropDb} TEMPLATE ${inject('pgTemplate')}`);
    handle = openDatabase({ databaseUrl: `${PG_BASE_URL}/${dropDb}`, dataDir, poolSize: 5 });
  } else {
    handle = openDatabase({ databaseUrl: null, dataDir });
  }
  await migrateToLatest(handle);
  const base = loadConfig({ DATA_DIR: dataDir }, []);
  const config: Config = { ...base, ...overrides, databaseUrl: dropDb ? `${PG_BASE_URL}/${dropDb}` : null };
  return {
    db: handle.db,
    dialect,
    handle,
    config,
    async cleanup() {
      clock.reset();
      await handle.close();
      if (dropDb) await adminQuery(`DROP DATABASE IF EXISTS ${dropDb} WITH (FORCE)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  deps: TestDeps;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const deps = await createTestDeps(overrides);
  const app = await buildApp(deps, { serveWeb: false });
  await app.ready();
  return {
    app,
    deps,
    async close() {
      await app.close();
      await deps.cleanup();
    },
  };
}
