import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** A signed-in HTTP client (cookie + CSRF header) against the app on 127.0.0.1. */
export async function signIn(base: string, username: string, password: string, fromAddress?: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    // Sign-ins of different people come from different PCs (the login limit is per address).
    headers: {
      'content-type': 'application/json',
      ...(fromAddress ? { 'x-forwarded-for': fromAddress } : {}),
    },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
export type Session = Awaited<ReturnType<typeof signIn>>;

export async function call(base: string, s: Session, method: string, url: string, body?: unknown | FormData) {
  const headers: Record<string, string> = { cookie: s.cookie, 'x-csrf-token': s.csrfToken };
  let payload: string | FormData | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(`${base}${url}`, { method, headers, body: payload });
  const buf = Buffer.from(await res.arrayBuffer());
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${buf.toString().slice(0, 300)}`);
  return buf;
}

/** Starts the compiled app (dist/bench-build) on a port, without the demo; resolves once it answers. */
export async function startApp(
  port: number,
  env: Record<string, string> = {},
): Promise<{ proc: ChildProcess; base: string }> {
  const main = path.resolve(import.meta.dirname, '../server/main.js');
  const proc = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LUOSHI_NO_DEMO: '1',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(`${base}/api/auth/me`);
      return { proc, base };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('app did not start');
}

export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

export function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
export function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Median wall time in ms of `runs` calls after `warm` warm-up calls. */
export async function timeIt(fn: () => Promise<unknown>, runs = 15, warm = 3) {
  for (let i = 0; i < warm; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}
