import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: World;
let sys: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  sys = await login(t.app, w.users.sysadmin.username);
});
afterAll(() => t.close());

let seq = 0;
const newName = () => `acct_${process.pid}_${++seq}`;

async function createAccount(body: Record<string, unknown> = {}) {
  const res = await sys.post('/api/users', { username: newName(), displayName: '测试账户', ...body });
  expect(res.statusCode).toBe(200);
  return res.json() as { id: number; username: string; temporaryPassword: string };
}

async function versionOf(id: number) {
  return (await sys.get(`/api/users/${id}`)).json().version as number;
}

describe('create account (system admin)', () => {
  it('creates an account without roles, returns a temporary password once, and audits without it', async () => {
    const before = await auditCount(t.deps.db, 'users.create');
    const created = await createAccount({ unitId: w.unitA1, phone: '0871-1234567' });
    expect(created.temporaryPassword).toMatch(/^.{14}$/);
    const detail = (await sys.get(`/api/users/${created.id}`)).json();
    expect(detail).toMatchObject({
      username: created.username,
      roles: [],
      unitId: w.unitA1,
      mustChangePassword: true,
      disabled: false,
      activeSessions: 0,
    });
    expect(JSON.stringify(detail)).not.toContain(created.temporaryPassword);
    expect(await auditCount(t.deps.db, 'users.create')).toBe(before + 1);
    const rows = await t.deps.db
      .selectFrom('auditLog')
      .select('detail')
      .where('action', '=', 'users.create')
      .execute();
    for (const row of rows) expect(row.detail).not.toContain(created.temporaryPassword);
  });

  it('refuses a taken username with 400 naming the field', async () => {
    const res = await sys.post('/api/users', { username: w.users.staff.username, displayName: '重复' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0]).toMatchObject({ field: 'username', message: '用户名已存在' });
    expect(res.json().message).toContain('用户名');
  });

  it('refuses a username taken in another committee too (sign-in names no committee)', async () => {
    const res = await sys.post('/api/users', { username: w.users.otherStaff.username, displayName: '重复' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].field).toBe('username');
  });

  it.each([
    [{ displayName: '无用户名' }, 'username'],
    [{ username: 'a b', displayName: '空格' }, 'username'],
    [{ username: 'okname1' }, 'displayName'],
    [{ username: 'okname2', displayName: '电话', phone: 'abc' }, 'phone'],
    [{ username: 'okname3', displayName: '单位', unitId: 'x' }, 'unitId'],
    [{ username: 'okname4', displayName: '密码', password: 'Abcdef1!x' }, 'password'],
  ])('rejects bad input %o on %s with a Chinese message', async (body, field) => {
    const res = await sys.post('/api/users', body);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().fields)).toContain(field === 'password' ? '未知字段' : field);
    expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('refuses a unit of another committee, and a unit together with a department', async () => {
    const foreign = await sys.post('/api/users', { username: newName(), displayName: '外', unitId: w.unitX });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().fields[0]).toMatchObject({ field: 'unitId', message: '单位不存在' });
    const both = await sys.post('/api/users', {
      username: newName(),
      displayName: '双',
      unitId: w.unitA1,
      departmentId: w.deptId,
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().fields[0].field).toBe('departmentId');
  });
});

describe('list and detail', () => {
  it('lists only this committee, with paging, filters and sorting', async () => {
    const a = await createAccount({ displayName: '筛选甲', departmentId: w.deptId });
    const all = (await sys.get('/api/users', { pageSize: 200 })).json();
    expect(all.total).toBeGreaterThanOrEqual(11);
    expect(all.items.map((u: { username: string }) => u.username)).not.toContain(w.users.otherStaff.username);
    const page2 = (await sys.get('/api/users', { pageSize: 3, page: 2 })).json();
    expect(page2.items).toHaveLength(3);
    expect(page2.items[0].username).toBe(all.items[3].username);
    const byKeyword = (await sys.get('/api/users', { q: '筛选甲' })).json();
    expect(byKeyword.items.map((u: { id: number }) => u.id)).toEqual([a.id]);
    const byDept = (await sys.get('/api/users', { departmentId: w.deptId })).json();
    expect(byDept.items.every((u: { departmentId: number }) => u.departmentId === w.deptId)).toBe(true);
    const byRole = (await sys.get('/api/users', { role: 'unit_admin' })).json();
    expect(byRole.total).toBe(3);
    expect(byRole.items.every((u: { roles: string[] }) => u.roles.includes('unit_admin'))).toBe(true);
    const noRole = (await sys.get('/api/users', { role: 'none', pageSize: 200 })).json();
    expect(noRole.items.map((u: { id: number }) => u.id)).toContain(a.id);
    const byUnit = (await sys.get('/api/users', { unitId: w.unitA1 })).json();
    expect(byUnit.items.map((u: { id: number }) => u.id)).toContain(w.users.adminA1.id);
    const desc = (await sys.get('/api/users', { sort: 'username', order: 'desc', pageSize: 200 })).json();
    const names = desc.items.map((u: { username: string }) => u.username);
    expect(names).toEqual([...names].sort().reverse());
  });

  it('rejects a bad filter with 400 naming the field', async () => {
    const res = await sys.get('/api/users', { role: 'king' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].field).toBe('role');
    expect((await sys.get('/api/users', { sort: 'password' })).json().fields[0].field).toBe('sort');
  });

  it('answers 404 for an account of another committee', async () => {
    expect((await sys.get(`/api/users/${w.users.otherStaff.id}`)).statusCode).toBe(404);
  });

  it('gives unit and department names for the binding pickers, of this committee only', async () => {
    const options = (await sys.get('/api/users/options')).json();
    const unitIds = options.units.map((u: { id: number }) => u.id);
    expect(unitIds).toEqual(expect.arrayContaining([w.unitA1, w.unitA2, w.unitB1]));
    expect(unitIds).not.toContain(w.unitX);
    expect(options.departments.map((d: { id: number }) => d.id)).toContain(w.deptId);
  });
});

