import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { type BuildRequest, buildInWorker, Interrupted } from './build.js';
import type { ExportKindDef } from './registry.js';
import { fromWire, toWire, transferable } from './worker-protocol.js';

/**
 * The runner's side of the worker protocol (build.ts), against a stand-in worker script that
 * speaks it: the real worker (worker.ts, compiled) is proven end to end by
 * server/hardening/exports.hardening.test.ts, since the tests run the TypeScript sources.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-export-worker-'));
const entry = pathToFileURL(path.join(dir, 'stand-in.mjs'));
fs.writeFileSync(
  entry,
  `import { parentPort, workerData } from 'node:worker_threads';
const { params, ctx, kind, config } = workerData;
const post = (m, t) => parentPort.postMessage(m, t);
if (params.mode === 'done') {
  for (let i = 0; i <= 3; i++) post({ type: 'progress', done: i, total: 3 });
  const bytes = new TextEncoder().encode(kind + ':' + ctx.user.id + ':' + config.dataDir).buffer;
  post({ type: 'done', bytes, fileName: 'a.xlsx', contentType: 'application/x', rows: 3 }, [bytes]);
} else if (params.mode === 'app-error') {
  post({ type: 'failed', error: { app: true, statusCode: 404, code: 'NOT_FOUND', message: '记录不存在或无权查看', fields: [] } });
} else if (params.mode === 'throw') {
  throw new TypeError('boom in the worker');
} else if (params.mode === 'exit') {
  process.exit(3);
} else if (params.mode === 'hang') {
  post({ type: 'progress', done: 1, total: 10 });
  setInterval(() => post({ type: 'progress', done: 2, total: 10 }), 20);
}
`,
);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const deps = { config: { dataDir: '/srv/luoshi-data', databaseUrl: null } } as unknown as Deps;
const request = (mode: string): BuildRequest => ({
  id: 7,
  kind: { key: 'orgs.units' } as ExportKindDef,
  ctx: { user: { id: 42 }, scope: 'tenant' } as unknown as RequestContext,
  params: { mode },
});
const build = buildInWorker(deps, entry, 0);

describe('building a job in a worker thread', () => {
  it('passes the job, writes each progress message in order, and takes the file as transferred bytes', async () => {
    const seen: [number, number][] = [];
    const output = await build(
      request('done'),
      async (done, total) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        seen.push([done, total]);
      },
      new AbortController().signal,
    );
    // Every progress write finished before the answer was handed on.
    expect(seen).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(output).toMatchObject({ fileName: 'a.xlsx', contentType: 'application/x', rows: 3 });
    expect(output.buffer.toString()).toBe('orgs.units:42:/srv/luoshi-data');
  });

  it('turns the worker’s error into an AppError with its message, or keeps an unknown error’s stack', async () => {
    const signal = new AbortController().signal;
    const app = await build(request('app-error'), () => {}, signal).catch((e) => e);
    expect(app).toBeInstanceOf(AppError);
    expect(app).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', message: '记录不存在或无权查看' });
    const thrown = await build(request('throw'), () => {}, signal).catch((e) => e);
    expect(thrown).not.toBeInstanceOf(AppError);
    expect(thrown.message).toContain('boom in the worker');
    const exited = await build(request('exit'), () => {}, signal).catch((e) => e);
    expect(exited.message).toBe('export worker stopped (exit code 3) before answering');
  });

  it('terminates the worker on abort (shutdown) or when a progress write finds the job gone', async () => {
    const abort = new AbortController();
    const aborted = build(request('hang'), () => {}, abort.signal).catch((e) => e);
    await new Promise((resolve) => setTimeout(resolve, 100));
    abort.abort();
    expect(await aborted).toBeInstanceOf(Interrupted);

    let writes = 0;
    const gone = await build(
      request('hang'),
      async () => {
        writes += 1;
        if (writes === 3) throw new Interrupted();
      },
      new AbortController().signal,
    ).catch((e) => e);
    expect(gone).toBeInstanceOf(Interrupted);
    const after = writes;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(writes).toBe(after);

    const early = new AbortController();
    early.abort();
    expect(await build(request('done'), () => {}, early.signal).catch((e) => e)).toBeInstanceOf(Interrupted);
  });
});

describe('the worker protocol', () => {
  it('carries an AppError and an unknown error across structured clone', () => {
    const app = fromWire(structuredClone(toWire(new AppError(400, 'VALIDATION', '「开始日期」格式不正确'))));
    expect(app).toBeInstanceOf(AppError);
    expect(app).toMatchObject({ statusCode: 400, message: '「开始日期」格式不正确' });
    const plain = fromWire(structuredClone(toWire(new RangeError('too far'))));
    expect(plain).toMatchObject({ name: 'RangeError', message: 'too far' });
    expect(plain.stack).toContain('too far');
    expect(fromWire(toWire('just a string')).message).toBe('just a string');
  });

  it('moves a workbook’s own store without copying, and copies a Buffer carved from the shared pool', () => {
    const big = Buffer.from(Buffer.alloc(64 * 1024, 7));
    const store = transferable(big);
    expect(store).toBe(big.buffer);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(store, [store]);
    expect(big.byteLength).toBe(0); // detached: the bytes moved
    port1.close();
    port2.close();

    const small = Buffer.from('small file');
    expect(small.buffer.byteLength).toBeGreaterThan(small.byteLength);
    const copy = transferable(small);
    expect(copy).not.toBe(small.buffer);
    expect(Buffer.from(copy).toString()).toBe('small file');
  });
});
