import { spawn } from 'node:child_process';
import path from 'node:path';
import { type MixActors, runMixed } from './mixed.js';

/**
 * The mixed workload (70 % reads, 30 % writes) against the app (already running at `appBase`) and then against the bare
 * server started here as a child process on `barePort`, same database, same sessions; 10 s each at 50
 * and 200 connections. Returns both sides and the throughput ratio app / bare.
 */
export async function runMixedPair(appBase: string, actors: MixActors, barePort: number, tenantId: number) {
  const bare = spawn(process.execPath, [path.resolve(import.meta.dirname, 'bare-server.js')], {
    env: { ...process.env, PORT: String(barePort), BENCH_TENANT: String(tenantId) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const bareBase = `http://127.0.0.1:${barePort}`;
  try {
    for (let i = 0; i < 300; i++) {
      try {
        await fetch(`${bareBase}/api/me`);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const out: Record<string, unknown> = {};
    for (const connections of [50, 200]) {
      const app = await runMixed(appBase, actors, 10, connections);
      const limit = await runMixed(bareBase, actors, 10, connections);
      out[`c${connections}`] = { app, bare: limit, ratio: Math.round((app.rps / limit.rps) * 100) / 100 };
    }
    return out;
  } finally {
    bare.kill('SIGTERM');
  }
}
