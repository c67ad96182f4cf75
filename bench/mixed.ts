import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { percentile, type Session, signIn } from './client.js';

/**
 * The deadline-day mixed workload from its own process (keep-alive, 127.0.0.1 only, bounded by
 * duration): `connections` concurrent loops, each taking the next operation of MIX — 70 % reads
 * (who am I, unit list, problem list, task slots) and 30 % writes (sign-ins from many addresses,
 * problem registrations by committee staff, rectification progress reports by unit admins with the
 * version they last saw; a 409 from a concurrent update refetches the version and counts as a
 * conflict, not an error). Report submissions with attachments are not in the mix.
 * Usage: node dist/bench-build/bench/mixed.js <base> [seconds=10] [connections=50] [login-base=base]
 * (DATA_DIR points at the manifest with the bench accounts; BENCH_MIX=url,url times GETs only.)
 */
type Op = 'me' | 'units' | 'problems' | 'slots' | 'login' | 'register' | 'progress';
const READS: Record<string, string> = {
  me: '/api/me',
  units: '/api/orgs/units',
  problems: '/api/problems',
  slots: '/api/task-slots',
};
/** 20 slots: 14 reads, 6 writes. */
const MIX: Op[] = [
  'me',
  'units',
  'register',
  'problems',
  'slots',
  'progress',
  'me',
  'units',
  'problems',
  'login',
  'slots',
  'register',
  'me',
  'units',
  'progress',
  'problems',
  'slots',
  'register',
  'me',
  'units',
];

export interface MixActors {
  staff: Session;
  login: { username: string; password: string };
  unitIds: number[];
  admins: { session: Session; versions: Map<number, number> }[];
}

interface Answer {
  status: number;
  body: string;
}

/** Signs in the staff account and up to 8 unit admins on the app, and reads what the writes need. */
export async function prepareActors(
  loginBase: string,
  manifest: {
    accounts: { username: string; password: string }[];
    unitAdmins?: { username: string; password: string }[];
  },
): Promise<MixActors> {
  const login = manifest.accounts[0];
  const staff = await signIn(loginBase, login.username, login.password, '10.250.0.1');
  const units = (await (
    await fetch(`${loginBase}/api/orgs/units?pageSize=50`, { headers: { cookie: staff.cookie } })
  ).json()) as { items: { id: number }[] };
  const admins: MixActors['admins'] = [];
  for (const [i, a] of (manifest.unitAdmins ?? []).slice(0, 8).entries()) {
    const session = await signIn(loginBase, a.username, a.password, `10.250.1.${i + 1}`);
    const page = (await (
      await fetch(`${loginBase}/api/problems?status=in_progress&pageSize=50`, {
        headers: { cookie: session.cookie },
      })
    ).json()) as { items: { id: number; version: number }[] };
    if (page.items.length)
      admins.push({ session, versions: new Map(page.items.map((p) => [p.id, p.version])) });
  }
  return { staff, login, unitIds: units.items.map((u) => u.id), admins };
}

export async function runMixed(base: string, actors: MixActors, seconds: number, connections: number) {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base))
    throw new Error('mixed workload runs against 127.0.0.1 only');
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const send = (method: string, url: string, s: Session | null, body?: unknown, ip?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const headers: Record<string, string> = {};
      if (s) Object.assign(headers, { cookie: s.cookie, 'x-csrf-token': s.csrfToken });
      if (ip) headers['x-forwarded-for'] = ip;
      const payload = body === undefined ? undefined : JSON.stringify(body);
      if (payload) headers['content-type'] = 'application/json';
      const req = http.request(`${base}${url}`, { method, agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      });
      req.on('error', reject);
      req.end(payload);
    });
  const only = process.env.BENCH_MIX?.split(',');
  let n = 0;
  let registered = 0;
  const run = async (op: Op): Promise<{ ok: boolean; conflict?: boolean; kind: 'read' | 'write' }> => {
    if (only)
      return { ok: (await send('GET', only[n % only.length], actors.staff)).status === 200, kind: 'read' };
    if (op in READS) return { ok: (await send('GET', READS[op], actors.staff)).status === 200, kind: 'read' };
    if (op === 'login') {
      // Each sign-in from another address, as on a deadline day (the per-address limit is 30 a minute).
      const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      const r = await send('POST', '/api/auth/login', null, actors.login, ip);
      return { ok: r.status === 200, kind: 'write' };
    }
    if (op === 'register') {
      const k = registered++;
      const r = await send('POST', '/api/problems', actors.staff, {
        sourceType: 'manual',
        unitId: actors.unitIds[k % actors.unitIds.length],
        categoryName: '办事效率',
        description: `压力测试登记的问题 ${k}`,
        foundOn: '2010-05-01',
      });
      return { ok: r.status === 200, kind: 'write' };
    }
    const admin = actors.admins[n % Math.max(1, actors.admins.length)];
    if (!admin) return { ok: (await send('GET', READS.me, actors.staff)).status === 200, kind: 'read' };
    const ids = [...admin.versions.keys()];
    const id = ids[n % ids.length];
    const r = await send('POST', `/api/problems/${id}/progress`, admin.session, {
      note: '已完成阶段性整改，正在巩固。',
      version: admin.versions.get(id),
    });
    if (r.status === 200) {
      admin.versions.set(id, (JSON.parse(r.body) as { version: number }).version);
      return { ok: true, kind: 'write' };
    }
    if (r.status === 409) {
      const fresh = await send('GET', `/api/problems/${id}`, admin.session);
      if (fresh.status === 200)
        admin.versions.set(id, (JSON.parse(fresh.body) as { version: number }).version);
      return { ok: true, conflict: true, kind: 'write' };
    }
    return { ok: false, kind: 'write' };
  };
  const lat: number[] = [];
  let errors = 0;
  let writes = 0;
  let conflicts = 0;
  const until = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const op = MIX[n++ % MIX.length];
      const t0 = performance.now();
      const r = await run(op);
      if (!r.ok) errors++;
      else {
        lat.push(performance.now() - t0);
        if (r.kind === 'write') writes++;
        if (r.conflict) conflicts++;
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  const r2 = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: lat.length,
    writes,
    conflicts,
    errors,
    rps: Math.round(lat.length / elapsed),
    p50: r2(percentile(lat, 50)),
    p99: r2(percentile(lat, 99)),
  };
}

async function main() {
  const [base, seconds = '10', connections = '50', loginBase = base] = process.argv.slice(2);
  const dataDir = process.env.DATA_DIR ?? 'data';
  const manifest = JSON.parse(fs.readFileSync(path.join(dataDir, 'bench-data.json'), 'utf8'));
  const actors = await prepareActors(loginBase, manifest);
  const r = await runMixed(base, actors, Number(seconds), Math.min(200, Number(connections)));
  console.log(JSON.stringify(r));
}

if (process.argv[1]?.endsWith('mixed.js'))
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
