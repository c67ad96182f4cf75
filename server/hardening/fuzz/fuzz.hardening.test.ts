import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Action, scopeFor } from '../../../common/permissions.js';
import { loadDemo } from '../../demo/index.js';
import { type Client, login } from '../../test/factories.js';
import { DIALECTS, FULL, recordFigure } from '../kit.js';
import { lastAuditId, type MatrixApp, startMatrixApp } from '../matrix/kit.js';
import { ROUTE_TABLE } from '../matrix/table.js';
import { bodyArbitrary, idArbitrary, type JsonSchema } from './arbitraries.js';

/**
 * Fuzzing (issue 9): for every write endpoint, property-based requests built from the endpoint's
 * own schema in the OpenAPI document (/api/docs/json) — schema-shaped bodies with wrong types,
 * huge and unicode strings, nulls, plus arbitrary JSON — sent on the full demo as an account whose
 * role holds the endpoint's grant. Properties: never a 5xx; a rejected request (4xx) writes no
 * audit row other than http.denied, and after each endpoint's batch the row count of every table
 * is what it was unless some request of the batch succeeded.
 */
const RUNS = Number(process.env.FUZZ_RUNS || (FULL ? 1000 : 20));
/** CI replays one seed (a red run is reproducible); the full run draws a new one unless FUZZ_SEED is set. */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FULL ? undefined : 2010;
/** Not fuzzed: sign-in/out and password change act on the fuzzing session itself (auth tests cover them). */
const SKIP = new Set(['POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/password']);
const ROLE_ORDER = [
  'committee_staff',
  'committee_leader',
  'sysadmin',
  'secadmin',
  'unit_admin',
  'efficiency_evaluator',
];

describe.each(DIALECTS)('fuzzing every write endpoint (%s)', (dialect) => {
  let m: MatrixApp;
  let doc: { paths: Record<string, Record<string, { requestBody?: unknown; parameters?: unknown[] }>> };
  const byRole = new Map<string, Client>();
  let tables: string[];

  beforeAll(async () => {
    m = await startMatrixApp(dialect);
    const accounts = await loadDemo(m.deps, { quiet: true });
    for (const role of ROLE_ORDER) {
      const a = accounts.find((x) => x.role === role);
      if (a) byRole.set(role, await login(m.app, a.username, a.password));
    }
    doc = (await m.app.inject('/api/docs/json')).json();
    tables = (await m.deps.db.introspection.getTables())
      .map((t) => t.name)
      .filter((n) => !n.startsWith('kysely_'));
  }, 300_000);
  afterAll(async () => m?.close());

  async function counts() {
    const out: Record<string, number> = {};
    for (const t of tables) {
      const row = await m.deps.db
        .selectFrom(t as 'auditLog')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      out[t] = Number(row.n);
    }
    return out;
  }

  it(`${RUNS} requests per write endpoint: never a 5xx, nothing changed by a rejected request`, async () => {
    const writes = Object.entries(ROUTE_TABLE).filter(([k]) => !k.startsWith('GET') && !SKIP.has(k));
    const failures: string[] = [];
    let cases = 0;
    let before = await counts();
    for (const [key, row] of writes) {
      const [method, url] = key.split(' ');
      const role = ROLE_ORDER.find((r) => scopeFor([r], row.action as Action));
      const client = role && byRole.get(role);
      if (!client) {
        failures.push(`${key}: no demo account holds ${row.action}`);
        continue;
      }
      const op = doc.paths[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()] as
        | { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }
        | undefined;
      const schema = op?.requestBody?.content?.['application/json']?.schema;
      let succeeded = false;
      await fc
        .assert(
          fc.asyncProperty(bodyArbitrary(schema), idArbitrary(), async (body, id) => {
            cases++;
            const path = url.replace(/:(\w+)/g, () => encodeURIComponent(id));
            const auditBefore = await lastAuditId(m.deps);
            const res = await client.request({
              method: method as 'POST',
              url: path,
              headers: { 'content-type': 'application/json' },
              payload: JSON.stringify(body),
            });
            if (res.statusCode >= 500)
              throw new Error(`${method} ${path}: ${res.statusCode} ${res.body.slice(0, 300)}`);
            if (res.statusCode < 300) {
              succeeded = true;
              return;
            }
            const written = await m.deps.db
              .selectFrom('auditLog')
              .select('action')
              .where('id', '>', auditBefore)
              .where('action', '!=', 'http.denied')
              .execute();
            if (written.length)
              throw new Error(
                `${method} ${path}: ${res.statusCode} but audit rows ${written.map((w) => w.action)}`,
              );
          }),
          { numRuns: RUNS, endOnFailure: true, seed: SEED },
        )
        .catch((error: Error) => failures.push(`${key}: ${error.message.slice(0, 800)}`));
      const after = await counts();
      if (!succeeded) {
        const changed = tables.filter((t) => t !== 'auditLog' && t !== 'sessions' && after[t] !== before[t]);
        if (changed.length) failures.push(`${key}: rejected requests changed the row counts of ${changed}`);
      }
      before = after;
    }
    recordFigure(`fuzz-${dialect}`, {
      endpoints: writes.length,
      runsPerEndpoint: RUNS,
      cases,
      failures: failures.length,
    });
    expect(failures).toEqual([]);
  });
});
