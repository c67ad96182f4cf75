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
  let stopping = false;
  let inFlight = 0;
  let lastActivity = 0;
  app.addHook('onRequest', async () => {
    inFlight += 1;
    lastActivity = performance.now();
  });
  // While draining, every answer closes its connection, so no client reuses a socket we are closing.
  app.addHook('onSend', async (_req, reply) => {
    if (stopping) reply.header('connection', 'close');
  });
  app.addHook('onResponse', async () => {
    inFlight -= 1;
    lastActivity = performance.now();
  });
  await app.listen({ port: config.port, host: config.host });

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: draining requests');
    // Under load, a request already sent on a new connection can wait a moment before the server
    // reads it; closing the listener then would reset it. So first serve until quiet (nothing in
    // flight for 250 ms), at most shutdownDrainMs, answering with Connection: close.
    const drainEnd = performance.now() + config.shutdownDrainMs;
    while (performance.now() < drainEnd && (inFlight > 0 || performance.now() - lastActivity < 250))
      await new Promise((resolve) => setTimeout(resolve, 25));
    // app.close() stops accepting and waits for in-flight requests (new requests on open connections
    // get 503); connections that were busy at the signal are closed as soon as they fall idle,
    // instead of holding the exit for the keep-alive timeout. Then we close the database.
    const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
    await app.close();
    clearInterval(sweep);
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
