import os from 'node:os';
import SqliteDatabase from 'better-sqlite3';
import { CamelCasePlugin, type CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../server/config.js';
import type { Database } from '../server/db/schema.js';
import { computeFigure, computeFigures } from '../server/modules/reports/figures-service.js';
import { METRICS } from '../server/modules/reports/metrics/index.js';
import { median } from './client.js';

/**
 * Which figures cost what: times every metric of the registry on its own (median of --runs after one
 * warm-up) for the bench committee and H1 2010, lists the SQL each one ran with its duration, and with
 * --explain prints the plan of the slowest statements (EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE
 * on PostgreSQL). Read-only. Same DATA_DIR / DATABASE_URL as `npm run bench:data`.
 *
 *   npx tsc -p bench/tsconfig.json && DATA_DIR=/tmp/bench-prov node dist/bench-build/bench/figure-profile.js [--runs 5] [--explain 3] [--only problems.]
 */
const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', '5'));
const explainTop = Number(arg('--explain', '0'));
const only = arg('--only', '');
const tenantId = Number(arg('--tenant', '1'));
const period = { from: arg('--from', '2010-01-01'), to: arg('--to', '2010-06-30') };

interface Logged {
  query: CompiledQuery;
  ms: number;
}
let log: Logged[] = [];

function open() {
  const config = loadConfig(process.env, []);
  const logger = (event: { level: string; query: CompiledQuery; queryDurationMillis: number }) => {
    log.push({ query: event.query, ms: event.queryDurationMillis });
  };
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
    return {
      dialect: 'postgres' as const,
      db: new Kysely<Database>({
        dialect: new PostgresDialect({ pool }),
        plugins: [new CamelCasePlugin()],
        log: logger,
      }),
    };
  }
  const sqlite = new SqliteDatabase(`${config.dataDir}/luoshi.db`, { readonly: true });
  return {
    dialect: 'sqlite' as const,
    db: new Kysely<Database>({
      dialect: new SqliteDialect({ database: sqlite }),
      plugins: [new CamelCasePlugin()],
      log: logger,
    }),
  };
}

const short = (s: string) => s.replace(/\s+/g, ' ').slice(0, 220);

async function explain(handle: ReturnType<typeof open>, q: CompiledQuery) {
  const prefix = handle.dialect === 'sqlite' ? 'explain query plan ' : 'explain (analyze, buffers) ';
  const saved = log;
  log = [];
  const rows = await handle.db.executeQuery({ ...q, sql: prefix + q.sql, query: q.query });
  log = saved;
  return (rows.rows as Record<string, unknown>[])
    .map((r) => (handle.dialect === 'sqlite' ? `${r.id}/${r.parent} ${r.detail}` : String(r['QUERY PLAN'])))
    .map((line) => (line.length > 240 ? `${line.slice(0, 240)}…` : line))
    .join('\n      ');
}

async function main() {
  const handle = open();
  const scope = { tenantId, unitIds: null, areaIds: null };
  console.log(
    `${handle.dialect}, tenant ${tenantId}, ${period.from}..${period.to}, load ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const results = [];
  for (const metric of METRICS.filter((m) => m.key.includes(only))) {
    log = [];
    await computeFigure(handle.db, metric, scope, period);
    const times: number[] = [];
    let queries: Logged[] = [];
    let value = 0;
    let sources = 0;
    for (let i = 0; i < runs; i++) {
      log = [];
      const t0 = performance.now();
      const f = await computeFigure(handle.db, metric, scope, period);
      times.push(performance.now() - t0);
      queries = log;
      value = f.value;
      sources = f.sources.length;
    }
    results.push({ key: metric.key, ms: median(times), value, sources, queries });
  }
  results.sort((a, b) => b.ms - a.ms);
  const total = results.reduce((n, r) => n + r.ms, 0);
  console.log(`sum of metric medians: ${total.toFixed(1)} ms over ${results.length} metrics`);
  for (const r of results) {
    const sqlMs = r.queries.reduce((n, q) => n + q.ms, 0);
    console.log(
      `${r.ms.toFixed(1).padStart(8)} ms  ${r.key.padEnd(34)} value ${r.value} (${r.sources} sources), ${r.queries.length} statements, ${sqlMs.toFixed(1)} ms in SQL`,
    );
    const slow = [...r.queries].sort((a, b) => b.ms - a.ms).slice(0, Math.max(explainTop, 2));
    for (const [i, q] of slow.entries()) {
      if (q.ms < 1) continue;
      console.log(`      ${q.ms.toFixed(1)} ms  ${short(q.query.sql)} [${q.query.parameters.length} params]`);
      if (i < explainTop) console.log(`      ${await explain(handle, q.query)}`);
    }
  }
  // The whole registry as the dashboard asks for it (shared loads, concurrency where the build has them).
  await computeFigures(handle.db, scope, period);
  const all: number[] = [];
  let statements = 0;
  for (let i = 0; i < runs; i++) {
    log = [];
    const t0 = performance.now();
    await computeFigures(handle.db, scope, period);
    all.push(performance.now() - t0);
    statements = log.length;
  }
  console.log(
    `computeFigures (${METRICS.length} figures at once): median ${median(all).toFixed(1)} ms, ${statements} statements`,
  );
  console.log(
    `load after: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  await handle.db.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
