import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DIALECTS, recordFigure } from '../kit.js';
import {
  auditSince,
  fillUrl,
  guardOutcome,
  lastAuditId,
  type MatrixApp,
  PRINCIPALS,
  registeredRoutes,
  routeKey,
  startMatrixApp,
} from './kit.js';
import { ROUTE_TABLE } from './table.js';

// The app's routes as registered, read with an onRoute hook installed next to the guard.
const seen = vi.hoisted(() => [] as RouteOptions[]);
vi.mock('../../platform/http.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../platform/http.js')>();
  return {
    ...real,
    installGuard: (...args: Parameters<typeof real.installGuard>) => {
      args[0].addHook('onRoute', (route) => {
        seen.push(route);
      });
      real.installGuard(...args);
    },
  };
});

/**
 * Permission matrix, guard half (issue 9): every registered endpoint × 12 principals over HTTP.
 * Expected cells come from common/permissions.ts through the table (table.ts); each cell also
 * checks the audit trail: a refusal by the guard writes one http.denied row, a GET writes nothing
 * else, a state change that succeeds writes exactly one row and a rejected one none.
 */
describe.each(DIALECTS)('permission matrix: every endpoint × principal (%s)', (dialect) => {
  let m: MatrixApp;
  beforeAll(async () => {
    seen.length = 0;
    m = await startMatrixApp(dialect);
  });
  afterAll(async () => m?.close());

  it('every registered route has a row in the table with its declared action, and no row is stale', () => {
    const routes = registeredRoutes(seen);
    const keys = new Set(routes.map(routeKey));
    const missing = routes.map(routeKey).filter((k) => !(k in ROUTE_TABLE));
    const stale = Object.keys(ROUTE_TABLE).filter((k) => !keys.has(k));
    const mismatched = routes
      .filter((r) => ROUTE_TABLE[routeKey(r)])
      .filter((r) => {
        const row = ROUTE_TABLE[routeKey(r)];
        const config = (r.config ?? {}) as { action?: string; public?: boolean };
        return (row.action ?? null) !== (config.action ?? null) || !!row.public !== !!config.public;
      })
      .map(routeKey);
    expect({ missing, stale, mismatched }).toEqual({ missing: [], stale: [], mismatched: [] });
    expect(routes.length).toBeGreaterThan(200);
  });

  it('every cell answers as the table says, never 5xx, with the audit rows it must write', async () => {
    const failures: string[] = [];
    let cells = 0;
    let successes = 0;
    let cursor = await lastAuditId(m.deps);
    for (const [key, row] of Object.entries(ROUTE_TABLE)) {
      const [method, url] = key.split(' ');
      for (const principal of PRINCIPALS) {
        cells++;
        const res = await m.call(principal, method, fillUrl(url));
        const audit = await auditSince(m.deps, cursor);
        cursor = audit.last;
        const want = guardOutcome(row, principal);
        const got = res.statusCode;
        const cell = `${key} as ${principal}: ${got}`;
        if (got >= 500) failures.push(`${cell} (5xx) ${res.body.slice(0, 200)}`);
        else if (want === 'pass' && (got === 401 || got === 403))
          failures.push(`${cell}, expected to pass the guard`);
        else if (want !== 'pass' && got !== want) failures.push(`${cell}, expected ${want}`);
        const guardRefused = want === 401 || (want === 403 && !row.expect?.[principal]);
        if (guardRefused && audit.denied !== 1) failures.push(`${cell}: ${audit.denied} http.denied rows`);
        if (!guardRefused && audit.denied !== 0 && !row.public)
          failures.push(`${cell}: unexpected http.denied row`);
        const changed = method !== 'GET' && got < 300;
        if (changed) successes++;
        const wantChanges = changed && !row.public ? 1 : 0;
        if (!(row.public && method === 'POST') && audit.changes !== wantChanges)
          failures.push(
            `${cell}: ${audit.changes} audit rows (${audit.actions.join(',')}), expected ${wantChanges}`,
          );
        if (row.endsSession && got < 300) {
          await m.relogin(principal);
          cursor = await lastAuditId(m.deps);
        }
      }
    }
    recordFigure(`matrix-guard-${dialect}`, {
      endpoints: Object.keys(ROUTE_TABLE).length,
      cells,
      passed: cells - failures.length,
      successfulWrites: successes,
    });
    expect(failures).toEqual([]);
  });
});
