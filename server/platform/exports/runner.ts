import os from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import { zh } from '../../../common/locale/index.js';
import { scopeFor } from '../../../common/permissions.js';
import { actorOf, mutate, writeAudit } from '../audit/service.js';
import { clock } from '../clock.js';
import type { RequestContext } from '../context.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { type BuildJob, defaultBuild, Interrupted } from './build.js';
import { throttleProgress, yieldToLoop } from './progress.js';
import * as q from './queries.js';
import type { ExportKindDef } from './registry.js';
import { auditPerTenant, insertExportFile, removeExportBytes, writeExportBytes } from './store.js';

const t = zh.exportJobs;

export interface RunnerOptions {
  /** Jobs built at the same time by one process (exports are CPU- and memory-heavy). */
  maxRunning: number;
  /** How often a process tells the database that its queued and running jobs are alive. */
  heartbeatMs: number;
  /** A job whose heartbeat is older than this belongs to a dead process. */
  staleMs: number;
  /** How often finished jobs are swept and dead ones failed. */
  sweepMs: number;
  /** How long a finished job and its file are kept. */
  keepMs: number;
  /** Least time between two progress writes of one job. */
  progressEveryMs: number;
  /**
   * How a job's file is built (build.ts): by default in a worker thread when the server runs
   * compiled, in this process when it runs from source (tests); tests may pass their own.
   */
  build?: BuildJob;
}

export const DEFAULT_RUNNER_OPTIONS: RunnerOptions = {
  maxRunning: 2,
  heartbeatMs: 5_000,
  staleMs: 60_000,
  sweepMs: 10 * 60_000,
  keepMs: 24 * 3_600_000,
  progressEveryMs: 300,
};

/**
 * Names this process among the instances that share the database. Two processes with the same
 * name cannot run at once (they would listen on the same host and port), so a process that starts
 * under a name knows every job still active under it was left by its dead predecessor.
 */
export function instanceName(deps: Deps) {
  return `${os.hostname()}:${deps.config.port}`;
}

export interface StartedJob {
  id: number;
  kind: ExportKindDef;
  ctx: RequestContext;
  params: unknown;
}

/**
 * Runs the export jobs of this process, one app = one runner: a small queue (at most `maxRunning`
 * at a time), each job built off the event loop in its own worker thread (see build.ts), progress
 * written to the job row (throttled), a heartbeat for its active jobs, and the sweep of dead and
 * expired jobs. Everything a poll needs is in the row, so any instance can answer it.
 */
export class ExportRunner {
  readonly instance: string;
  readonly options: RunnerOptions;
  private readonly queue: StartedJob[] = [];
  private readonly running = new Map<number, Promise<void>>();
  /** Stops a running build (terminates its worker) on shutdown. */
  private readonly aborts = new Map<number, AbortController>();
  private readonly build: BuildJob;
  /** Where builds run: worker threads (compiled server), this process (sources), or a test's own. */
  readonly buildsIn: 'worker' | 'process' | 'custom';
  private readonly timers: NodeJS.Timeout[] = [];
  private closing = false;

  constructor(
    private readonly deps: Deps,
    private readonly log: FastifyBaseLogger,
    options: Partial<RunnerOptions> = {},
  ) {
    this.instance = instanceName(deps);
    this.options = { ...DEFAULT_RUNNER_OPTIONS, ...options };
    const chosen = options.build
      ? { build: options.build, buildsIn: 'custom' as const }
      : defaultBuild(deps, this.options.progressEveryMs);
    this.build = chosen.build;
    this.buildsIn = chosen.buildsIn;
  }

