import { parentPort, workerData } from 'node:worker_threads';
import '../../../common/validation.js';
import { openDatabase } from '../../db/connection.js';
import { clock } from '../clock.js';
import type { Deps } from '../deps.js';
import './kinds.js';
import { throttleProgress } from './progress.js';
import { exportKind } from './registry.js';
import { type FromWorker, toWire, transferable, type WorkerJob } from './worker-protocol.js';

/**
 * The entry of an export worker thread (see buildInWorker in build.ts): builds one job and exits.
 * It imports the kinds registry and the builders only — never the app — opens its own database
 * handle from the app's config (a second SQLite connection reads alongside the app in WAL mode; on
 * PostgreSQL a pool of two, apart from the app's), posts progress (throttled like the row writes)
 * and answers once: the file as a transferred ArrayBuffer, or the error.
 */

const job = workerData as WorkerJob;
const port = parentPort;
const post = (message: FromWorker, transfer: ArrayBuffer[] = []) => port?.postMessage(message, transfer);

async function build() {
  if (job.clockOffsetMs) clock.advance(job.clockOffsetMs);
  const kind = exportKind(job.kind);
  if (!kind) throw new Error(`export worker: unknown kind ${job.kind}`);
  const handle = openDatabase({
    databaseUrl: job.config.databaseUrl,
    dataDir: job.config.dataDir,
    poolSize: 2,
  });
  try {
    const deps: Deps = { db: handle.db, dialect: handle.dialect, handle, config: job.config };
    const progress = throttleProgress(async (done, total) => post({ type: 'progress', done, total }), {
      everyMs: job.progressEveryMs,
    });
    return await kind.build(deps, job.ctx, job.params, progress);
  } finally {
    await handle.close();
  }
}

build().then(
  (output) => {
    const bytes = transferable(output.buffer);
    post(
      { type: 'done', bytes, fileName: output.fileName, contentType: output.contentType, rows: output.rows },
      [bytes],
    );
  },
  (error) => post({ type: 'failed', error: toWire(error) }),
);
