import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTenant, buildUser, login, TEST_PASSWORD } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { clock } from '../clock.js';
import { TEMPORARY_PASSWORD_MARK } from '../users/presenters.js';
import { setUserDisabled } from '../users/queries.js';

let t: TestApp;
let tenantId: number;

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await buildTenant(t.deps.db);
});
afterAll(() => t.close());

const attempt = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('login', () => {
  it('opens a server-side session with an HttpOnly SameSite=Strict cookie and a new id each time', async () => {
    const { username } = await buildUser(t.deps.db, tenantId, 'committee_staff');
    const first = await attempt(username, TEST_PASSWORD);
    const second = await attempt(username, TEST_PASSWORD);
    expect(first.statusCode).toBe(200);
    const cookie = first.cookies[0];
    expect(cookie).toMatchObject({ name: 'luoshi_sid', httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(second.cookies[0].value).not.toBe(cookie.value);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `luoshi_sid=${cookie.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username, roles: ['committee_staff'] });
  });

  it('answers an unknown user and a wrong password identically', async () => {
    const { username } = await buildUser(t.deps.db, tenantId, 'committee_staff');
    const wrong = await attempt(username, 'Wrong-Passw0rd!');
    const unknown = await attempt('nobody-here', 'Wrong-Passw0rd!');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
    expect(wrong.json().message).toBe('用户名或密码错误');
  });

  it('locks the account after 5 failures in 15 minutes; the 6th attempt is refused even with the right password', async () => {
    const { username } = await buildUser(t.deps.db, tenantId, 'unit_admin');
    for (let i = 0; i < 5; i++) expect((await attempt(username, 'Wrong-Passw0rd!')).statusCode).toBe(401);
    const sixth = await attempt(username, TEST_PASSWORD);
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json().message).toContain('锁定');
    expect(await auditCount(t.deps.db, 'auth.lockout')).toBeGreaterThanOrEqual(1);
    clock.advance(31 * 60_000);
    expect((await attempt(username, TEST_PASSWORD)).statusCode).toBe(200);
    clock.reset();
  });

  it('locks unknown usernames the same way, so lockout reveals nothing', async () => {
    for (let i = 0; i < 5; i++) await attempt('ghost-user', 'Wrong-Passw0rd!');
    expect((await attempt('ghost-user', 'Wrong-Passw0rd!')).statusCode).toBe(423);
  });

  it('rejects a body without password with a Chinese message naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'a' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('密码');
    expect(res.json().fields[0].field).toBe('password');
  });

  it('audits successful and failed logins', async () => {
    const before = await auditCount(t.deps.db, 'auth.login');
    const { username } = await buildUser(t.deps.db, tenantId, 'committee_staff');
    await attempt(username, TEST_PASSWORD);
    await attempt(username, 'nope-Passw0rd!');
    expect(await auditCount(t.deps.db, 'auth.login')).toBe(before + 2);
  });
});

describe('sessions', () => {
  it('ends the session on logout, on the server', async () => {
    const { username } = await buildUser(t.deps.db, tenantId, 'committee_staff');
    const c = await login(t.app, username);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/me')).statusCode).toBe(401);
  });

  it('expires after the idle timeout and after the absolute timeout', async () => {
    const { username } = await buildUser(t.deps.db, tenantId, 'committee_staff');
    const idle = await login(t.app, username);
    clock.advance(31 * 60_000);
    const res = await idle.get('/api/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toContain('超时');
    clock.reset();

    const active = await login(t.app, username);
    for (let i = 0; i < 26; i++) {
      clock.advance(29 * 60_000);
      if (i < 24) expect((await active.get('/api/me')).statusCode).toBe(200);
    }
    expect((await active.get('/api/me')).statusCode).toBe(401);
    clock.reset();
  });

  it('refuses a state change without the CSRF header', async () => {
    const { username } = await buildUser(t.deps.db, tenantId, 'committee_staff');
    const c = await login(t.app, username);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: c.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF');
  });

  it('ends other sessions when the password changes, and enforces the password policy', async () => {
    const { username } = await buildUser(t.deps.db, tenantId, 'committee_staff');
    const a = await login(t.app, username);
    const b = await login(t.app, username);
    const weak = await a.post('/api/auth/password', { oldPassword: TEST_PASSWORD, newPassword: 'password' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields[0].field).toBe('newPassword');
    const ok = await a.post('/api/auth/password', {
      oldPassword: TEST_PASSWORD,
      newPassword: 'Another-Str0ng!',
    });
    expect(ok.statusCode).toBe(200);
    expect((await a.get('/api/me')).statusCode).toBe(200);
    expect((await b.get('/api/me')).statusCode).toBe(401);
    expect((await attempt(username, 'Another-Str0ng!')).statusCode).toBe(200);
  });

  it('ends the sessions of a disabled account at once', async () => {
    const user = await buildUser(t.deps.db, tenantId, 'committee_staff');
    const c = await login(t.app, user.username);
    await setUserDisabled(t.deps.db, user.id, true, clock.nowIso());
    expect((await c.get('/api/me')).statusCode).toBe(401);
    expect((await attempt(user.username, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('answers 401 without a session and audits it', async () => {
    const before = await auditCount(t.deps.db, 'http.denied');
    expect((await t.app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    expect(await auditCount(t.deps.db, 'http.denied')).toBe(before + 1);
  });
});

describe('accounts without a role or with a temporary password', () => {
  it('lets an account with no role yet sign in and read itself, and nothing else', async () => {
    const { username } = await buildUser(t.deps.db, tenantId, []);
    const c = await login(t.app, username);
    expect((await c.get('/api/me')).json()).toMatchObject({ username, roles: [] });
    expect((await c.get('/api/orgs/units')).statusCode).toBe(403);
  });

  it('forces a temporary password to be changed even when expiry is switched off', async () => {
    const noExpiry = await createTestApp({
      passwordPolicy: { ...t.deps.config.passwordPolicy, expiryDays: 0 },
    });
    try {
      const tid = await buildTenant(noExpiry.deps.db);
      const user = await buildUser(noExpiry.deps.db, tid, 'committee_staff');
      await noExpiry.deps.db
        .updateTable('users')
        .set({ passwordChangedAt: TEMPORARY_PASSWORD_MARK })
        .where('id', '=', user.id)
        .execute();
      const c = await login(noExpiry.app, user.username);
      expect((await c.get('/api/me')).json().passwordExpired).toBe(true);
      const blocked = await c.get('/api/orgs/units');
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().code).toBe('PASSWORD_EXPIRED');
    } finally {
      await noExpiry.close();
    }
  });
});

describe('health', () => {
  it('serves /livez and /readyz', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/livez' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ok' });
  });
});
