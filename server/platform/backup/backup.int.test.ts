import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { buildWorld, login, type World } from '../../test/factories.js';
import { createTestApp, createTestDeps, type TestApp, type TestDeps } from '../../test/harness.js';
import { type BackupHeader, backupDatabase, restoreDatabase } from './index.js';
import { discoverTables, type RawDb } from './introspect.js';
import { tableStats } from './rows.js';

let source: TestApp;
let w: World;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-backup-'));
const file = path.join(dir, 'backup.jsonl.gz');
const fresh: TestDeps[] = [];

beforeAll(async () => {
  source = await createTestApp();
  w = await buildWorld(source.deps.db);
  const staff = await login(source.app, w.users.staff.username);
  // Real changes through the API: units, a party-org tree (with a parent created after its child
  // and then re-parented), audit rows, sessions.
  const unitId = (
    await staff.post('/api/orgs/units', {
      code: 'BK1',
      name: '备份测试局',
      category: '综合管理部门',
      phone: '0871-1234567',
    })
  ).json().id;
  const child = (
    await staff.post('/api/orgs/party-orgs', { unitId, name: '第一支部', type: 'branch', memberCount: 9 })
  ).json().id;
  const parent = (
    await staff.post('/api/orgs/party-orgs', {
      unitId,
      name: '机关党委',
      type: 'org_committee',
      memberCount: 40,
    })
  ).json().id;
  const current = (await staff.get('/api/orgs/party-orgs', { unitId }))
    .json()
    .items.find((o: { id: number }) => o.id === child);
  const moved = await staff.put(`/api/orgs/party-orgs/${child}`, {
    ...current,
    parentId: parent,
    unitName: undefined,
    id: undefined,
    termWarning: undefined,
  });
  expect(moved.statusCode).toBe(200);
  await staff.post('/api/orgs/units', {
    code: 'BK2',
    name: '名称里有"引号"和\n换行',
    category: '执法监督部门',
  });
});
afterAll(async () => {
  await source.close();
  for (const d of fresh) await d.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

const raw = (d: TestDeps) => d.handle.db.withoutPlugins() as unknown as RawDb;

async function statsOf(d: TestDeps) {
  const tables = await discoverTables(raw(d), d.dialect);
  return Promise.all(tables.map((t) => tableStats(raw(d), t)));
}

async function newDatabase() {
  const d = await createTestDeps();
  fresh.push(d);
  return d;
}

describe('backup and restore', () => {
  it('restores into a fresh database with identical row counts and checksums for every table', async () => {
    const header = await backupDatabase(source.deps.handle, file);
    expect(header.format).toBe('luoshi-backup');
    expect(header.migrations.length).toBeGreaterThan(0);
    const names = header.tables.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['tenants', 'units', 'party_orgs', 'audit_log', 'users', 'sessions']),
    );
    expect(names.some((n) => n.startsWith('kysely_migration'))).toBe(false);
    // Foreign keys hold in file order: tenants before units before party_orgs.
    expect(names.indexOf('tenants')).toBeLessThan(names.indexOf('units'));
    expect(names.indexOf('units')).toBeLessThan(names.indexOf('party_orgs'));
    expect(header.tables.find((t) => t.name === 'audit_log')!.rows).toBeGreaterThan(3);

    const target = await newDatabase();
    const restored = await restoreDatabase(target.handle, file);
    const before = await statsOf(source.deps);
    expect(restored).toEqual(before);
    expect(await statsOf(target)).toEqual(before);
    expect(header.tables.map(({ name, rows, sha256 }) => ({ name, rows, sha256 }))).toEqual(before);
  });

  it('leaves a working system: logins, new ids after the restored ones, the audit chain intact', async () => {
    const target = await newDatabase();
    await restoreDatabase(target.handle, file);
    const app = await buildApp(target, { serveWeb: false });
    try {
      const staff = await login(app, w.users.staff.username);
      const created = await staff.post('/api/orgs/units', {
        code: 'AFTER1',
        name: '恢复后新建',
        category: '综合管理部门',
      });
      expect(created.statusCode).toBe(200);
      const maxBefore = Math.max(
        ...(await source.deps.db.selectFrom('units').select('id').execute()).map((u) => u.id),
      );
      expect(created.json().id).toBeGreaterThan(maxBefore);
      const auditor = await login(app, w.users.auditor.username);
      const verify = await auditor.get('/api/audit/verify');
      expect(verify.statusCode).toBe(200);
      expect(verify.json()).toEqual({ intact: true, firstBrokenId: null });
    } finally {
      await app.close();
    }
  });

  it('refuses to restore into a database that is not empty, and changes nothing there', async () => {
    const before = await statsOf(source.deps);
    await expect(restoreDatabase(source.deps.handle, file)).rejects.toThrow(/不是空的/);
    expect(await statsOf(source.deps)).toEqual(before);
  });

  it('refuses a file that is not a backup, a damaged one and one from another version', async () => {
    const target = await newDatabase();
    const junk = path.join(dir, 'junk.gz');
    fs.writeFileSync(junk, gzipSync('hello\n'));
    await expect(restoreDatabase(target.handle, junk)).rejects.toThrow('不是落实系统的备份文件');
    const text = path.join(dir, 'plain.txt');
    fs.writeFileSync(text, 'not gzip at all');
    await expect(restoreDatabase(target.handle, text)).rejects.toThrow(/损坏|不是/);
    const whole = fs.readFileSync(file);
    const cut = path.join(dir, 'cut.gz');
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    await expect(restoreDatabase(target.handle, cut)).rejects.toThrow(/不完整|不一致/);
    const [headerLine, ...rest] = (await import('node:zlib')).gunzipSync(whole).toString('utf8').split('\n');
    const header = JSON.parse(headerLine) as BackupHeader;
    const older = path.join(dir, 'older.gz');
    fs.writeFileSync(
      older,
      gzipSync(
        [
          JSON.stringify({ ...header, migrations: header.migrations.slice(0, 1).concat('19990101_0000_x') }),
          ...rest,
        ].join('\n'),
      ),
    );
    await expect(restoreDatabase(target.handle, older)).rejects.toThrow(/版本/);
    // Nothing was left behind by the refused attempts.
    expect((await statsOf(target)).every((t) => t.rows === 0)).toBe(true);
  });

  it('detects a tampered row: the restore is rolled back', async () => {
    const target = await newDatabase();
    const text = (await import('node:zlib')).gunzipSync(fs.readFileSync(file)).toString('utf8');
    const tampered = path.join(dir, 'tampered.gz');
    fs.writeFileSync(tampered, gzipSync(text.replace('备份测试局', '被篡改的局')));
    await expect(restoreDatabase(target.handle, tampered)).rejects.toThrow(/units.*不一致/);
    expect((await statsOf(target)).every((t) => t.rows === 0)).toBe(true);
  });
});
