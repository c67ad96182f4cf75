import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { problemListQuery } from '../common/problems.js';
import { loadConfig } from '../server/config.js';
import { type Db, openDatabase } from '../server/db/connection.js';
import { findAllProblems, findProblems, type ProblemWhere } from '../server/modules/problems/queries.js';
import { computeFigure, computeFigures } from '../server/modules/reports/figures-service.js';
import { HEAT_COLUMNS } from '../server/modules/reports/heatmap.js';
import { METRIC_BY_KEY } from '../server/modules/reports/metrics/index.js';
import { unitsInScope } from '../server/modules/reports/queries/breakdown.js';
import { insertSummary, insertSummaryVersion } from '../server/modules/reports/queries/summaries.js';
import { composeDraft } from '../server/modules/reports/summary/service.js';
import type { DataScope } from '../server/platform/access.js';
import { shanghaiDate } from '../server/platform/clock.js';
import { call, type Session, signIn, startApp, timeIt } from './client.js';

/**
 * Issue 10, the dashboard endpoints at province scale: each through HTTP as the bench committee's
 * staff (app in a child process, as `npm run bench`) against the SQL it runs, called directly on a
 * connection of this process (bare). Prints one line per endpoint with the load average at its start.
 * The summary is measured twice: against the figures it counts (round 1's bare), and against the
 * figures, the draft and the two rows it stores. Every POST adds a summary to the database.
 *
 *   npx tsc -p bench/tsconfig.json && DATA_DIR=/tmp/bench-prov node dist/bench-build/bench/dashboard.js [--port 3950] [--runs 9] [--only stats]
 */
const H1 = { from: '2010-01-01', to: '2010-06-30' };

/** stats-queries.ts (issue 10 round 3), when the build has it: the builds before it counted in JS. */
interface StatsQueries {
  problemTallies(db: Db, scope: DataScope, where: ProblemWhere): Promise<unknown>;
  countTodos(db: Db, scope: DataScope, where: ProblemWhere, unitView: boolean): Promise<unknown>;
  firstTodos(
    db: Db,
    scope: DataScope,
    where: ProblemWhere,
    unitView: boolean,
    limit: number,
  ): Promise<unknown>;
}
async function statsQueries(): Promise<StatsQueries | null> {
  const file = '../server/modules/problems/stats-queries.js';
  return import(file).catch(() => null);
}

/** The SQL side of each endpoint, as the service of this build runs it (update together with the service). */
function bareOf(db: Db, tenantId: number, userId: number, sq: StatsQueries | null) {
  const scope = { tenantId, unitIds: null, areaIds: null };
  const where = { hideRegistered: false, today: shanghaiDate() };
  return {
    stats: () => (sq ? sq.problemTallies(db, scope, where) : findAllProblems(db, scope, where)),
    todo: async () => {
      if (!sq) return findAllProblems(db, scope, where);
      await sq.countTodos(db, scope, where, false);
      return sq.firstTodos(db, scope, where, false, 10);
    },
    list: () => findProblems(db, scope, { ...problemListQuery.parse({}), ...where }),
    figures: () => computeFigures(db, scope, H1),
    drill: () => computeFigure(db, METRIC_BY_KEY.get('problems.found')!, scope, H1),
    heatmap: async () => {
      await unitsInScope(db, scope);
      for (const key of HEAT_COLUMNS) await METRIC_BY_KEY.get(key)!.byUnit!(db, scope, H1);
    },
    /** The draft and the two rows it stores (summary + version 1), without the audit row and HTTP. */
    summary: async () => {
      const d = await composeDraft(db, scope, H1, '基准测试半年总结');
      const now = new Date().toISOString();
      const blocks = JSON.stringify(d.blocks);
      const figures = JSON.stringify(d.figures);
      await db.transaction().execute(async (trx) => {
        const id = await insertSummary(trx, {
          tenantId,
          title: d.title,
          periodFrom: H1.from,
          periodTo: H1.to,
          signature: d.signature,
          signDate: H1.to,
          blocks,
          figures,
          updatedBy: userId,
          createdAt: now,
        });
        await insertSummaryVersion(trx, {
          tenantId,
          summaryId: id,
          version: 1,
          title: d.title,
          blocks,
          figures,
          savedBy: userId,
          savedAt: now,
        });
      });
    },
  };
}

