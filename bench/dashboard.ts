import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { problemListQuery } from '../common/problems.js';
import { loadConfig } from '../server/config.js';
import { type Db, openDatabase } from '../server/db/connection.js';
import { findProblems } from '../server/modules/problems/queries.js';
import { countTodos, firstTodos, problemTallies } from '../server/modules/problems/stats-queries.js';
import { computeFigures } from '../server/modules/reports/figures-service.js';
import { call, type Session, signIn, startApp, timeIt } from './client.js';

/**
 * Issue 10, the dashboard endpoints at province scale: each through HTTP as the bench committee's
 * staff (app in a child process, as `npm run bench`) against the SQL it runs, called directly on a
 * connection of this process (bare). Prints one line per endpoint with the load average at its start.
 *
 *   npx tsc -p bench/tsconfig.json && DATA_DIR=/tmp/bench-prov node dist/bench-build/bench/dashboard.js [--port 3950] [--runs 9] [--only stats]
 */
const H1 = { from: '2010-01-01', to: '2010-06-30' };
const TODAY = '2010-07-15';

/** The SQL side of each endpoint, as the service runs it (update together with the service). */
function bareOf(db: Db, tenantId: number) {
  const scope = { tenantId, unitIds: null, areaIds: null };
  const where = { hideRegistered: false, today: TODAY };
  return {
    stats: () => problemTallies(db, scope, where),
    todo: async () => {
      await countTodos(db, scope, where, false);
      return firstTodos(db, scope, where, false, 10);
    },
    list: () => findProblems(db, scope, { ...problemListQuery.parse({}), ...where }),
    figures: () => computeFigures(db, scope, H1),
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
      name: 'POST /api/reports/summaries (H1)',
      app: () => call(base, s, 'POST', '/api/reports/summaries', { ...H1, title: '基准测试半年总结' }),
      bare: bare.figures,
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
    for (const c of cases(base, session, bareOf(handle.db, staff.tenantId))) {
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
