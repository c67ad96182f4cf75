import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { inject } from 'vitest';
import type { DialectName } from '../db/connection.js';
import { TEST_PASSWORD } from '../test/factories.js';
import type { TestDeps } from '../test/harness.js';

/** `npm run test:hardening` sets HARDENING_FULL=1; `npm test` runs the small CI sample. */
export const FULL = process.env.HARDENING_FULL === '1';
/** Crash rounds per database: 20 in the full run, 3 in CI; HARDENING_ROUNDS overrides both. */
export const ROUNDS = Number(process.env.HARDENING_ROUNDS || (FULL ? 20 : 3));
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes a figure of the run (e.g. crash rounds, writes lost) for docs/security.md. */
export function recordFigure(name: string, figure: Record<string, unknown>) {
  const dir = path.resolve(import.meta.dirname, '../../.test-results/hardening');
  fs.mkdirSync(dir, { recursive: true });
  const body = { ...figure, full: FULL, at: new Date().toISOString() };
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(body, null, 2)}\n`);
}

/** A free TCP port on 127.0.0.1 (asked of the OS, then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  port: number;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

/** The environment that points a server process at a test database (see createTestDeps). */
export function serverEnv(deps: TestDeps): Record<string, string> {
  return {
    DATA_DIR: deps.config.dataDir,
    DATABASE_URL: deps.config.databaseUrl ?? '',
    LUOSHI_NO_DEMO: '1',
    LOG_LEVEL: 'warn',
    WEB_ROOT: path.join(deps.config.dataDir, 'no-web'),
  };
}

/** Starts the compiled server (`node main.js`) on a free loopback port and waits for /livez. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const main = path.join(inject('serverBuild'), 'server/main.js');
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (done) throw new Error(`server exited during start:\n${out}`);
    try {
      const res = await fetch(`${baseUrl}/livez`);
      if (res.ok) return { child, baseUrl, port, exited, output: () => out };
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start within 60 s:\n${out}`);
}

/** A signed-in HTTP client against a real port: session cookie and CSRF header on every call. */
export interface HttpClient {
  cookie: string;
  csrfToken: string;
  fetch(baseUrl: string, url: string, init?: RequestInit): Promise<Response>;
}

export async function httpLogin(
  baseUrl: string,
  username: string,
  password = TEST_PASSWORD,
): Promise<HttpClient> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    cookie,
    csrfToken,
    fetch: (base, url, init = {}) =>
      fetch(`${base}${url}`, {
        ...init,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(init.headers ?? {}) },
      }),
  };
}

export const jsonBody = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** Every file under a folder, as paths relative to it with forward slashes. */
export function listFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}
