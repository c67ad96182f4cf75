import Fastify from 'fastify';
import { unitListQuery } from '../common/orgs.js';
import { problemListQuery } from '../common/problems.js';
import { slotListQuery } from '../common/tasks.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/connection.js';
import { findUnits } from '../server/modules/orgs/queries.js';
import { findProblems } from '../server/modules/problems/queries.js';
import { findSlots } from '../server/modules/tasks/queries.js';
import { findMeDetails } from '../server/platform/auth/me-queries.js';
import { findSessionWithUser } from '../server/platform/auth/queries.js';
import { SESSION_COOKIE, sessionIdOf } from '../server/platform/auth/service.js';

/**
 * The limit for the mixed workload: a bare Fastify server answering the same URLs with the same SQL
 * as the app (the session lookup by cookie, then the same list query functions), with no guard, no
 * zod validation or response schema, no audit, JSON.stringify of the raw rows. Scope: the committee
 * in BENCH_TENANT (staff view). Run: DATA_DIR=… [DATABASE_URL=…] PORT=… node dist/bench-build/bench/bare-server.js
 */
const config = loadConfig(process.env, []);
const handle = openDatabase(config);
const db = handle.db;
const tenantId = Number(process.env.BENCH_TENANT ?? 1);
const scope = { tenantId, unitIds: null, areaIds: null };
const TODAY = '2010-07-15';
const app = Fastify({ logger: false });

async function session(cookie: string | undefined) {
  const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(cookie ?? '')?.[1] ?? '';
  const row = await findSessionWithUser(db, sessionIdOf(decodeURIComponent(token)));
  if (!row) throw new Error('no session');
  return row;
}
app.get('/api/orgs/units', async (req) => {
  await session(req.headers.cookie);
  return findUnits(db, scope, unitListQuery.parse({}));
});
app.get('/api/problems', async (req) => {
  await session(req.headers.cookie);
  return findProblems(db, scope, { ...problemListQuery.parse({}), hideRegistered: false, today: TODAY });
});
app.get('/api/task-slots', async (req) => {
  await session(req.headers.cookie);
  return findSlots(db, scope, slotListQuery.parse({}), TODAY);
});
app.get('/api/me', async (req) => {
  const row = await session(req.headers.cookie);
  return { ...row, ...(await findMeDetails(db, row.tenantId, row.unitId)) };
});

app
  .listen({ port: Number(process.env.PORT ?? 3950), host: '127.0.0.1' })
  .then((addr) => console.log(`bare ${addr}`));
process.on('SIGTERM', () => app.close().then(() => handle.close()));
