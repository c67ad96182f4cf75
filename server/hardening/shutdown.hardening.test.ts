import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { buildWorld } from '../test/factories.js';
import { createTestDeps, PG_BASE_URL } from '../test/harness.js';
import { DIALECTS, httpLogin, recordFigure, serverEnv, startServer } from './kit.js';

/**
 * Graceful shutdown (security.md "Data safety"): the real process under a bounded load — 200
 * requests, half of them writes, over 20 keep-alive connections to 127.0.0.1 — gets SIGTERM after
 * 60 answers. Promised and asserted: every request sent before the signal — answered, in flight,
 * or still waiting to be read — is answered 200; every stored write was acknowledged and every
 * acknowledged write is stored; only requests sent after the signal may be refused (503 while
 * closing, connection refused or reset), with nothing written; the process exits 0 without waiting
 * for idle keep-alive connections.
 */
const TOTAL = 200;
const CONNECTIONS = 20;
const SIGNAL_AFTER = 60;
const figures: Record<string, unknown> = {};
afterAll(() => recordFigure('shutdown', figures));

interface Outcome {
  i: number;
  write: boolean;
  sentAt: number | null;
  doneAt: number;
  status: number | null;
  error: string | null;
  reused: boolean;
  id: number | null;
}

describe.each(DIALECTS)('graceful shutdown under load (%s)', (dialect) => {
  it('drains in-flight requests, loses nothing acknowledged, refuses the rest cleanly, exits 0', async () => {
    const deps = await createTestDeps({}, dialect);
    try {
      const w = await buildWorld(deps.db);
      const server = await startServer(serverEnv(deps));
      const client = await httpLogin(server.baseUrl, w.users.staff.username);
      const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
      let answered = 0;
      let signalAt = Number.POSITIVE_INFINITY;
      const send = (i: number) =>
        new Promise<Outcome>((resolve) => {
          const write = i % 2 === 0;
          const body = write
            ? JSON.stringify({ unitId: w.unitA1, name: `停机测试支部${i}`, type: 'branch' })
            : undefined;
          const outcome: Outcome = {
            i,
            write,
            sentAt: null,
            doneAt: 0,
            status: null,
            error: null,
            reused: false,
            id: null,
          };
          const req = http.request({
            agent,
            host: '127.0.0.1',
            port: server.port,
            method: write ? 'POST' : 'GET',
            path: write ? '/api/orgs/party-orgs' : '/api/orgs/units?pageSize=50',
            headers: {
              cookie: client.cookie,
              'x-csrf-token': client.csrfToken,
              ...(write ? { 'content-type': 'application/json' } : {}),
            },
          });
          req.on('finish', () => {
            outcome.sentAt = performance.now();
            outcome.reused = req.reusedSocket;
          });
          req.on('response', (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
              outcome.status = res.statusCode ?? null;
              if (write && res.statusCode === 200)
                outcome.id = JSON.parse(Buffer.concat(chunks).toString()).id;
              outcome.doneAt = performance.now();
              answered += 1;
              if (answered === SIGNAL_AFTER) {
                signalAt = performance.now();
                server.child.kill('SIGTERM');
              }
              resolve(outcome);
            });
            res.on('error', (e: NodeJS.ErrnoException) => {
              outcome.error = e.code ?? e.message;
              outcome.doneAt = performance.now();
              resolve(outcome);
            });
          });
          req.on('error', (e: NodeJS.ErrnoException) => {
            outcome.error = e.code ?? e.message;
            outcome.doneAt = performance.now();
            resolve(outcome);
          });
          req.end(body);
        });
      const outcomes = await Promise.all(Array.from({ length: TOTAL }, (_, i) => send(i)));
      const settledAt = performance.now();
      const exit = await server.exited;
      const exitedAt = performance.now();
      agent.destroy();

      const before = outcomes.filter((o) => o.doneAt < signalAt);
      const inFlight = outcomes.filter(
        (o) => o.sentAt !== null && o.sentAt < signalAt && o.doneAt >= signalAt,
      );
      const after = outcomes.filter((o) => o.doneAt >= signalAt);
      const failed = outcomes.filter((o) => o.status !== 200);
      const stored = await deps.db
        .selectFrom('partyOrgs')
        .select(['id', 'name'])
        .where('name', 'like', '停机测试支部%')
        .execute();
      const acknowledged = new Map(outcomes.filter((o) => o.id !== null).map((o) => [o.id, o]));

      expect(exit).toEqual({ code: 0, signal: null });
      expect(before.map((o) => o.status)).toEqual(Array(before.length).fill(200));
      expect(before.length).toBeGreaterThanOrEqual(SIGNAL_AFTER - 1);
      // Drained: requests the server was handling at the signal were answered, not cut.
      const drained = inFlight.filter((o) => o.status === 200);
      expect(drained.length).toBeGreaterThan(0);
      // Every write that reached the database was acknowledged to its client, and vice versa.
      expect(stored.map((s) => s.id).sort()).toEqual([...acknowledged.keys()].sort());
      for (const s of stored) expect(acknowledged.get(s.id)?.i).toBe(Number(s.name.slice(6)));
      // Every request sent before the signal was answered 200, however long it waited to be read.
      const sentBefore = outcomes.filter((o) => o.sentAt !== null && o.sentAt < signalAt);
      expect(sentBefore.filter((o) => o.status !== 200)).toEqual([]);
      // What fails was sent after the signal, and was refused without an answer or a write.
      for (const o of failed) {
        expect(o.sentAt === null || o.sentAt >= signalAt, JSON.stringify({ ...o, signalAt })).toBe(true);
        const refused =
          o.status === 503 || ['ECONNREFUSED', 'ECONNRESET', 'socket hang up'].includes(o.error ?? '');
        expect(refused, JSON.stringify(o)).toBe(true);
      }
      figures[dialect] = {
        requests: TOTAL,
        connections: CONNECTIONS,
        answeredBeforeSignal: before.length,
        sentBeforeSignal: sentBefore.length,
        sentBeforeSignalAnswered200: sentBefore.filter((o) => o.status === 200).length,
        inFlightAtSignal: inFlight.length,
        inFlightFinished200: drained.length,
        answered200AfterSignal: after.filter((o) => o.status === 200).length,
        refused503: failed.filter((o) => o.status === 503).length,
        connectionRefused: failed.filter((o) => o.error === 'ECONNREFUSED').length,
        resetAfterSignal: failed.filter((o) => o.error && o.error !== 'ECONNREFUSED').length,
        writesStored: stored.length,
        writesAcknowledged: acknowledged.size,
        exitCode: exit.code,
        msFromSignalToLastAnswer: Math.round(settledAt - signalAt),
        msFromSignalToExit: Math.round(exitedAt - signalAt),
      };
      // No idle keep-alive connection holds the exit (it used to wait for the 72 s keep-alive timeout).
      expect(exitedAt - signalAt).toBeLessThan(10_000);
    } finally {
      await deps.cleanup();
    }
  });

  it('/readyz answers 503 when the database is gone, /livez still 200', async () => {
    const deps = await createTestDeps({}, dialect);
    const app = await buildApp(deps, { serveWeb: false });
    try {
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
      if (dialect === 'postgres') {
        const pg = (await import('pg')).default;
        const admin = new pg.Client({ connectionString: `${PG_BASE_URL}/postgres` });
        await admin.connect();
        const name = new URL(deps.config.databaseUrl!).pathname.slice(1);
        await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
        await admin.end();
      } else await deps.handle.close();
      const ready = await app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'unavailable' });
      expect((await app.inject({ url: '/livez' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await deps.cleanup().catch(() => undefined);
    }
  });
});
