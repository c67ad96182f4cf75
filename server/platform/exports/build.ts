import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { clock } from '../clock.js';
import type { RequestContext } from '../context.js';
import type { Deps } from '../deps.js';
import type { ExportProgress } from './progress.js';
import type { ExportKindDef, ExportOutput } from './registry.js';
import { type FromWorker, fromWire, type WorkerJob } from './worker-protocol.js';

/** The job was stopped from outside: shutdown, or its row was failed meanwhile (stale heartbeat). */
export class Interrupted extends Error {}

/** A job as the runner hands it to a build: `ctx` carries the data scope of the kind's action. */
export interface BuildRequest {
  id: number;
  kind: ExportKindDef;
  ctx: RequestContext;
  params: unknown;
}

/**
 * Builds one job's file. `progress` writes the job row (throttled) and throws Interrupted when the
 * job is no longer running; `signal` aborts on shutdown. Either way the build rejects with
 * Interrupted.
 */
export type BuildJob = (
  job: BuildRequest,
  progress: ExportProgress,
  signal: AbortSignal,
) => Promise<ExportOutput>;

/**
 * In this process, on this event loop: the builder's progress calls yield between rows, but the
 * final render of the workbook blocks every other request. Used when no compiled worker exists
 * (the tests, which run the TypeScript sources), and by tests that wrap a kind's builder.
 */
export function buildInProcess(deps: Deps): BuildJob {
  return (job, progress, signal) =>
    job.kind.build(deps, job.ctx, job.params, (done, total) => {
      if (signal.aborted) throw new Interrupted();
      return progress(done, total);
    });
}

/**
 * In a worker thread, one per job (worker.ts): the worker opens its own database handle from the
 * same config, runs the registered builder of the kind's key, posts its progress (which the
 * runner writes to the row as before) and hands the file back as a transferred ArrayBuffer. The
 * worker is terminated when the job is interrupted, and once its answer is in (by then it has
 * closed its database handle).
 */
export function buildInWorker(deps: Deps, entry: URL, progressEveryMs: number): BuildJob {
  // The worker posts twice as often as the runner writes, so that a message arriving a little
  // early never costs a whole write interval; the runner's throttle still decides what is written.
  const postEveryMs = Math.floor(progressEveryMs / 2);
  return (job, progress, signal) =>
    new Promise<ExportOutput>((resolve, reject) => {
      if (signal.aborted) return reject(new Interrupted());
      const data: WorkerJob = {
        jobId: job.id,
        kind: job.kind.key,
        ctx: job.ctx,
        params: job.params,
        config: deps.config,
        progressEveryMs: postEveryMs,
        clockOffsetMs: clock.now().getTime() - Date.now(),
      };
      const worker = new Worker(entry, { workerData: data, name: `export-job-${job.id}` });
      let settled = false;
      let answered = false;
      // Progress writes run one after another; the answer waits for the last of them.
      let writes = Promise.resolve();
      const settle = (work: () => void) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        work();
      };
      const fail = (error: unknown) =>
        settle(() => {
          void worker.terminate();
          reject(error);
        });
      const onAbort = () => fail(new Interrupted());
      signal.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (message: FromWorker) => {
        if (settled) return;
        if (message.type === 'progress') {
          // Nothing more is written once the job has failed or been interrupted.
          writes = writes
            .then(() => (settled ? undefined : progress(message.done, message.total)))
            .catch(fail);
        } else if (message.type === 'done') {
          answered = true;
          const output: ExportOutput = {
            buffer: Buffer.from(message.bytes),
            fileName: message.fileName,
            contentType: message.contentType,
            rows: message.rows,
          };
          // The worker closed its database handle before answering; nothing of it is needed now.
          void writes.then(() =>
            settle(() => {
              void worker.terminate();
              resolve(output);
            }),
          );
        } else {
          answered = true;
          fail(fromWire(message.error));
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!answered) fail(new Error(`export worker stopped (exit code ${code}) before answering`));
      });
    });
}

/** The compiled worker next to this file (dist/server/platform/exports/worker.js), if there is one. */
export function compiledWorker(): URL | null {
  const entry = new URL('./worker.js', import.meta.url);
  return fs.existsSync(fileURLToPath(entry)) ? entry : null;
}

/** Worker threads when the server runs compiled (production), in-process when it runs from source. */
export function defaultBuild(
  deps: Deps,
  progressEveryMs: number,
): { build: BuildJob; buildsIn: 'worker' | 'process' } {
  const entry = compiledWorker();
  return entry
    ? { build: buildInWorker(deps, entry, progressEveryMs), buildsIn: 'worker' }
    : { build: buildInProcess(deps), buildsIn: 'process' };
}
