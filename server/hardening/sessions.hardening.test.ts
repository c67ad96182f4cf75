import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zh } from '../../common/locale/index.js';
import { buildApp } from '../app.js';
import { sessionIdOf } from '../platform/auth/service.js';
import { clock } from '../platform/clock.js';
import { auditCount, buildTenant, buildUser, TEST_PASSWORD } from '../test/factories.js';
import { createTestDeps, type TestDeps } from '../test/harness.js';
import { DIALECTS } from './kit.js';

/**
 * Session and login lines of security.md that server/platform/auth/auth.int.test.ts does not
 * already prove (it covers lockout, identical answers, idle/absolute timeout with the fake clock,
 * logout / password change / disable ending sessions, CSRF, HttpOnly + SameSite=Strict).
 */
describe.each(DIALECTS)('sessions and login (%s)', (dialect) => {
  let deps: TestDeps;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let secureApp: Awaited<ReturnType<typeof buildApp>>;
  let tenantId: number;
  beforeAll(async () => {
    deps = await createTestDeps({}, dialect);
    app = await buildApp(deps, { serveWeb: false });
    secureApp = await buildApp(
      { ...deps, config: { ...deps.config, secureCookies: true } },
      { serveWeb: false },
    );
    tenantId = await buildTenant(deps.db);
  });
  afterAll(async () => {
    await app.close();
    await secureApp.close();
    await deps.cleanup();
  });

  const attempt = (username: string, password: string, ip: string, cookie?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress: ip,
      headers: cookie ? { cookie } : {},
    });

  it('limits login attempts per IP: the 31st in a minute gets 429, even with the right password; other IPs are not affected', async () => {
    const { username } = await buildUser(deps.db, tenantId, 'committee_staff');
    // 30 attempts from one address, each with another unknown name so no account lockout interferes.
    for (let i = 0; i < 30; i++)
      expect((await attempt(`nobody_${dialect}_${i}`, 'Wrong-Passw0rd!', '10.9.0.1')).statusCode).toBe(401);
    const failuresBefore = await auditCount(deps.db, 'auth.login');
    const limited = await attempt(username, TEST_PASSWORD, '10.9.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().message).toBe(zh.errors.tooMany);
    expect(limited.cookies).toEqual([]);
    // Refused before the password is even checked: no session, no login audit row.
    expect(await auditCount(deps.db, 'auth.login')).toBe(failuresBefore);
    expect((await attempt(username, TEST_PASSWORD, '10.9.0.2')).statusCode).toBe(200);
  });

  it('counts the login limit across app instances: 20 attempts on one and 10 on another use up the same window', async () => {
    const other = await buildApp(deps, { serveWeb: false });
    try {
      const on = (instance: typeof app, i: number) =>
        instance.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: `shared_${dialect}_${i}`, password: 'Wrong-Passw0rd!' },
          remoteAddress: '10.9.5.1',
        });
      for (let i = 0; i < 20; i++) expect((await on(app, i)).statusCode).toBe(401);
      for (let i = 20; i < 30; i++) expect((await on(other, i)).statusCode).toBe(401);
      expect((await on(app, 30)).statusCode).toBe(429);
      expect((await on(other, 31)).statusCode).toBe(429);
      // A new window (the clock moves past the minute) lets the address try again, on either instance.
      clock.advance(61_000);
      expect((await on(other, 32)).statusCode).toBe(401);
    } finally {
      clock.reset();
      await other.close();
    }
  });

  it('issues a new session id at login whatever cookie the browser brings (no fixation); stores only its hash', async () => {
    const { id, username } = await buildUser(deps.db, tenantId, 'committee_staff');
    const planted = 'attacker-chosen-session-id';
    const res = await attempt(username, TEST_PASSWORD, '10.9.1.1', `luoshi_sid=${planted}`);
    expect(res.statusCode).toBe(200);
    const token = res.cookies[0].value;
    expect(token).not.toBe(planted);
    expect(token.length).toBeGreaterThanOrEqual(43); // 32 random bytes
    const rows = await deps.db.selectFrom('sessions').select('id').where('userId', '=', id).execute();
    expect(rows.map((r) => r.id)).toEqual([sessionIdOf(token)]);
    expect(rows[0].id).not.toBe(token);
    const me = (cookie: string) =>
      app.inject({ url: '/api/me', headers: { cookie: `luoshi_sid=${cookie}` } });
    expect((await me(planted)).statusCode).toBe(401);
    expect((await me(token)).statusCode).toBe(200);
    // The stored value itself does not work as a cookie: a leaked sessions table opens nothing.
    expect((await me(rows[0].id)).statusCode).toBe(401);
  });

  it('marks the cookie Secure when served over HTTPS (COOKIE_SECURE=1), with HttpOnly and SameSite=Strict', async () => {
    const { username } = await buildUser(deps.db, tenantId, 'committee_staff');
    const res = await secureApp.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: TEST_PASSWORD },
      remoteAddress: '10.9.2.1',
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies[0]).toMatchObject({
      name: 'luoshi_sid',
      secure: true,
      httpOnly: true,
      sameSite: 'Strict',
    });
    const plain = await attempt(username, TEST_PASSWORD, '10.9.2.2');
    expect(plain.cookies[0].secure).toBeUndefined();
  });
});
