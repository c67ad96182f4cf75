import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zh } from '../../common/locale/index.js';
import { PARTY_ORG_COLUMNS, templateHeader, UNIT_COLUMNS } from '../modules/orgs/excel-columns.js';
import { multipartOf, xlsxOf } from '../platform/excel/test-kit.js';
import { buildWorld, type World } from '../test/factories.js';
import { createTestDeps, type TestDeps } from '../test/harness.js';
import {
  type HttpClient,
  httpLogin,
  jsonBody,
  recordFigure,
  type ServerProcess,
  serverEnv,
  startServer,
} from './kit.js';
import { type NginxProxy, startNginx } from './nginx.js';

/**
 * Issue 10 "several instances": two app processes on one PostgreSQL behind nginx (round-robin) on
 * 127.0.0.1. Sessions, numbering, imports and the login limit must hold whichever instance answers,
 * and a mixed read/write workload across both must see no server error.
 */
const MIX_MS = 4000;
const MIX_CONNECTIONS = 16;

describe('two instances behind nginx (postgres)', () => {
  let deps: TestDeps;
  let w: World;
  let servers: ServerProcess[] = [];
  let proxy: NginxProxy;
  const figures: Record<string, unknown> = {};

  beforeAll(async () => {
    deps = await createTestDeps({}, 'postgres');
    w = await buildWorld(deps.db);
    servers = await Promise.all([startServer(serverEnv(deps)), startServer(serverEnv(deps))]);
    proxy = await startNginx(servers.map((s) => s.port));
  }, 120_000);
  afterAll(async () => {
    recordFigure('instances', figures);
    await proxy?.stop();
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => s.exited));
    await deps?.cleanup();
  }, 60_000);

  const upstreamOf = (res: Response) => res.headers.get('x-upstream') ?? '';

  it('a session made through one instance is honoured by the other, and logging out ends it on both', async () => {
    const staff = await httpLogin(proxy.baseUrl, w.users.staff.username);
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const res = await staff.fetch(proxy.baseUrl, '/api/me');
      expect(res.status).toBe(200);
      expect(((await res.json()) as { username: string }).username).toBe(w.users.staff.username);
      seen.add(upstreamOf(res));
    }
    expect(seen.size).toBe(2);
    // Straight to each instance too: the same cookie works on both.
    for (const s of servers) expect((await staff.fetch(s.baseUrl, '/api/me')).status).toBe(200);
    expect((await staff.fetch(servers[0].baseUrl, '/api/auth/logout', { method: 'POST' })).status).toBe(200);
    for (const s of servers) expect((await staff.fetch(s.baseUrl, '/api/me')).status).toBe(401);
  });

  it('problem numbers stay distinct and consecutive when both instances register at once', async () => {
    const staff = await httpLogin(proxy.baseUrl, w.users.staff.username);
    const N = 40;
    const results = await Promise.all(
      Array.from({ length: N }, async (_, k) => {
        const res = await staff.fetch(proxy.baseUrl, '/api/problems', problemBody(k, w.unitA1));
        return {
          status: res.status,
          upstream: upstreamOf(res),
          body: (await res.json()) as { code: string },
        };
      }),
    );
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    expect(new Set(results.map((r) => r.upstream)).size).toBe(2);
    const codes = results.map((r) => r.body.code).sort();
    expect(codes).toEqual(Array.from({ length: N }, (_, i) => `ZF2010-${String(i + 1).padStart(3, '0')}`));
    figures.numberedAcrossInstances = N;
  });

  it('the same import sent to both instances at once creates its units once; sending it again changes nothing', async () => {
    const staff = await httpLogin(proxy.baseUrl, w.users.staff.username);
    const file = await importFile();
    const send = async (base: string) => {
      const { payload, headers } = await multipartOf(file);
      const res = await staff.fetch(base, '/api/orgs/import?dryRun=false', {
        method: 'POST',
        headers,
        body: new Uint8Array(payload),
      });
      return { status: res.status, body: (await res.json()) as { message?: string } };
    };
    const both = await Promise.all(servers.map((s) => send(s.baseUrl)));
    // One applies it; the other either finds nothing left to do (200) or is told to retry (409) — never a 500.
    for (const r of both) expect([200, 409]).toContain(r.status);
    expect(both.some((r) => r.status === 200)).toBe(true);
    for (const r of both.filter((x) => x.status === 409)) expect(r.body.message).toBeTruthy();
    const count = async () =>
      (
        await deps.db
          .selectFrom('units')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('tenantId', '=', w.tenantId)
          .where('code', 'like', 'NX%')
          .executeTakeFirstOrThrow()
      ).n;
    expect(Number(await count())).toBe(3);
    expect((await send(proxy.baseUrl)).status).toBe(200);
    expect(Number(await count())).toBe(3);
    figures.concurrentImportStatuses = both.map((r) => r.status).sort();
  });

  it(`a mixed workload (${MIX_CONNECTIONS} connections, ${MIX_MS / 1000} s, ≈ 30 % writes) across both instances sees no server error`, async () => {
    const clients: HttpClient[] = [];
    for (const u of [w.users.staff, w.users.areaLeader, w.users.adminA1])
      clients.push(await httpLogin(proxy.baseUrl, u.username));
    const statuses = new Map<number, number>();
    const upstreams = new Set<string>();
    let written = 0;
    const until = Date.now() + MIX_MS;
    await Promise.all(
      Array.from({ length: MIX_CONNECTIONS }, async (_, c) => {
        for (let i = 0; Date.now() < until; i++) {
          const client = clients[(c + i) % clients.length];
          const write = client === clients[0] && i % 3 === 0;
          const url = write ? '/api/problems' : READS[(c + i) % READS.length];
          const res = await client.fetch(
            proxy.baseUrl,
            url,
            write ? problemBody(1000 + c * 1000 + i, w.unitA1) : undefined,
          );
          await res.arrayBuffer();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          upstreams.add(upstreamOf(res));
          if (write && res.status === 200) written++;
        }
      }),
    );
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const serverErrors = [...statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
    figures.mix = {
      requests: total,
      writes: written,
      statuses: Object.fromEntries(statuses),
      seconds: MIX_MS / 1000,
    };
    expect(serverErrors).toBe(0);
    expect(statuses.get(200)).toBe(total);
    expect(written).toBeGreaterThan(0);
    expect(upstreams.size).toBe(2);
  });

  it('the login limit per address holds across both instances (31st attempt in a minute gets 429)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await fetch(`${proxy.baseUrl}/api/auth/login`, {
        ...jsonBody({ username: `nobody_${i}`, password: 'Wrong-Passw0rd!' }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.77.0.9' },
      });
      statuses.push(res.status);
      if (i === 30) expect(((await res.json()) as { message: string }).message).toBe(zh.errors.tooMany);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

const READS = [
  '/api/me',
  '/api/orgs/units?page=1&pageSize=20',
  '/api/problems?page=1&pageSize=20',
  '/api/task-slots?page=1&pageSize=20',
];

function problemBody(k: number, unitId: number): RequestInit {
  return jsonBody({
    sourceType: 'manual',
    categoryName: '办事效率',
    description: `两实例并发登记的问题 ${k}`,
    foundOn: '2010-05-01',
    unitId,
  });
}

function importFile() {
  // The template's own headers (the same definition serves the template, the import and the export).
  const head = UNIT_COLUMNS.map(templateHeader);
  const orgHead = PARTY_ORG_COLUMNS.map(templateHeader);
  return xlsxOf({
    单位: [
      head,
      ['NX01', '市两实例测试一局', null, '综合管理部门', null, '否', null, null, null],
      ['NX02', '市两实例测试二局', null, '综合管理部门', null, '否', null, null, null],
      ['NX03', '市两实例测试三局', null, '执法监督部门', null, '是', null, null, null],
    ],
    党组织: [orgHead, ['NX01', '机关党委', '机关党委', null, null, null, null, null, null, null, null, 30]],
  });
}