  /** At start: fail what a dead process left, sweep expired jobs, then keep doing so periodically. */
  async start() {
    this.log.info({ buildsIn: this.buildsIn }, 'export jobs: ready');
    await this.failAbandoned(this.instance);
    await this.sweepExpired();
    const every = (ms: number, work: () => Promise<unknown>) => {
      const timer = setInterval(() => {
        work().catch((error) => this.log.error({ err: error }, 'export jobs: periodic work failed'));
      }, ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(this.options.heartbeatMs, () => this.heartbeat());
    every(this.options.sweepMs, async () => {
      await this.failAbandoned(null);
      await this.sweepExpired();
    });
  }

  /** Queues a recorded job; the work starts on a later turn of the event loop (after the 202). */
  enqueue(job: StartedJob) {
    this.queue.push(job);
    setImmediate(() => this.pump());
  }

  get activeIds() {
    return [...this.running.keys(), ...this.queue.map((j) => j.id)];
  }

  private pump() {
    while (!this.closing && this.running.size < this.options.maxRunning && this.queue.length) {
      const job = this.queue.shift()!;
      const work = this.execute(job)
        .catch((error) => this.log.error({ err: error, job: job.id }, 'export job: bookkeeping failed'))
        .finally(() => {
          this.running.delete(job.id);
          this.pump();
        });
      this.running.set(job.id, work);
    }
  }

  private async execute(job: StartedJob) {
    const { db } = this.deps;
    if (!(await q.markRunning(db, job.id, this.instance, clock.nowIso()))) return;
    // The builder reads with the data scope of the kind's own action (checked when the job started).
    const scope = scopeFor(job.ctx.user.roles, job.kind.action);
    if (!scope) throw new Error(`export job ${job.id}: the caller lost ${job.kind.action}`);
    const ctx: RequestContext = { ...job.ctx, scope };
    const write = throttleProgress(
      async (done, total) => {
        if (!(await q.setProgress(db, job.id, done, total, clock.nowIso()))) throw new Interrupted();
        await yieldToLoop();
      },
      { everyMs: this.options.progressEveryMs },
    );
    const progress = (done: number, total: number) => {
      if (this.closing) throw new Interrupted();
      return write(done, total);
    };
    let storageName: string | null = null;
    const abort = new AbortController();
    this.aborts.set(job.id, abort);
    try {
      const output = await this.build(
        { id: job.id, kind: job.kind, ctx, params: job.params },
        progress,
        abort.signal,
      );
      this.aborts.delete(job.id);
      if (this.closing) throw new Interrupted();
      storageName = await writeExportBytes(this.deps, output.buffer);
      const name = storageName;
      await mutate(db, job.ctx, 'exports.finish', async (trx, audit) => {
        const fileId = await insertExportFile(trx, job.ctx, job.id, name, output);
        const done = await q.markDone(trx, job.id, {
          doneRows: output.rows,
          totalRows: output.rows,
          fileId,
          fileName: output.fileName,
          now: clock.nowIso(),
        });
        // Failed meanwhile (its heartbeat went stale): roll the file row back.
        if (!done) throw new Interrupted();
        Object.assign(audit, {
          objectType: 'export_job',
          objectId: job.id,
          detail: { kind: job.kind.key, rows: output.rows, fileId, size: output.buffer.length },
        });
      });
    } catch (error) {
      this.aborts.delete(job.id);
      if (storageName) await removeExportBytes(this.deps, storageName);
      const message =
        error instanceof Interrupted
          ? t.errors.interrupted
          : error instanceof AppError && error.statusCode < 500
            ? error.message
            : t.errors.failed;
      if (!(error instanceof Interrupted) && !(error instanceof AppError))
        this.log.error({ err: error, job: job.id, kind: job.kind.key }, 'export job failed');
      await db.transaction().execute(async (trx) => {
        const changed = await q.markFailed(trx, [job.id], message, clock.nowIso());
        if (changed.length)
          await writeAudit(trx, actorOf(job.ctx), {
            action: 'exports.fail',
            objectType: 'export_job',
            objectId: job.id,
            result: 'failure',
            detail: { kind: job.kind.key, reason: message },
          });
      });
    }
  }

  private async heartbeat() {
    await q.touchJobs(this.deps.db, this.activeIds, clock.nowIso());
  }

  /**
   * Fails the active jobs of dead processes: a stale heartbeat, or (at start, `runner` = this
   * instance's name) any job left under this name. One audit row per committee.
   */
  async failAbandoned(runner: string | null) {
    const staleBefore = new Date(clock.now().getTime() - this.options.staleMs).toISOString();
    const abandoned = (await q.findAbandonedJobs(this.deps.db, runner, staleBefore)).filter(
      (j) => !this.running.has(j.id) && !this.queue.some((k) => k.id === j.id),
    );
    return failJobs(
      this.deps,
      abandoned.map((j) => j.id),
    );
  }

  /** Removes finished jobs older than `keepMs` with their files. */
  async sweepExpired() {
    const cutoff = new Date(clock.now().getTime() - this.options.keepMs).toISOString();
    const expired = await q.findExpiredJobs(this.deps.db, cutoff);
    if (!expired.length) return 0;
    await this.deps.db.transaction().execute(async (trx) => {
      await q.deleteJobs(
        trx,
        expired.map((j) => j.id),
      );
      await q.deleteExportFiles(
        trx,
        expired.flatMap((j) => (j.fileId === null ? [] : [j.fileId])),
      );
      await auditPerTenant(trx, expired, { action: 'exports.expire' });
    });
    for (const j of expired) if (j.storageName) await removeExportBytes(this.deps, j.storageName);
    return expired.length;
  }

  /**
   * On shutdown: queued jobs fail at once, running builds are stopped (their workers terminated)
   * and fail as interrupted, jobs already writing their file finish; whatever is still active after
   * a short wait fails too.
   */
  async close(waitMs = 3_000) {
    this.closing = true;
    for (const timer of this.timers) clearInterval(timer);
    for (const abort of this.aborts.values()) abort.abort();
    const queued = this.queue.splice(0).map((j) => j.id);
    const settled = Promise.allSettled([...this.running.values()]);
    await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, waitMs).unref())]);
    await failJobs(this.deps, [...queued, ...this.running.keys()]).catch((error) =>
      this.log.error({ err: error }, 'export jobs: could not fail active jobs on shutdown'),
    );
  }
}

/** Fails these jobs (those still active) as interrupted by a restart; one audit row per committee. */
export async function failJobs(deps: Deps, ids: number[]) {
  if (!ids.length) return 0;
  return deps.db.transaction().execute(async (trx) => {
    const changed = await q.markFailed(trx, ids, t.errors.interrupted, clock.nowIso());
    await auditPerTenant(trx, changed, { action: 'exports.interrupted', result: 'failure' });
    return changed.length;
  });
}
