import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditCount,
  buildWorld,
  type Client,
  login,
  TEST_PASSWORD,
  type World,
} from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: World;
let sec: Client;
let sys: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  sec = await login(t.app, w.users.secadmin.username);
  sys = await login(t.app, w.users.sysadmin.username);
});
afterAll(() => t.close());

let seq = 0;
async function freshAccount(body: Record<string, unknown> = {}) {
  const res = await sys.post('/api/users', {
    username: `role_${process.pid}_${++seq}`,
    displayName: '授权对象',
    ...body,
  });
  expect(res.statusCode).toBe(200);
  return res.json() as { id: number; username: string; temporaryPassword: string };
}
const versionOf = async (id: number) => (await sec.get(`/api/users/${id}`)).json().version as number;
const grant = async (id: number, body: Record<string, unknown>) =>
  sec.put(`/api/users/${id}/roles`, {
    unitId: null,
    departmentId: null,
    version: await versionOf(id),
    ...body,
  });

describe('role grants (security admin)', () => {
  it('grants unit_admin bound to a unit, audited as a permission change with before and after', async () => {
    const a = await freshAccount();
    const before = await auditCount(t.deps.db, 'users.roles.change');
    const res = await grant(a.id, { roles: ['unit_admin'], unitId: w.unitB1 });
    expect(res.statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'users.roles.change')).toBe(before + 1);
    const row = await t.deps.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'users.roles.change')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ objectType: 'user', objectId: String(a.id), actorId: w.users.secadmin.id });
    expect(JSON.parse(row.detail ?? '{}')).toMatchObject({
      kind: 'permission',
      before: { roles: [] },
      after: { roles: ['unit_admin'], unitId: w.unitB1 },
    });
    expect((await sec.get(`/api/users/${a.id}`)).json()).toMatchObject({
      roles: ['unit_admin'],
      unitId: w.unitB1,
    });
  });

  it('a granted role takes effect at the next request of an open session', async () => {
    const user = await login(t.app, w.users.evaluator.username);
    expect((await user.get('/api/orgs/units')).statusCode).toBe(403);
    expect((await grant(w.users.evaluator.id, { roles: ['committee_leader'] })).statusCode).toBe(200);
    expect((await user.get('/api/orgs/units')).statusCode).toBe(200);
    expect((await grant(w.users.evaluator.id, { roles: ['efficiency_evaluator'] })).statusCode).toBe(200);
    expect((await user.get('/api/orgs/units')).statusCode).toBe(403);
  });

  it.each([
    [['sysadmin', 'auditor']],
    [['secadmin', 'sysadmin']],
    [['auditor', 'committee_leader']],
    [['sysadmin', 'unit_admin']],
    [['secadmin', 'committee_staff']],
  ])('三权分立: refuses %o with a Chinese message on the roles field', async (roles) => {
    const a = await freshAccount();
    const before = await auditCount(t.deps.db, 'users.roles.change');
    const res = await grant(a.id, { roles, unitId: roles.includes('unit_admin') ? w.unitA1 : null });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0]).toMatchObject({ field: 'roles' });
    expect(res.json().message).toContain('三权分立');
    expect(await auditCount(t.deps.db, 'users.roles.change')).toBe(before);
    expect((await sec.get(`/api/users/${a.id}`)).json().roles).toEqual([]);
  });

  it('allows a single admin role, and business roles combined', async () => {
    const a = await freshAccount();
    expect((await grant(a.id, { roles: ['auditor'] })).statusCode).toBe(200);
    const b = await freshAccount();
    const res = await grant(b.id, {
      roles: ['committee_leader', 'area_leader', 'committee_staff'],
      departmentId: w.deptId,
    });
    expect(res.statusCode).toBe(200);
  });

  it('enforces the binding rules and names the field', async () => {
    const a = await freshAccount();
    const cases: [Record<string, unknown>, string][] = [
      [{ roles: ['unit_admin'] }, 'unitId'],
      [{ roles: ['committee_staff'], unitId: w.unitA1 }, 'unitId'],
      [{ roles: ['unit_admin'], unitId: w.unitA1, departmentId: w.deptId }, 'departmentId'],
      [{ roles: ['efficiency_evaluator'], departmentId: w.deptId }, 'departmentId'],
      [{ roles: ['unit_admin'], unitId: w.unitX }, 'unitId'],
      [{ roles: [] }, 'roles'],
      [{ roles: ['emperor'] }, 'roles'],
      [{ roles: 'unit_admin' }, 'roles'],
    ];
    for (const [body, field] of cases) {
      const res = await grant(a.id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().fields[0].field.split('.')[0]).toBe(field);
    }
  });

  it('refuses a stale version (409), a foreign account (404) and the admin’s own account', async () => {
    const a = await freshAccount();
    const stale = await sec.put(`/api/users/${a.id}/roles`, {
      roles: ['committee_leader'],
      unitId: null,
      departmentId: null,
      version: 42,
    });
    expect(stale.statusCode).toBe(409);
    const foreign = await sec.put(`/api/users/${w.users.otherStaff.id}/roles`, {
      roles: ['committee_leader'],
      version: 1,
    });
    expect(foreign.statusCode).toBe(404);
    const self = await grant(w.users.secadmin.id, { roles: ['secadmin', 'committee_leader'] });
    expect(self.statusCode).toBe(400);
  });
});

describe('security settings', () => {
  it('shows the policy in force with the environment variables that set it', async () => {
    const res = await sec.get('/api/security/settings');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      passwordPolicy: {
        minLength: { value: 8, env: 'PASSWORD_MIN_LENGTH' },
        minClasses: { value: 3, env: 'PASSWORD_MIN_CLASSES' },
        expiryDays: { value: 90, env: 'PASSWORD_EXPIRY_DAYS' },
      },
      lockout: { maxFailures: { value: 5, env: 'LOCKOUT_MAX_FAILURES' }, lockMinutes: { value: 30 } },
      session: { idleMinutes: { value: 30, env: 'SESSION_IDLE_MINUTES' }, absoluteHours: { value: 12 } },
    });
  });

  it('lists a locked username of this committee and unlocks it (audited); sign-in works again', async () => {
    const name = w.users.adminA1.username;
    for (let i = 0; i < 5; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: name, password: 'Wrong-Pw#1234' },
      });
    // A locked username of another committee is not shown.
    for (let i = 0; i < 5; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: w.users.otherStaff.username, password: 'Wrong-Pw#1234' },
      });
    const settings = (await sec.get('/api/security/settings')).json();
    expect(settings.locked.map((l: { username: string }) => l.username)).toEqual([name]);
    expect((await sec.get('/api/users', { q: name })).json().items[0].locked).toBe(true);
    await expect(login(t.app, name)).rejects.toThrow(/423/);
    const before = await auditCount(t.deps.db, 'security.unlock');
    expect((await sec.post('/api/security/unlock', { username: name })).statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'security.unlock')).toBe(before + 1);
    expect((await login(t.app, name, TEST_PASSWORD)).csrfToken).toBeTruthy();
    const again = await sec.post('/api/security/unlock', { username: name });
    expect(again.statusCode).toBe(400);
    expect(again.json().fields[0]).toMatchObject({ field: 'username', message: '该账户当前未被锁定' });
    const foreign = await sec.post('/api/security/unlock', { username: w.users.otherStaff.username });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().fields[0].field).toBe('username');
    const empty = await sec.post('/api/security/unlock', {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toContain('用户名');
  });
});
