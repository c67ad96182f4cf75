import type { FastifyInstance, LightMyRequestResponse, RouteOptions } from 'fastify';
import { type Action, scopeFor } from '../../../common/permissions.js';
import { buildApp } from '../../app.js';
import type { DialectName } from '../../db/connection.js';
import { findAuditActionsSince, lastAuditRowId } from '../../platform/audit/queries.js';
import { buildWorld, type Client, login, type World } from '../../test/factories.js';
import { createTestDeps, type TestDeps } from '../../test/harness.js';
import type { PrincipalName, RouteRow } from './table.js';

/** The principals of the matrix (issue 9), in the order of the report. */
export const PRINCIPALS: PrincipalName[] = [
  'anonymous',
  'adminA1',
  'adminA2',
  'adminB1',
  'areaLeader',
  'staff',
  'leader',
  'evaluator',
  'sysadmin',
  'secadmin',
  'auditor',
  'otherStaff',
];

export const ROLES: Record<Exclude<PrincipalName, 'anonymous'>, string[]> = {
  adminA1: ['unit_admin'],
  adminA2: ['unit_admin'],
  adminB1: ['unit_admin'],
  areaLeader: ['area_leader'],
  staff: ['committee_staff'],
  leader: ['committee_leader'],
  evaluator: ['efficiency_evaluator'],
  sysadmin: ['sysadmin'],
  secadmin: ['secadmin'],
  auditor: ['auditor'],
  otherStaff: ['committee_staff'],
};

export const routeKey = (r: Pick<RouteOptions, 'method' | 'url'>) => `${r.method} ${r.url}`;

/** The routes a test app registered (HEAD twins of GET routes and the API docs left out). */
export function registeredRoutes(seen: RouteOptions[]) {
  return seen.filter(
    (r) => r.method !== 'HEAD' && !r.url.startsWith('/api/docs') && typeof r.method === 'string',
  );
}

/** What the guard must answer: 401, 403, or 'pass' (the route's own answer, never 401/403/5xx). */
export function guardOutcome(row: RouteRow, principal: PrincipalName): number | 'pass' {
  const override = row.expect?.[principal];
  if (override !== undefined) return override;
  if (row.public) return 'pass';
  if (principal === 'anonymous') return 401;
  if (row.action === 'account.self') return 'pass';
  return scopeFor(ROLES[principal], row.action as Action) ? 'pass' : 403;
}

/** A URL with every path parameter filled by a value that names no record. */
export function fillUrl(url: string, id = '999999') {
  return url.replace(/:(\w+)/g, (_m, name: string) =>
    name === 'year' ? '2010' : name === 'kind' || name === 'key' ? 'unknown' : id,
  );
}

export interface MatrixApp {
  deps: TestDeps;
  app: FastifyInstance;
  world: World;
  clients: Record<Exclude<PrincipalName, 'anonymous'>, Client>;
  call(
    principal: PrincipalName,
    method: string,
    url: string,
    body?: unknown,
    query?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  relogin(principal: PrincipalName): Promise<void>;
  close(): Promise<void>;
}

export async function startMatrixApp(dialect: DialectName): Promise<MatrixApp> {
  const deps = await createTestDeps({}, dialect);
  const app = await buildApp(deps, { serveWeb: false });
  await app.ready();
  const world = await buildWorld(deps.db);
  const clients = {} as MatrixApp['clients'];
  const signIn = async (p: Exclude<PrincipalName, 'anonymous'>) => {
    clients[p] = await login(app, world.users[p].username);
  };
  for (const p of PRINCIPALS) if (p !== 'anonymous') await signIn(p);
  return {
    deps,
    app,
    world,
    clients,
    call(principal, method, url, body, query) {
      const payload = method === 'GET' || method === 'DELETE' ? undefined : (body ?? {});
      const options = { method: method as 'GET', url, query, payload: payload as object };
      return principal === 'anonymous' ? app.inject(options) : clients[principal].request(options);
    },
    async relogin(principal) {
      if (principal !== 'anonymous') await signIn(principal);
    },
    async close() {
      await app.close();
      await deps.cleanup();
    },
  };
}

/** Audit rows written since `afterId`: [rows other than denials, http.denied rows]. */
export async function auditSince(deps: TestDeps, afterId: number) {
  const rows = await findAuditActionsSince(deps.db, afterId);
  const last = rows.reduce((m, r) => Math.max(m, Number(r.id)), afterId);
  const denied = rows.filter((r) => r.action === 'http.denied').length;
  return { last, changes: rows.length - denied, denied, actions: rows.map((r) => r.action) };
}

export function lastAuditId(deps: TestDeps) {
  return lastAuditRowId(deps.db);
}
