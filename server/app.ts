import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { zh } from '../common/locale/index.js';
import '../common/validation.js';
// import: assessments
import { assessmentsRoutes } from './modules/assessments/routes.js';
// import: workStyle
import { campaignsRoutes } from './modules/campaigns/routes.js';
import { commitmentsRoutes } from './modules/commitments/routes.js';
// import: documents
import { documentsRoutes } from './modules/documents/routes.js';
// import: inspections
import { inspectionsRoutes } from './modules/inspections/routes.js';
// import: learning
import { learningRoutes } from './modules/learning/routes.js';
import { mechanismsRoutes } from './modules/mechanisms/routes.js';
import { orgsRoutes } from './modules/orgs/routes.js';
import { problemsRoutes } from './modules/problems/routes.js';
import { publicationsRoutes } from './modules/publications/routes.js';
// import: reports
import { reportsRoutes } from './modules/reports/routes.js';
import { tasksRoutes } from './modules/tasks/routes.js';
import { auditRoutes } from './platform/audit/routes.js';
import { authRoutes } from './platform/auth/routes.js';
import type { Deps } from './platform/deps.js';
import { exportsRoutes } from './platform/exports/routes.js';
import { filesRoutes } from './platform/files/routes.js';
import { installErrorHandler, installGuard } from './platform/http.js';
// import: users
import { usersRoutes } from './platform/users/routes.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the built web app lives: dist/web, whether we run from source (tests) or from dist/server. */
function findWebRoot(): string | null {
  if (process.env.WEB_ROOT)
    return fs.existsSync(path.join(process.env.WEB_ROOT, 'index.html')) ? process.env.WEB_ROOT : null;
  const candidate =
    path.basename(path.dirname(here)) === 'dist'
      ? path.resolve(here, '../web')
      : path.resolve(here, '../dist/web');
  return fs.existsSync(path.join(candidate, 'index.html')) ? candidate : null;
}

export interface AppOptions {
  logger?: boolean | object;
  serveWeb?: boolean;
  /** Serve the web build from this folder instead of dist/web (tests). */
  webRoot?: string;
}

/** Builds the HTTP app on given dependencies; tests call it without listening on a port. */
export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: '127.0.0.1',
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installGuard(app, deps);
  await app.register(fastifyCookie);
  // One multipart registration for every upload (attachments, imports); each route reads one file.
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.uploadMaxBytes, files: 1, fields: 20 },
  });
  await app.register(fastifySwagger, {
    openapi: { info: { title: '落实 Luoshi API', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.get('/livez', { config: { public: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { public: true } }, async (_req, reply) => {
    try {
      await sql`select 1`.execute(deps.db);
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });

  await app.register(authRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(filesRoutes(deps));
  await app.register(exportsRoutes(deps));
  await app.register(orgsRoutes(deps));
  // routes: inspections
  await app.register(inspectionsRoutes(deps));
  // routes: workStyle
  await app.register(campaignsRoutes(deps));
  await app.register(problemsRoutes(deps));
  await app.register(commitmentsRoutes(deps));
  // routes: learning
  await app.register(learningRoutes(deps));
  await app.register(publicationsRoutes(deps));
  // routes: documents
  await app.register(documentsRoutes(deps));
  await app.register(tasksRoutes(deps));
  await app.register(mechanismsRoutes(deps));
  // routes: assessments
  await app.register(assessmentsRoutes(deps));
  // routes: reports
  await app.register(reportsRoutes(deps));
  // routes: users
  await app.register(usersRoutes(deps));

  const webRoot = options.serveWeb === false ? null : (options.webRoot ?? findWebRoot());
  const indexHtml = webRoot ? fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8') : null;
  if (webRoot)
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      // The build writes .br/.gz next to each file (scripts/compress-web.mjs): sent as they are.
      preCompressed: true,
      cacheControl: false,
      // Vite names files under assets/ by content hash: cache them for good; anything else revalidates.
      setHeaders: (res, file) =>
        res.setHeader(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    });
  // Unknown API paths answer JSON; any other GET is a client-side route of the web app.
  app.setNotFoundHandler((req, reply) => {
    if (indexHtml && req.method === 'GET' && !req.url.startsWith('/api/'))
      return reply.type('text/html').header('cache-control', 'no-cache').send(indexHtml);
    return reply.code(404).send({ code: 'NOT_FOUND', message: zh.errors.routeNotFound });
  });
  return app;
}
