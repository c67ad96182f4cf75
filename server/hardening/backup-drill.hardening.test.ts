import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { DialectName } from '../db/connection.js';
import { loadDemo } from '../demo/index.js';
import { verifyChain } from '../platform/audit/service.js';
import { backupDatabase, restoreDatabase } from '../platform/backup/index.js';
import { discoverTables, type RawDb } from '../platform/backup/introspect.js';
import { tableStats } from '../platform/backup/rows.js';
import { login } from '../test/factories.js';
import { createTestDeps, type TestDeps } from '../test/harness.js';
import { DIALECTS, recordFigure } from './kit.js';

/**
 * The restore drill (security.md "Data safety"): the whole 2010 demo city → backup → a new, empty
 * database (the wipe) → restore → every table's row count and SHA-256 equal; the restored system
 * verifies its audit chain and lets the demo accounts sign in. Then the same file into the other
 * database engine, since the format is shared.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-drill-'));
const figures: Record<string, unknown> = {};
const cleanups: TestDeps[] = [];
afterAll(async () => {
  recordFigure('backup-drill', figures);
  for (const d of cleanups) await d.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

const raw = (d: TestDeps) => d.handle.db.withoutPlugins() as unknown as RawDb;
async function statsOf(d: TestDeps) {
  const tables = await discoverTables(raw(d), d.dialect);
  return Promise.all(tables.map((t) => tableStats(raw(d), t)));
}
async function fresh(dialect: DialectName) {
  const d = await createTestDeps({}, dialect);
  cleanups.push(d);
  return d;
}

describe.each(DIALECTS)('backup → wipe → restore drill on the full demo (%s)', (dialect) => {
  it('restores every table with equal row counts and checksums, and a working system', async () => {
    const source = await fresh(dialect);
    const accounts = await loadDemo(source, { quiet: true });
    const file = path.join(dir, `demo-${dialect}.jsonl.gz`);
    const header = await backupDatabase(source.handle, file);
    const before = await statsOf(source);
    expect(before.length).toBeGreaterThan(20);
    expect(before.filter((t) => t.rows > 0).length).toBeGreaterThan(15);

    const target = await fresh(dialect);
    expect((await statsOf(target)).every((t) => t.rows === 0)).toBe(true);
    const restored = await restoreDatabase(target.handle, file);
    const after = await statsOf(target);
    expect(restored).toEqual(before);
    expect(after).toEqual(before);
    expect(header.tables.map(({ name, rows, sha256 }) => ({ name, rows, sha256 }))).toEqual(before);

    const tenants = await target.db.selectFrom('tenants').select('id').execute();
    for (const t of tenants) expect(await verifyChain(target.db, t.id)).toBeNull();
    const app = await buildApp(target, { serveWeb: false });
    try {
      const staff = accounts.find((a) => a.role === 'committee_staff')!;
      const client = await login(app, staff.username, staff.password);
      const units = await client.get('/api/orgs/units', { pageSize: 100 });
      expect(units.statusCode).toBe(200);
      expect(units.json().total).toBe(before.find((t) => t.name === 'units')!.rows);
    } finally {
      await app.close();
    }
    figures[dialect] = {
      tables: before.length,
      rows: before.reduce((n, t) => n + t.rows, 0),
      checksumsEqual: after.filter((t, i) => t.sha256 === before[i].sha256).length,
      checksumsDiffer: after.filter((t, i) => t.sha256 !== before[i].sha256).length,
    };

    // The same file into the other engine: SQLite backup → PostgreSQL and back.
    const other = await fresh(dialect === 'sqlite' ? 'postgres' : 'sqlite');
    await restoreDatabase(other.handle, file);
    const crossed = await statsOf(other);
    const byName = (list: { name: string; rows: number; sha256: string }[]) =>
      Object.fromEntries(list.map((t) => [t.name, { rows: t.rows, sha256: t.sha256 }]));
    expect(byName(crossed)).toEqual(byName(before));
  });
});
