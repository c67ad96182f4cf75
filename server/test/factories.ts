import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Executor } from '../db/connection.js';
import * as orgsQueries from '../modules/orgs/queries.js';
import { countAuditRows } from '../platform/audit/queries.js';
import { hashPassword } from '../platform/auth/password.js';
import { clock } from '../platform/clock.js';
import * as usersQueries from '../platform/users/queries.js';

/** The one password of test accounts. Tests only: the product has no fixed password anywhere. */
export const TEST_PASSWORD = 'Test-Passw0rd!x';
let testHash: Promise<string> | null = null;
const hashOnce = () => (testHash ??= hashPassword(TEST_PASSWORD));

let counter = 0;
const unique = (prefix: string) => `${prefix}${process.pid}_${++counter}`;

export async function buildTenant(db: Executor, name = unique('委员会')) {
  return usersQueries.insertTenant(db, { name, city: '测试市', shortName: name, createdAt: clock.nowIso() });
}

export async function buildDepartment(db: Executor, tenantId: number, name = unique('部室')) {
  return usersQueries.insertDepartment(db, { tenantId, name, sort: 0 });
}

export async function buildArea(
  db: Executor,
  tenantId: number,
  overrides: { leaderUserId?: number | null; liaisonDepartmentId?: number | null; name?: string } = {},
) {
  const now = clock.nowIso();
  return orgsQueries.insertArea(db, {
    tenantId,
    name: overrides.name ?? unique('片区'),
    leaderUserId: overrides.leaderUserId ?? null,
    liaisonDepartmentId: overrides.liaisonDepartmentId ?? null,
    sort: 0,
    createdAt: now,
    updatedAt: now,
  });
}

export async function buildUnit(
  db: Executor,
  tenantId: number,
  overrides: {
    areaId?: number | null;
    name?: string;
    code?: string;
    category?: string;
    isWindow?: boolean;
  } = {},
) {
  const now = clock.nowIso();
  return orgsQueries.insertUnit(db, {
    tenantId,
    areaId: overrides.areaId ?? null,
    code: overrides.code ?? unique('U'),
    name: overrides.name ?? unique('测试单位'),
    shortName: null,
    category: overrides.category ?? '综合管理部门',
    isWindow: overrides.isWindow ? 1 : 0,
    contact: null,
    phone: null,
    sort: 0,
    createdAt: now,
    updatedAt: now,
  });
}

export async function buildUser(
  db: Executor,
  tenantId: number,
  role: string | string[],
  overrides: {
    username?: string;
    unitId?: number | null;
    departmentId?: number | null;
    displayName?: string;
  } = {},
) {
  const username = overrides.username ?? unique('user');
  const id = await usersQueries.insertUser(db, {
    tenantId,
    username,
    displayName: overrides.displayName ?? username,
    passwordHash: await hashOnce(),
    roles: Array.isArray(role) ? role : [role],
    unitId: overrides.unitId ?? null,
    departmentId: overrides.departmentId ?? null,
    passwordChangedAt: clock.nowIso(),
    createdAt: clock.nowIso(),
  });
  return { id, username };
}

/**
 * The standard world of permission tests: tenant T with areas A and B; units A1 and A2 in area A,
 * B1 in area B; a second tenant with unit X. One account per principal of the permission matrix.
 */
export async function buildWorld(db: Executor) {
  const tenantId = await buildTenant(db);
  const deptId = await buildDepartment(db, tenantId);
  const areaLeader = await buildUser(db, tenantId, 'area_leader');
  const areaA = await buildArea(db, tenantId, { leaderUserId: areaLeader.id, liaisonDepartmentId: deptId });
  const areaB = await buildArea(db, tenantId);
  const unitA1 = await buildUnit(db, tenantId, { areaId: areaA });
  const unitA2 = await buildUnit(db, tenantId, { areaId: areaA });
  const unitB1 = await buildUnit(db, tenantId, { areaId: areaB });
  const otherTenantId = await buildTenant(db);
  const otherArea = await buildArea(db, otherTenantId);
  const unitX = await buildUnit(db, otherTenantId, { areaId: otherArea });
  const users = {
    leader: await buildUser(db, tenantId, 'committee_leader'),
    staff: await buildUser(db, tenantId, 'committee_staff', { departmentId: deptId }),
    areaLeader,
    adminA1: await buildUser(db, tenantId, 'unit_admin', { unitId: unitA1 }),
    adminA2: await buildUser(db, tenantId, 'unit_admin', { unitId: unitA2 }),
    adminB1: await buildUser(db, tenantId, 'unit_admin', { unitId: unitB1 }),
    evaluator: await buildUser(db, tenantId, 'efficiency_evaluator'),
    sysadmin: await buildUser(db, tenantId, 'sysadmin'),
    secadmin: await buildUser(db, tenantId, 'secadmin'),
    auditor: await buildUser(db, tenantId, 'auditor'),
    otherStaff: await buildUser(db, otherTenantId, 'committee_staff'),
    otherAdminX: await buildUser(db, otherTenantId, 'unit_admin', { unitId: unitX }),
  };
  return { tenantId, deptId, areaA, areaB, unitA1, unitA2, unitB1, otherTenantId, otherArea, unitX, users };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A signed-in client over app.inject: carries the session cookie and the CSRF header. */
export interface Client {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(
    url: string,
    query?: Record<string, string | number | boolean | undefined>,
  ): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  del(url: string): Promise<LightMyRequestResponse>;
  cookie: string;
  csrfToken: string;
}

export async function login(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrfToken = res.json().csrfToken as string;
  const request = (options: InjectOptions) =>
    app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) } });
  const clean = (query?: Record<string, string | number | boolean | undefined>) =>
    query
      ? Object.fromEntries(
          Object.entries(query)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, String(v)]),
        )
      : undefined;
  return {
    request,
    get: (url, query) => request({ method: 'GET', url, query: clean(query) }),
    post: (url, body) => request({ method: 'POST', url, payload: body as InjectOptions['payload'] }),
    put: (url, body) => request({ method: 'PUT', url, payload: body as InjectOptions['payload'] }),
    del: (url) => request({ method: 'DELETE', url }),
    cookie,
    csrfToken,
  };
}

/** Counts audit rows (for "exactly one audit row per change" assertions). */
export function auditCount(db: Executor, action?: string) {
  return countAuditRows(db, action);
}
