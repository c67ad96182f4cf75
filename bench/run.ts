import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/connection.js';
import { rssMb, signIn, startApp } from './client.js';
import { benchEndpoints } from './endpoints.js';
import { benchBundle } from './frontend.js';
import { benchImport } from './import-bench.js';
import { benchInteractive } from './interactive.js';
import { prepareActors } from './mixed.js';
import { runMixedPair } from './mixed-pair.js';

/**
 * npm run bench [-- --no-web --no-import --no-mixed --port N] on a database made by `npm run bench:data`
 * (same DATA_DIR / DATABASE_URL). The app runs in a child process; this process is the client and
 * times the bare queries on its own connection. Results: stdout and $DATA_DIR/bench-results.json.
 * The import adds 10,000 units to the second committee (or the first), so run it on a copy you can drop.
 */
async function main() {
  const argv = process.argv.slice(2);
  const port = Number(argv[argv.indexOf('--port') + 1] || 3900) || 3900;
  const config = loadConfig(process.env, []);
  const manifest = JSON.parse(fs.readFileSync(path.join(config.dataDir, 'bench-data.json'), 'utf8'));
  const handle = openDatabase(config);
  const results: Record<string, unknown> = {
    manifest: { ...manifest, accounts: undefined, unitAdmins: undefined },
    at: new Date().toISOString(),
  };

  // The web build is measured (bytes) and served to Chromium (load to interactive), compressed as
  // `npm run build:web` does.
  const web = argv.includes('--no-web') ? null : benchBundle();
  const { proc, base } = await startApp(port, web ? { WEB_ROOT: web.outDir } : {});
  try {
    await new Promise((r) => setTimeout(r, 2000));
    results.idleRssMb = rssMb(proc.pid as number);
    console.log(`idle RSS after start: ${results.idleRssMb} MB`);
    const staff = manifest.accounts[0];
    const session = await signIn(base, staff.username, staff.password);
    console.log('heavy endpoints (median ms, app through HTTP vs bare query functions):');
    results.endpoints = await benchEndpoints(base, session, handle.db, staff.tenantId);
    results.rssAfterEndpointsMb = rssMb(proc.pid as number);
    if (!argv.includes('--no-mixed')) {
      results.mixed = await runMixedPair(base, await prepareActors(base, manifest), port + 1, staff.tenantId);
      console.log(`mixed workload (app vs bare): ${JSON.stringify(results.mixed)}`);
    }
    if (!argv.includes('--no-web')) {
      results.interactive = await benchInteractive(base, staff.username, staff.password);
      console.log(`load to interactive (ms): ${JSON.stringify(results.interactive)}`);
    }
    if (!argv.includes('--no-import')) {
      const other = manifest.accounts[1] ?? staff;
      const r = await benchImport(base, await signIn(base, other.username, other.password));
      results.import = r;
      console.log(
        `10,000-row import: ${r.ms} ms (${r.bytes} bytes xlsx) → ${JSON.stringify(r.result).slice(0, 200)}`,
      );
    }
  } finally {
    proc.kill('SIGTERM');
    await handle.close();
  }
  if (web) {
    results.bundle = web;
    console.log(`first screen JS: ${web.firstScreenGzipKb} KB gzip; largest chunks:`);
    for (const c of web.chunks.slice(0, 8)) console.log(`  ${c.file}: ${c.gzipKb} KB`);
  }
  const out = path.join(config.dataDir, 'bench-results.json');
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`results: ${out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
