import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLES, BUSINESS_ROLES } from '../../../common/roles.js';
import { auditCount, buildUser, buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

/** 三权分立 over HTTP: who may call each accounts/roles/security/audit endpoint, and who may not. */
let t: TestApp;
let w: World;
let target: number;
const clients = {} as Record<Principal, Client>;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.deps.db);
  // The allowed calls change this account, never one of the principals.
  target = (await buildUser(t.deps.db, w.tenantId, 'committee_staff')).id;
  // One sign-in per principal: the login route is rate-limited per IP.
  for (const principal of ALL) clients[principal] = await login(t.app, w.users[principal].username);
});
afterAll(() => t.close());

type Principal = keyof World['users'];
const ALL: Principal[] = [
  'leader',
  'staff',
  'areaLeader',
  'adminA1',
  'evaluator',
  'sysadmin',
  'secadmin',
  'auditor',
  'otherStaff',
];

interface Endpoint {
  method: 'GET' | 'POST' | 'PUT';
  url: () => string;
  body?: () => Record<string, unknown>;
  allowed: Principal[];
}

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: () => '/api/users', allowed: ['sysadmin', 'secadmin'] },
  { method: 'GET', url: () => '/api/users/options', allowed: ['sysadmin', 'secadmin'] },
  { method: 'GET', url: () => `/api/users/${target}`, allowed: ['sysadmin', 'secadmin'] },
  {
    method: 'POST',
    url: () => '/api/users',
    body: () => ({ username: `denied_${Math.random().toString(36).slice(2, 8)}`, displayName: '越权' }),
    allowed: ['sysadmin'],
  },
  {
    method: 'PUT',
    url: () => `/api/users/${target}`,
    body: () => ({ displayName: '越权', version: 1 }),
    allowed: ['sysadmin'],
  },
  {
    method: 'POST',
    url: () => `/api/users/${target}/disable`,
    body: () => ({ version: 1 }),
    allowed: ['sysadmin'],
  },
  {
    method: 'POST',
    url: () => `/api/users/${target}/enable`,
    body: () => ({ version: 1 }),
    allowed: ['sysadmin'],
  },
  {
    method: 'POST',
    url: () => `/api/users/${target}/reset-password`,
    body: () => ({ version: 1 }),
    allowed: ['sysadmin'],
  },
  {
    method: 'PUT',
    url: () => `/api/users/${target}/roles`,
    body: () => ({ roles: ['sysadmin', 'committee_staff'], version: 1 }),
    allowed: ['secadmin'],
  },
  { method: 'GET', url: () => '/api/security/settings', allowed: ['secadmin'] },
  {
    method: 'POST',
    url: () => '/api/security/unlock',
    body: () => ({ username: 'nobody' }),
    allowed: ['secadmin'],
  },
  { method: 'GET', url: () => '/api/audit', allowed: ['auditor'] },
  { method: 'GET', url: () => '/api/audit/facets', allowed: ['auditor'] },
  { method: 'GET', url: () => '/api/audit/verify', allowed: ['auditor'] },
];

describe('permission matrix of the admin endpoints', () => {
  it.each(ENDPOINTS.map((e) => [`${e.method} ${e.url.toString().replace(/^.*=> /, '')}`, e] as const))(
    '%s: every other principal gets 403, audited as a denial',
    async (_name, endpoint) => {
      for (const principal of ALL) {
        const client = clients[principal];
        const before = await auditCount(t.deps.db, 'http.denied');
        const res = await client.request({
          method: endpoint.method,
          url: endpoint.url(),
          payload: endpoint.body?.(),
        });
        if (endpoint.allowed.includes(principal)) {
          expect(res.statusCode, `${principal} ${res.body}`).not.toBe(403);
          expect(res.statusCode).toBeLessThan(500);
        } else {
          expect(res.statusCode, `${principal} should be refused`).toBe(403);
          expect(await auditCount(t.deps.db, 'http.denied')).toBe(before + 1);
        }
      }
    },
  );
});

describe('三权分立', () => {
  it('no admin reads business data: orgs lists answer 403 to all three', async () => {
    for (const principal of ['sysadmin', 'secadmin', 'auditor'] as const) {
      const client = clients[principal];
      expect((await client.get('/api/orgs/units')).statusCode).toBe(403);
      expect((await client.get('/api/orgs/party-orgs')).statusCode).toBe(403);
      expect((await client.get('/api/orgs/areas')).statusCode).toBe(403);
    }
  });

  it('the audit admin reads the log of its own committee only and changes nothing', async () => {
    const auditor = clients.auditor;
    const log = (await auditor.get('/api/audit', { pageSize: 200 })).json();
    expect(log.total).toBeGreaterThan(0);
    const actorIds = new Set(log.items.map((r: { actorId: number | null }) => r.actorId));
    expect(actorIds.has(w.users.otherStaff.id)).toBe(false);
    const posts = [
      ['/api/users', { username: 'auditor_made', displayName: '审计建' }],
      [`/api/users/${target}/disable`, { version: 1 }],
      [`/api/users/${target}/reset-password`, { version: 1 }],
      ['/api/security/unlock', { username: w.users.staff.username }],
      ['/api/orgs/units', { code: 'AUD1', name: '审计单位', category: '综合' }],
      ['/api/orgs/areas', { name: '审计片区' }],
    ] as const;
    for (const [url, body] of posts) expect((await auditor.post(url, body)).statusCode, url).toBe(403);
    expect(
      (await auditor.put(`/api/users/${target}/roles`, { roles: ['auditor'], version: 1 })).statusCode,
    ).toBe(403);
  });

  it('no account in a fresh committee combines admin roles (every grant path goes through the rule)', async () => {
    const sec = clients.secadmin;
    const version = (await sec.get(`/api/users/${target}`)).json().version;
    for (const admin of ADMIN_ROLES) {
      for (const other of [...ADMIN_ROLES.filter((r) => r !== admin), ...BUSINESS_ROLES]) {
        const res = await sec.put(`/api/users/${target}/roles`, {
          roles: [admin, other],
          unitId: other === 'unit_admin' ? w.unitA1 : null,
          departmentId: null,
          version,
        });
        expect(res.statusCode, `${admin}+${other}`).toBe(400);
      }
    }
    const rows = await t.deps.db.selectFrom('users').select('roles').execute();
    for (const row of rows) {
      const roles: string[] = JSON.parse(row.roles);
      const admins = roles.filter((r) => (ADMIN_ROLES as readonly string[]).includes(r));
      expect(admins.length === 0 || roles.length === 1, row.roles).toBe(true);
    }
  });
});