describe('edit, disable, enable, reset password', () => {
  it('edits the name with optimistic locking (stale version → 409)', async () => {
    const a = await createAccount();
    const v = await versionOf(a.id);
    expect(
      (await sys.put(`/api/users/${a.id}`, { displayName: '改名后', phone: '', version: v })).statusCode,
    ).toBe(200);
    expect((await sys.put(`/api/users/${a.id}`, { displayName: '又改', version: v })).statusCode).toBe(409);
    expect((await sys.get(`/api/users/${a.id}`)).json().displayName).toBe('改名后');
  });

  it('disabling ends the sessions of the account at once and refuses its sign-in', async () => {
    const victim = await login(t.app, w.users.adminA2.username);
    expect((await victim.get('/api/me')).statusCode).toBe(200);
    const before = await auditCount(t.deps.db, 'users.disable');
    const res = await sys.post(`/api/users/${w.users.adminA2.id}/disable`, {
      version: await versionOf(w.users.adminA2.id),
    });
    expect(res.statusCode).toBe(200);
    expect(await auditCount(t.deps.db, 'users.disable')).toBe(before + 1);
    expect((await victim.get('/api/me')).statusCode).toBe(401);
    expect((await sys.get(`/api/users/${w.users.adminA2.id}`)).json()).toMatchObject({
      disabled: true,
      activeSessions: 0,
    });
    await expect(login(t.app, w.users.adminA2.username)).rejects.toThrow(/401/);
    const enabled = await sys.post(`/api/users/${w.users.adminA2.id}/enable`, {
      version: await versionOf(w.users.adminA2.id),
    });
    expect(enabled.statusCode).toBe(200);
    expect((await login(t.app, w.users.adminA2.username).then((c) => c.get('/api/me'))).statusCode).toBe(200);
  });

  it('refuses to disable one’s own account, a stale version and a missing body', async () => {
    const self = await sys.post(`/api/users/${w.users.sysadmin.id}/disable`, {
      version: await versionOf(w.users.sysadmin.id),
    });
    expect(self.statusCode).toBe(400);
    expect(self.json().message).toContain('自己');
    const a = await createAccount();
    expect((await sys.post(`/api/users/${a.id}/disable`, { version: 99 })).statusCode).toBe(409);
    const noBody = await sys.post(`/api/users/${a.id}/disable`, {});
    expect(noBody.statusCode).toBe(400);
    expect(noBody.json().fields[0].field).toBe('version');
    expect((await sys.post(`/api/users/${w.users.otherStaff.id}/disable`, { version: 1 })).statusCode).toBe(
      404,
    );
  });

  it('reset password ends sessions and forces a change at next sign-in', async () => {
    const victim = await login(t.app, w.users.adminB1.username);
    const res = await sys.post(`/api/users/${w.users.adminB1.id}/reset-password`, {
      version: await versionOf(w.users.adminB1.id),
    });
    expect(res.statusCode).toBe(200);
    const { temporaryPassword } = res.json();
    expect((await victim.get('/api/me')).statusCode).toBe(401);
    const fresh = await login(t.app, w.users.adminB1.username, temporaryPassword);
    expect((await fresh.get('/api/me')).json().passwordExpired).toBe(true);
    const blocked = await fresh.get('/api/orgs/units');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_EXPIRED');
    const changed = await fresh.post('/api/auth/password', {
      oldPassword: temporaryPassword,
      newPassword: 'Brand-New-Pw#2026',
    });
    expect(changed.statusCode).toBe(200);
    expect((await fresh.get('/api/me')).json().passwordExpired).toBe(false);
    expect((await fresh.get('/api/orgs/units')).statusCode).toBe(200);
    expect((await sys.get(`/api/users/${w.users.adminB1.id}`)).json().mustChangePassword).toBe(false);
    expect(await auditCount(t.deps.db, 'users.password.reset')).toBe(1);
  });
  it('三权分立: refuses to disable or reset the password of the security and audit admins', async () => {
    for (const target of [w.users.secadmin, w.users.auditor]) {
      const version = await versionOf(target.id);
      const disable = await sys.post(`/api/users/${target.id}/disable`, { version });
      expect(disable.statusCode).toBe(403);
      expect(disable.json().message).toContain('三权分立');
      expect((await sys.post(`/api/users/${target.id}/reset-password`, { version })).statusCode).toBe(403);
      expect((await sys.get(`/api/users/${target.id}`)).json()).toMatchObject({ disabled: false, version });
    }
    expect((await login(t.app, w.users.auditor.username).then((c) => c.get('/api/audit'))).statusCode).toBe(
      200,
    );
  });
});
