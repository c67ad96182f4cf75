import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openDatabase } from '../db/connection.js';
import { migrateToLatest } from '../db/migrate.js';
import { verifyChain, writeAuditNow } from '../platform/audit/service.js';
import { buildWorld, login } from '../test/factories.js';
import { createTestDeps, PG_BASE_URL, type TestDeps } from '../test/harness.js';
import { DIALECTS, sleep } from './kit.js';

/**
 * Audit rows are append-only (security.md "Audit"): the triggers refuse edits on the app's own
 * connection on both databases; on PostgreSQL a deployment's app role has no UPDATE/DELETE grant at
 * all; and when someone with the power to drop the triggers edits a row, the hash chain says which.
 */
const actor = (tenantId: number) => ({
  tenantId,
  actorId: null,
  actorName: '测试',
  actorRole: 'committee_staff',
  ip: '127.0.0.1',
  userAgent: 'hardening',
});

async function seedChain(deps: TestDeps, tenantId: number, n: number) {
  const ids: number[] = [];
  for (let i = 0; i < n; i++)
    ids.push(await writeAuditNow(deps.db, actor(tenantId), { action: 'test.event', objectId: i }));
  return ids;
}

describe.each(DIALECTS)('audit log (%s)', (dialect) => {
  it('the app’s own connection cannot UPDATE, DELETE (or on PostgreSQL TRUNCATE) audit rows', async () => {
    const deps = await createTestDeps({}, dialect);
    try {
      const w = await buildWorld(deps.db);
      const ids = await seedChain(deps, w.tenantId, 3);
      const before = await deps.db.selectFrom('auditLog').selectAll().orderBy('id').execute();
      await expect(
        sql`UPDATE audit_log SET action = 'forged' WHERE id = ${ids[1]}`.execute(deps.db),
      ).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM audit_log WHERE id = ${ids[2]}`.execute(deps.db)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`DELETE FROM audit_log`.execute(deps.db)).rejects.toThrow(/append-only/);
      if (dialect === 'postgres')
        await expect(sql`TRUNCATE audit_log`.execute(deps.db)).rejects.toThrow(/append-only/);
      expect(await deps.db.selectFrom('auditLog').selectAll().orderBy('id').execute()).toEqual(before);
      expect(await verifyChain(deps.db, w.tenantId)).toBeNull();
    } finally {
      await deps.cleanup();
    }
  });

  it('the hash chain names an edited row and the row after a deleted one (triggers dropped in a scratch database)', async () => {
    const deps = await createTestDeps({}, dialect);
    try {
      const w = await buildWorld(deps.db);
      const ids = await seedChain(deps, w.tenantId, 6);
      expect(await verifyChain(deps.db, w.tenantId)).toBeNull();
      if (dialect === 'sqlite') {
        await sql`DROP TRIGGER audit_log_no_update`.execute(deps.db);
        await sql`DROP TRIGGER audit_log_no_delete`.execute(deps.db);
      } else await sql`DROP TRIGGER audit_log_no_change ON audit_log`.execute(deps.db);
      await sql`UPDATE audit_log SET actor_name = '他人' WHERE id = ${ids[3]}`.execute(deps.db);
      expect(await verifyChain(deps.db, w.tenantId)).toBe(ids[3]);
      // Restore the row: the chain verifies again; then remove one: the next row no longer links.
      await sql`UPDATE audit_log SET actor_name = '测试' WHERE id = ${ids[3]}`.execute(deps.db);
      expect(await verifyChain(deps.db, w.tenantId)).toBeNull();
      await sql`DELETE FROM audit_log WHERE id = ${ids[2]}`.execute(deps.db);
      expect(await verifyChain(deps.db, w.tenantId)).toBe(ids[3]);
      // A re-hashed forgery still breaks the link to the next row (its prev_hash is the old hash).
    } finally {
      await deps.cleanup();
    }
  });
});

describe('PostgreSQL: the deployment’s app role (docs/security.md, "Granting the app role")', () => {
  it('has SELECT/INSERT only on audit_log: the app works, UPDATE/DELETE/TRUNCATE/DISABLE TRIGGER are refused', async () => {
    const deps = await createTestDeps({}, 'postgres');
    const dbName = new URL(deps.config.databaseUrl!).pathname.slice(1);
    const role = `luoshi_app_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const owner = new pg.Client({ connectionString: deps.config.databaseUrl! });
    await owner.connect();
    let app: Awaited<ReturnType<typeof buildApp>> | null = null;
    let appHandle: ReturnType<typeof openDatabase> | null = null;
    try {
      const w = await buildWorld(deps.db);
      // Exactly the statements of docs/security.md, run by the owner of the schema.
      await owner.query(`CREATE ROLE ${role} LOGIN`);
      await owner.query(`GRANT CONNECT ON DATABASE ${dbName} TO ${role}`);
      await owner.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
      await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
      await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${role}`);
      await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);

      const url = `${PG_BASE_URL.replace('postgres@', `${role}@`)}/${dbName}`;
      appHandle = openDatabase({ databaseUrl: url, dataDir: deps.config.dataDir, poolSize: 3 });
      // The process starts as in production: the migration check passes (nothing to do) …
      await migrateToLatest(appHandle);
      const appDeps = { ...deps, db: appHandle.db, handle: appHandle };
      app = await buildApp(appDeps, { serveWeb: false });
      await app.ready();
      // … and business writes with their audit rows work under the restricted role.
      const staff = await login(app, w.users.staff.username);
      const res = await staff.post('/api/orgs/party-orgs', {
        unitId: w.unitA1,
        name: '受限角色支部',
        type: 'branch',
      });
      expect(res.statusCode).toBe(200);
      expect(await verifyChain(appHandle.db, w.tenantId)).toBeNull();

      const as = appHandle.db;
      for (const statement of [
        sql`UPDATE audit_log SET action = 'forged'`,
        sql`DELETE FROM audit_log`,
        sql`TRUNCATE audit_log`,
        sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change`,
        sql`DROP TRIGGER audit_log_no_change ON audit_log`,
      ])
        await expect(statement.execute(as)).rejects.toThrow(/permission denied|must be owner/);
      const rows = await as.selectFrom('auditLog').select('id').execute();
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      await app?.close();
      await appHandle?.close();
      await sleep(300);
      await owner.query(`DROP OWNED BY ${role}`);
      await owner.end();
      await deps.cleanup();
      const admin = new pg.Client({ connectionString: `${PG_BASE_URL}/postgres` });
      await admin.connect();
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  });
});
