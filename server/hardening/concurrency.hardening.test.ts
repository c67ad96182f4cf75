import { afterAll, describe, expect, it } from 'vitest';
import { formatDocNumber } from '../../common/documents.js';
import { zh } from '../../common/locale/index.js';
import { buildApp } from '../app.js';
import { openDatabase } from '../db/connection.js';
import { nextNumber } from '../db/counters.js';
import { documentBody } from '../modules/documents/test-helpers.js';
import { verifyChain } from '../platform/audit/service.js';
import { auditCount, buildWorld } from '../test/factories.js';
import { createTestDeps } from '../test/harness.js';
import { DIALECTS, httpLogin, jsonBody, recordFigure, sleep } from './kit.js';

/**
 * Optimistic locking and numbering under real concurrency: a listening server on a loopback port,
 * 100 requests in flight at once (PostgreSQL runs them on parallel connections).
 */
const N = 100;
const figures: Record<string, Record<string, unknown>> = {};
afterAll(() => recordFigure('concurrency', figures));

describe.each(DIALECTS)('concurrency (%s)', (dialect) => {
  it(`${N} simultaneous edits of one record from the same version: one succeeds, ${N - 1} get 409`, async () => {
    const deps = await createTestDeps({}, dialect);
    const app = await buildApp(deps, { serveWeb: false });
    try {
      const w = await buildWorld(deps.db);
      await app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
      const staff = await httpLogin(base, w.users.staff.username);
      const created = await staff.fetch(
        base,
        '/api/orgs/party-orgs',
        jsonBody({ unitId: w.unitA1, name: '并发测试支部', type: 'branch', memberCount: 5 }),
      );
      const { id } = (await created.json()) as { id: number };
      const before = await auditCount(deps.db, 'orgs.partyOrg.update');
      const results = await Promise.all(
        Array.from({ length: N }, async (_, k) => {
          const res = await staff.fetch(base, `/api/orgs/party-orgs/${id}`, {
            ...jsonBody({
              unitId: w.unitA1,
              name: `并发测试支部-${k}`,
              type: 'branch',
              memberCount: k,
              version: 1,
            }),
            method: 'PUT',
          });
          return { k, status: res.status, body: (await res.json()) as { message?: string } };
        }),
      );
      const winners = results.filter((r) => r.status === 200);
      const conflicts = results.filter((r) => r.status === 409);
      expect(winners).toHaveLength(1);
      expect(conflicts).toHaveLength(N - 1);
      for (const c of conflicts) expect(c.body.message).toBe(zh.errors.conflict);
      const row = await deps.db
        .selectFrom('partyOrgs')
        .select(['name', 'memberCount', 'version'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ name: `并发测试支部-${winners[0].k}`, memberCount: winners[0].k, version: 2 });
      expect((await auditCount(deps.db, 'orgs.partyOrg.update')) - before).toBe(1);
      expect(await verifyChain(deps.db, w.tenantId)).toBeNull();
      figures[dialect] = {
        ...figures[dialect],
        edits: N,
        succeeded: winners.length,
        conflicts409: conflicts.length,
      };
    } finally {
      await app.close();
      await deps.cleanup();
    }
  });

  it(`nextNumber in ${N} parallel transactions: no duplicate, no gap, rolled-back numbers given back`, async () => {
    const deps = await createTestDeps({}, dialect);
    // A pool of its own with room for many transactions at once (the harness pool holds 5).
    const wide =
      dialect === 'postgres'
        ? openDatabase({ databaseUrl: deps.config.databaseUrl, dataDir: deps.config.dataDir, poolSize: 25 })
        : deps.handle;
    try {
      const w = await buildWorld(deps.db);
      const outcomes = await Promise.allSettled(
        Array.from({ length: N }, (_, k) =>
          wide.db.transaction().execute(async (trx) => {
            const n = await nextNumber(trx, w.tenantId, 'hardening:doc:2010');
            if (k % 10 === 9) throw new Error('rolled back on purpose');
            return n;
          }),
        ),
      );
      const committed = outcomes
        .filter((o): o is PromiseFulfilledResult<number> => o.status === 'fulfilled')
        .map((o) => o.value)
        .sort((a, b) => a - b);
      expect(committed).toHaveLength(N - N / 10);
      expect(committed).toEqual(Array.from({ length: N - N / 10 }, (_, i) => i + 1));
      const counter = await deps.db
        .selectFrom('counters')
        .select('value')
        .where('tenantId', '=', w.tenantId)
        .where('key', '=', 'hardening:doc:2010')
        .executeTakeFirstOrThrow();
      expect(counter.value).toBe(N - N / 10);
      figures[dialect] = { ...figures[dialect], numbersTaken: committed.length, duplicateNumbers: 0 };
    } finally {
      if (wide !== deps.handle) {
        await wide.close();
        // pg's pool.end() resolves before the server has closed the sockets; the cleanup's
        // DROP DATABASE … WITH (FORCE) would otherwise hit connections still saying goodbye.
        await sleep(500);
      }
      await deps.cleanup();
    }
  });

  it(`${N} simultaneous problem registrations over HTTP get ${N} distinct consecutive numbers`, async () => {
    const deps = await createTestDeps({}, dialect);
    const app = await buildApp(deps, { serveWeb: false });
    try {
      const w = await buildWorld(deps.db);
      await app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
      const staff = await httpLogin(base, w.users.staff.username);
      const results = await Promise.all(
        Array.from({ length: N }, async (_, k) => {
          const res = await staff.fetch(
            base,
            '/api/problems',
            jsonBody({
              sourceType: 'manual',
              unitId: k % 2 ? w.unitA1 : w.unitB1,
              categoryName: '办事效率',
              description: `并发登记的问题 ${k}`,
              foundOn: '2010-05-01',
            }),
          );
          return { status: res.status, body: (await res.json()) as { code: string } };
        }),
      );
      expect(results.filter((r) => r.status !== 200)).toEqual([]);
      const codes = results.map((r) => r.body.code).sort();
      expect(new Set(codes).size).toBe(N);
      expect(codes).toEqual(Array.from({ length: N }, (_, i) => `ZF2010-${String(i + 1).padStart(3, '0')}`));
      expect(await auditCount(deps.db, 'problems.create')).toBe(N);
      expect(await verifyChain(deps.db, w.tenantId)).toBeNull();
      figures[dialect] = {
        ...figures[dialect],
        numberedOverHttp: N,
        duplicateCodes: N - new Set(codes).size,
      };
    } finally {
      await app.close();
      await deps.cleanup();
    }
  });

  it(`${N} drafts issued at once get ${N} distinct consecutive 发文字号`, async () => {
    const deps = await createTestDeps({}, dialect);
    const app = await buildApp(deps, { serveWeb: false });
    try {
      const w = await buildWorld(deps.db);
      await app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
      const staff = await httpLogin(base, w.users.staff.username);
      const ids: number[] = [];
      for (let k = 0; k < N; k++) {
        const res = await staff.fetch(
          base,
          '/api/documents',
          jsonBody(documentBody({ title: `并发发文测试${k}` })),
        );
        expect(res.status).toBe(200);
        ids.push(((await res.json()) as { id: number }).id);
      }
      const results = await Promise.all(
        ids.map(async (id) => {
          const res = await staff.fetch(base, `/api/documents/${id}/issue`, jsonBody({ version: 1 }));
          return { status: res.status, body: (await res.json()) as { docNumber: string } };
        }),
      );
      expect(results.filter((r) => r.status !== 200)).toEqual([]);
      const numbers = results.map((r) => r.body.docNumber);
      expect(new Set(numbers).size).toBe(N);
      expect(new Set(numbers)).toEqual(
        new Set(Array.from({ length: N }, (_, i) => formatDocNumber('云直党工', 2010, i + 1))),
      );
      expect(await auditCount(deps.db, 'documents.issue')).toBe(N);
      figures[dialect] = {
        ...figures[dialect],
        docNumbersIssued: N,
        duplicateDocNumbers: N - new Set(numbers).size,
      };
    } finally {
      await app.close();
      await deps.cleanup();
    }
  });
});
