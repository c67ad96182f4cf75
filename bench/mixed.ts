import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { percentile, signIn } from './client.js';

/**
 * The mixed read workload from its own process, keep-alive, 127.0.0.1 only, bounded by duration:
 * `connections` concurrent loops each picking the next URL of the mix. Writes, logins and attachments
 * are NOT in this mix yet (see docs/benchmarks.md). Usage:
 *   node dist/bench-build/bench/mixed.js <base> [seconds=10] [connections=50] [login-base=base]
 * (the bare server has no login: sign in on the app and send that cookie to both; BENCH_MIX=url,url
 * replaces the mix, e.g. to time one endpoint)
 * (DATA_DIR points at the manifest with the bench account).
 */
export const MIX = process.env.BENCH_MIX?.split(',') ?? [
  '/api/orgs/units',
  '/api/problems',
  '/api/task-slots',
  '/api/me',
];

export async function runMixed(base: string, cookie: string, seconds: number, connections: number) {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base))
    throw new Error('mixed workload runs against 127.0.0.1 only');
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const get = (url: string) =>
    new Promise<number>((resolve, reject) => {
      http
        .get(`${base}${url}`, { agent, headers: { cookie } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        })
        .on('error', reject);
    });
  const lat: number[] = [];
  let errors = 0;
  let n = 0;
  const until = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const url = MIX[n++ % MIX.length];
      const t0 = performance.now();
      const status = await get(url);
      if (status === 200) lat.push(performance.now() - t0);
      else errors++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  const r2 = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: lat.length,
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
  const staff = manifest.accounts[0];
  const { cookie } = await signIn(loginBase, staff.username, staff.password);
  const r = await runMixed(base, cookie, Number(seconds), Math.min(200, Number(connections)));
  console.log(JSON.stringify(r));
}

if (process.argv[1]?.endsWith('mixed.js'))
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
