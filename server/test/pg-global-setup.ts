import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/connection.js';
import { migrateToLatest } from '../db/migrate.js';
import { PG_BASE_URL } from './harness.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}

/**
 * Migrates a template database once per run; each test file clones it (CREATE DATABASE … TEMPLATE).
 * The name is private to this run so that parallel runs never drop each other's template.
 */
export default async function setup(project: TestProject) {
  const template = `luoshi_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${PG_BASE_URL}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${template}`);
  const handle = openDatabase({ databaseUrl: `${PG_BASE_URL}/${template}`, dataDir: '/tmp', poolSize: 1 });
  await migrateToLatest(handle);
  await handle.close();
  project.provide('pgTemplate', template);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}
