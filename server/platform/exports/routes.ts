import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportJob, exportStarted, exportStartInput } from '../../../common/exports.js';
import { id } from '../../../common/validation.js';
import type { Deps } from '../deps.js';
import { contentDisposition } from '../files/routes.js';
import { registerFileOwner } from '../files/service.js';
import { ctxOf } from '../http.js';
import './kinds.js';
import * as q from './queries.js';
import { ExportRunner, type RunnerOptions } from './runner.js';
import { getExportJob, openExportFile, startExport } from './service.js';

const idParams = z.object({ id });

/**
 * Export jobs: POST starts one (202), GET polls it, GET …/file downloads the workbook. Every
 * signed-in business role may use the routes ('exports.use'); the kind's own permission is checked
 * by the service, and a job is only ever visible to the user who started it.
 */
export function exportsRoutes(deps: Deps, options: Partial<RunnerOptions> = {}) {
  // The workbook is also a `files` row: only the job's owner may read it through /api/files/:id.
  registerFileOwner(q.EXPORT_FILE_OWNER, async (d, ctx, jobId) => {
    const job = await q.findJob(d.db, ctx.user.tenantId, jobId);
    return job?.userId === ctx.user.id;
  });
  return async (app: FastifyInstance) => {
    const runner = new ExportRunner(deps, app.log, options);
    app.addHook('onReady', () => runner.start());
    app.addHook('onClose', () => runner.close());
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['exports'];
    const config = { action: 'exports.use' } as const;

    r.post('/api/exports', {
      config,
      schema: { tags, body: exportStartInput, response: { 202: exportStarted } },
      handler: async (req, reply) => {
        const started = await startExport(deps, runner, ctxOf(req), req.body);
        return reply.code(202).send(started);
      },
    });
    r.get('/api/exports/:id', {
      config,
      schema: { tags, params: idParams, response: { 200: exportJob } },
      handler: (req) => getExportJob(deps, runner, ctxOf(req), req.params.id),
    });
    r.get('/api/exports/:id/file', {
      config,
      schema: { tags, params: idParams },
      handler: async (req, reply) => {
        const { file, stream } = await openExportFile(deps, ctxOf(req), req.params.id);
        reply
          .header('content-type', file.mime)
          .header('content-length', file.size)
          .header('content-disposition', contentDisposition(file.originalName))
          .header('cache-control', 'no-store')
          .header('x-content-type-options', 'nosniff');
        return reply.send(stream);
      },
    });
  };
}
