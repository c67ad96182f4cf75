import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { migrateToLatest } from './db/migrate.js';
import { loadDemoIfEmpty } from './demo/index.js';
import { sweepOrphanFiles } from './platform/files/service.js';

/** Process entry: config → database → migrations → demo (first start) → app → listen. */
async function main() {
  const config = loadConfig();
  const handle = openDatabase(config);
  await migrateToLatest(handle);
  const deps = { db: handle.db, dialect: handle.dialect, handle, config };
  if (config.loadDemo) await loadDemoIfEmpty(deps);
  // Files older than this start that no row refers to were left by a crash mid-upload.
  await sweepOrphanFiles(deps, new Date(Date.now() - 60_000));
  const app = await buildApp(deps, { logger: { level: config.logLevel } });
  await app.listen({ port: config.port, host: config.host });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: draining requests');
    // app.close() stops accepting, waits for in-flight requests, then we close the database.
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
