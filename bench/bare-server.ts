import Fastify from 'fastify';
import { unitListQuery } from '../common/orgs.js';
import { type Action, scopeFor } from '../common/permissions.js';
import { problemInput, problemListQuery, progressInput } from '../common/problems.js';
import { slotListQuery } from '../common/tasks.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/connection.js';
import { findUnits } from '../server/modules/orgs/queries.js';
import { findProblems } from '../server/modules/problems/queries.js';
import { reportProgress } from '../server/modules/problems/rectification.js';
import { createProblem, getProblem } from '../server/modules/problems/service.js';
import { findSlots } from '../server/modules/tasks/queries.js';
import { findMeDetails } from '../server/platform/auth/me-queries.js';
import { findSessionWithUser } from '../server/platform/auth/queries.js';
import { login, resolveSession, SESSION_COOKIE, sessionIdOf } from '../server/platform/auth/service.js';
import type { RequestContext } from '../server/platform/context.js';
import type { Deps } from '../server/platform/deps.js';

/**
 * The limit for the mixed workload: a bare Fastify server answering the same URLs with the same SQL
 * as the app (the session lookup by cookie, then the same list query functions), with no guard, no
 * zod validation or response schema, no audit, JSON.stringify of the raw rows. Scope: the committee
 * in BENCH_TENANT (staff view). Writes (sign-in, problem registration, rectification progress) call the
 * same service functions as the app's routes — same SQL, same transaction and audit row — but skip the
 * guard (session resolved and scope computed directly), CSRF and the response schema; write bodies are
 * parsed with the same zod schema because the services take the parsed form. Run: DATA_DIR=… [DATABASE_URL=…] PORT=… node dist/bench-build/bench/bare-server.js
 */
const config = loadConfig(process.env, []);
const handle = openDatabase(config);
const db = handle.db;
const tenantId = Number(process.env.BENCH_TENANT ?? 1);
const scope = { tenantId, unitIds: null, areaIds: null };
const TODAY = '2010-07-15';
const app = Fastify({ logger: false });
app.setErrorHandler((error: Error & { statusCode?: number }, _req, reply) => {
  reply.status(error.statusCode ?? 500).send({ message: error.message });
});

async function session(cookie: string | undefined) {
  const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(cookie ?? '')?.[1] ?? '';
  const row = await findSessionWithUser(db, sessionIdOf(decodeURIComponent(token)));
  if (!row) throw new Error('no session');
  return row;
}
const deps: Deps = { db, dialect: handle.dialect, handle, config };
async function ctxFor(cookie: string | undefined, action: Action): Promise<RequestContext> {
  const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(cookie ?? '')?.[1] ?? '';
  const user = await resolveSession(deps, decodeURIComponent(token));
  const scope = scopeFor(user.roles, action);
  if (!scope) throw new Error('forbidden');
  return { user, scope, ip: '127.0.0.1', userAgent: null };
}
app.post('/api/auth/login', async (req, reply) => {
  const body = req.body as { username: string; password: string };
  const { token, csrfToken } = await login(deps, body.username, body.password, {
    ip: req.ip,
    userAgent: null,
  });
  reply.header('set-cookie', `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`);
  return { csrfToken };
});
app.post('/api/problems', async (req) =>
  createProblem(deps, await ctxFor(req.headers.cookie, 'workStyle.manage'), problemInput.parse(req.body)),
);
app.get('/api/problems/:id', async (req) =>
  getProblem(
    deps,
    await ctxFor(req.headers.cookie, 'workStyle.read'),
    Number((req.params as { id: string }).id),
  ),
);
app.post('/api/problems/:id/progress', async (req) =>
  reportProgress(
    deps,
    await ctxFor(req.headers.cookie, 'problems.rectify'),
    Number((req.params as { id: string }).id),
    progressInput.parse(req.body),
  ),
);
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
