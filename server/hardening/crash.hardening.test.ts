import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../platform/audit/service.js';
import { buildWorld } from '../test/factories.js';
import { createTestDeps, type TestDeps } from '../test/harness.js';
import {
  DIALECTS,
  type HttpClient,
  httpLogin,
  jsonBody,
  listFiles,
  ROUNDS,
  recordFigure,
  type ServerProcess,
  serverEnv,
  sleep,
  startServer,
} from './kit.js';

/**
 * kill -9 at random moments under concurrent writes (party organisations and attachments), then
 * restart: every write the client saw acknowledged (200) must be there with its audit row, the
 * audit chain must verify, and after the start-up sweep no stored file may lack its row.
 */
interface Acked {
  kind: 'partyOrg' | 'file';
  id: number;
  name: string;
  size?: number;
}

const WORKERS = 8;
const figures: Record<string, unknown> = {};

afterAll(() => recordFigure('crash', figures));

async function verify(deps: TestDeps, tenantId: number, acked: Acked[]) {
  const orgs = acked.filter((a) => a.kind === 'partyOrg');
  const files = acked.filter((a) => a.kind === 'file');
  const orgRows = orgs.length
    ? await deps.db
        .selectFrom('partyOrgs')
        .select(['id', 'name'])
        .where(
          'id',
          'in',
          orgs.map((o) => o.id),
        )
        .execute()
    : [];
  const fileRows = await deps.db.selectFrom('files').select(['id', 'storageName', 'size']).execute();
  const audits = await deps.db
    .selectFrom('auditLog')
    .select(['action', 'objectId'])
    .where('action', 'in', ['orgs.partyOrg.create', 'files.upload'])
    .execute();
  const audited = new Set(audits.map((a) => `${a.action}:${a.objectId}`));
  const orgById = new Map(orgRows.map((r) => [r.id, r.name]));
  const fileById = new Map(fileRows.map((r) => [r.id, r]));
  const root = path.join(deps.config.dataDir, 'files');
  const lost: string[] = [];
  for (const o of orgs) {
    if (orgById.get(o.id) !== o.name) lost.push(`party org ${o.id} ${o.name}`);
    if (!audited.has(`orgs.partyOrg.create:${o.id}`)) lost.push(`audit of party org ${o.id}`);
  }
  for (const f of files) {
    const row = fileById.get(f.id);
    if (!row || row.size !== f.size) lost.push(`file row ${f.id}`);
    else if (fs.statSync(path.join(root, row.storageName), { throwIfNoEntry: false })?.size !== f.size)
      lost.push(`file bytes ${f.id}`);
    if (!audited.has(`files.upload:${f.id}`)) lost.push(`audit of file ${f.id}`);
  }
  const known = new Set(fileRows.map((r) => r.storageName));
  const orphans = listFiles(root).filter((name) => !known.has(name));
  return { lost, orphans, brokenChainAt: await verifyChain(deps.db, tenantId) };
}

/** Writes until stopped: alternately a party organisation and an attachment; records what got a 200. */
async function worker(
  server: ServerProcess,
  client: HttpClient,
  unitId: number,
  tag: string,
  acked: Acked[],
  stop: { now: boolean },
) {
  for (let i = 0; !stop.now; i++) {
    const name = `${tag}-${i}`;
    try {
      if (i % 2 === 0) {
        const res = await client.fetch(
          server.baseUrl,
          '/api/orgs/party-orgs',
          jsonBody({ unitId, name: `崩溃测试支部${name}`, type: 'branch', memberCount: 3 }),
        );
        if (res.status === 200) {
          const { id } = (await res.json()) as { id: number };
          acked.push({ kind: 'partyOrg', id, name: `崩溃测试支部${name}` });
        }
      } else {
        const bytes = Buffer.from(`${name}\n${'落实'.repeat(4000 + i)}`);
        const form = new FormData();
        form.append('file', new Blob([bytes]), `${name}.txt`);
        const res = await client.fetch(server.baseUrl, '/api/files', { method: 'POST', body: form });
        if (res.status === 200) {
          const { id } = (await res.json()) as { id: number };
          acked.push({ kind: 'file', id, name, size: bytes.length });
        }
      }
    } catch {
      // the server is gone: this write was not acknowledged
      await sleep(5);
    }
  }
}

/** Moves file times back past the sweep's 60 s grace period (orphans older than that are removed). */
function ageFiles(root: string) {
  const past = new Date(Date.now() - 120_000);
  for (const name of listFiles(root)) fs.utimesSync(path.join(root, name), past, past);
}

describe.each(DIALECTS)('kill -9 under concurrent writes (%s)', (dialect) => {
  it(`loses no acknowledged write in ${ROUNDS} rounds; audit chain intact; no orphan files`, async () => {
    const deps = await createTestDeps({}, dialect);
    try {
      const w = await buildWorld(deps.db);
      const env = serverEnv(deps);
      const acked: Acked[] = [];
      let client: HttpClient | null = null;
      let killedWithInflight = 0;
      const problems: string[] = [];
      for (let round = 1; round <= ROUNDS + 1; round++) {
        const server = await startServer(env);
        const check = await verify(deps, w.tenantId, acked);
        problems.push(...check.lost, ...check.orphans.map((o) => `orphan ${o}`));
        if (check.brokenChainAt !== null) problems.push(`audit chain broken at ${check.brokenChainAt}`);
        if (round > ROUNDS) {
          server.child.kill('SIGTERM');
          expect((await server.exited).code).toBe(0);
          break;
        }
        // The session lives in the database: it survives the crash like any other committed row.
        client ??= await httpLogin(server.baseUrl, w.users.staff.username);
        const stop = { now: false };
        const before = acked.length;
        const running = Array.from({ length: WORKERS }, (_, k) =>
          worker(server, client!, w.unitA1, `r${round}w${k}`, acked, stop),
        );
        // Kill mid-traffic: once this round's first write is acknowledged, at a random moment after.
        const patience = Date.now() + 30_000;
        while (acked.length === before && Date.now() < patience) await sleep(10);
        await sleep(Math.floor(Math.random() * 1000));
        server.child.kill('SIGKILL');
        await server.exited;
        stop.now = true;
        await Promise.all(running);
        if (acked.length > before) killedWithInflight += 1;
        ageFiles(path.join(deps.config.dataDir, 'files'));
      }
      const orgs = acked.filter((a) => a.kind === 'partyOrg').length;
      figures[dialect] = {
        rounds: ROUNDS,
        roundsWithWrites: killedWithInflight,
        acknowledgedWrites: acked.length,
        partyOrgs: orgs,
        attachments: acked.length - orgs,
        writesLost: problems.filter((p) => !p.startsWith('orphan') && !p.startsWith('audit chain')).length,
        orphanFiles: problems.filter((p) => p.startsWith('orphan')).length,
        problems,
      };
      expect(problems).toEqual([]);
      expect(killedWithInflight).toBe(ROUNDS);
      expect(acked.length).toBeGreaterThan(ROUNDS * WORKERS);
    } finally {
      await deps.cleanup();
    }
  });
});