function cases(base: string, s: Session, bare: ReturnType<typeof bareOf>) {
  return [
    {
      name: 'GET /api/problems/stats',
      app: () => call(base, s, 'GET', '/api/problems/stats'),
      bare: bare.stats,
    },
    {
      name: 'GET /api/problems/todo',
      app: () => call(base, s, 'GET', '/api/problems/todo'),
      bare: bare.todo,
    },
    { name: 'GET /api/problems (page 1)', app: () => call(base, s, 'GET', '/api/problems'), bare: bare.list },
    {
      name: 'GET /api/reports/figures (H1)',
      app: () => call(base, s, 'GET', `/api/reports/figures?from=${H1.from}&to=${H1.to}`),
      bare: bare.figures,
    },
    {
      name: 'GET /api/reports/figures/problems.found',
      app: () => call(base, s, 'GET', `/api/reports/figures/problems.found?from=${H1.from}&to=${H1.to}`),
      bare: bare.drill,
    },
    {
      name: 'GET /api/reports/heatmap (H1)',
      app: () => call(base, s, 'GET', `/api/reports/heatmap?from=${H1.from}&to=${H1.to}`),
      bare: bare.heatmap,
    },
    {
      // Bare as in round 1: the figures the draft counts (the draft text and the inserts are the app's).
      name: 'POST /api/reports/summaries (H1)',
      app: () => call(base, s, 'POST', '/api/reports/summaries', { ...H1, title: '基准测试半年总结' }),
      bare: bare.figures,
      runs: 5,
    },
    {
      // Bare including the draft and the two stored rows (summary + its first version).
      name: 'POST /api/reports/summaries (H1, bare+rows)',
      app: () => call(base, s, 'POST', '/api/reports/summaries', { ...H1, title: '基准测试半年总结' }),
      bare: bare.summary,
      runs: 5,
    },
  ];
}

const round = (x: number) => Math.round(x * 10) / 10;
const load = () => os.loadavg()[0].toFixed(2);

async function main() {
  const argv = process.argv.slice(2);
  const opt = (name: string, fallback: string) =>
    argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback;
  const port = Number(opt('--port', '3950'));
  const runs = Number(opt('--runs', '9'));
  const only = opt('--only', '');
  const config = loadConfig(process.env, []);
  const manifest = JSON.parse(fs.readFileSync(path.join(config.dataDir, 'bench-data.json'), 'utf8'));
  const staff = manifest.accounts[0];
  const handle = openDatabase(config);
  const { proc, base } = await startApp(port);
  const out = [];
  try {
    const session = await signIn(base, staff.username, staff.password);
    console.log(
      `${handle.dialect}, tenant ${staff.tenantId}, median of ${runs} after 3 warm-ups, load ${load()}`,
    );
    const user = await handle.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', staff.username)
      .executeTakeFirstOrThrow();
    const sq = await statsQueries();
    console.log(
      `bare stats/to-do: ${sq ? 'stats-queries.ts (SQL GROUP BY)' : 'findAllProblems (counted in JS)'}`,
    );
    for (const c of cases(base, session, bareOf(handle.db, staff.tenantId, user.id, sq))) {
      if (!c.name.includes(only)) continue;
      const loadAvg = load();
      const app = await timeIt(c.app, c.runs ?? runs);
      const bare = await timeIt(c.bare, c.runs ?? runs);
      const row = {
        name: c.name,
        appMs: round(app),
        bareMs: round(bare),
        ratio: Math.round((app / bare) * 100) / 100,
        load: loadAvg,
      };
      out.push(row);
      console.log(
        `  ${row.name.padEnd(36)} app ${String(row.appMs).padStart(7)} ms  bare ${String(row.bareMs).padStart(7)} ms  ×${row.ratio}  (load ${loadAvg})`,
      );
    }
  } finally {
    proc.kill('SIGTERM');
    await handle.close();
  }
  const file = path.join(config.dataDir, `dashboard-results-${Date.now()}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), dialect: handle.dialect, out }, null, 2)}\n`,
  );
  console.log(`results: ${file}, load after ${load()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
