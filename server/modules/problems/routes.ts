import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  categoriesInput,
  feedbackInput,
  problem,
  problemDetail,
  problemExportQuery,
  problemInput,
  problemListQuery,
  problemStats,
  problemUpdate,
  progressInput,
  rectificationInput,
  remindInput,
  returnInput,
  statsQuery,
  stepInput,
  todoSummary,
} from '../../../common/problems.js';
import { id, pageOf } from '../../../common/validation.js';
import { can } from '../../platform/access.js';
import type { Deps } from '../../platform/deps.js';
import { sendWorkbook } from '../../platform/excel/index.js';
import { registerFileOwner } from '../../platform/files/service.js';
import { ctxOf } from '../../platform/http.js';
import { buildLedger } from './ledger.js';
import * as q from './queries.js';
import * as rect from './rectification.js';
import * as problems from './service.js';

const idParams = z.object({ id });
const stepped = z.object({ id: z.number(), version: z.number() });

export function problemsRoutes(deps: Deps) {
  // Evidence files on a progress report: readable by whoever may read the problem.
  registerFileOwner('problem_event', async (d, ctx, eventId) => {
    const event = await q.findEventById(d.db, ctx.user.tenantId, eventId);
    const row = event && (await q.findProblemById(d.db, ctx.user.tenantId, event.problemId));
    return (
      !!row &&
      can(ctx.user, 'workStyle.read', { tenantId: row.tenantId, unitId: row.unitId, areaId: row.areaId })
    );
  });
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['problems'];
    const read = { action: 'workStyle.read' } as const;
    const manage = { action: 'workStyle.manage' } as const;
    const rectifyAction = { action: 'problems.rectify' } as const;

    r.get('/api/problems', {
      config: read,
      schema: { tags, querystring: problemListQuery, response: { 200: pageOf(problem) } },
      handler: (req) => problems.listProblems(deps, ctxOf(req), req.query),
    });
    r.post('/api/problems', {
      config: manage,
      schema: { tags, body: problemInput, response: { 200: z.object({ id: z.number(), code: z.string() }) } },
      handler: (req) => problems.createProblem(deps, ctxOf(req), req.body),
    });
    r.get('/api/problems/categories', {
      config: read,
      schema: { tags, response: { 200: z.array(z.string()) } },
      handler: (req) => problems.listCategories(deps, ctxOf(req)),
    });
    r.put('/api/problems/categories', {
      config: manage,
      schema: { tags, body: categoriesInput, response: { 200: z.array(z.string()) } },
      handler: (req) => problems.replaceCategories(deps, ctxOf(req), req.body.names),
    });
    r.get('/api/problems/stats', {
      config: read,
      schema: { tags, querystring: statsQuery, response: { 200: problemStats } },
      handler: (req) => problems.problemStats(deps, ctxOf(req), req.query),
    });
    r.get('/api/problems/todo', {
      config: read,
      schema: { tags, response: { 200: todoSummary } },
      handler: (req) => problems.todoSummary(deps, ctxOf(req)),
    });
    r.get('/api/problems/export', {
      config: { action: 'workStyle.export' },
      schema: { tags, querystring: problemExportQuery },
      handler: async (req, reply) => {
        const { workbook, filename } = await buildLedger(deps, ctxOf(req), req.query);
        return sendWorkbook(reply, workbook, filename);
      },
    });
    r.post('/api/problems/feedback', {
      config: manage,
      schema: { tags, body: feedbackInput, response: { 200: z.object({ count: z.number() }) } },
      handler: (req) => rect.feedback(deps, ctxOf(req), req.body),
    });
    r.get('/api/problems/:id', {
      config: read,
      schema: { tags, params: idParams, response: { 200: problemDetail } },
      handler: (req) => problems.getProblem(deps, ctxOf(req), req.params.id),
    });
    r.put('/api/problems/:id', {
      config: manage,
      schema: {
        tags,
        params: idParams,
        body: problemUpdate,
        response: { 200: z.object({ id: z.number() }) },
      },
      handler: (req) => problems.updateProblem(deps, ctxOf(req), req.params.id, req.body),
    });
    r.delete('/api/problems/:id', {
      config: manage,
      schema: { tags, params: idParams },
      handler: async (req) => {
        await problems.deleteProblem(deps, ctxOf(req), req.params.id);
        return { ok: true };
      },
    });
    r.put('/api/problems/:id/rectification', {
      config: rectifyAction,
      schema: { tags, params: idParams, body: rectificationInput, response: { 200: stepped } },
      handler: (req) => rect.rectify(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/problems/:id/progress', {
      config: rectifyAction,
      schema: { tags, params: idParams, body: progressInput, response: { 200: stepped } },
      handler: (req) => rect.reportProgress(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/problems/:id/request-verification', {
      config: rectifyAction,
      schema: { tags, params: idParams, body: stepInput, response: { 200: stepped } },
      handler: (req) =>
        rect.requestVerification(deps, ctxOf(req), req.params.id, req.body.note, req.body.version),
    });
    r.post('/api/problems/:id/verify', {
      config: manage,
      schema: { tags, params: idParams, body: stepInput, response: { 200: stepped } },
      handler: (req) => rect.verify(deps, ctxOf(req), req.params.id, req.body.note, req.body.version),
    });
    r.post('/api/problems/:id/return', {
      config: manage,
      schema: { tags, params: idParams, body: returnInput, response: { 200: stepped } },
      handler: (req) =>
        rect.returnForRework(deps, ctxOf(req), req.params.id, req.body.returnReason, req.body.version),
    });
    r.post('/api/problems/:id/close', {
      config: manage,
      schema: { tags, params: idParams, body: stepInput, response: { 200: stepped } },
      handler: (req) => rect.close(deps, ctxOf(req), req.params.id, req.body.note, req.body.version),
    });
    r.post('/api/problems/:id/remind', {
      config: manage,
      schema: {
        tags,
        params: idParams,
        body: remindInput,
        response: { 200: z.object({ id: z.number(), reminderCount: z.number() }) },
      },
      handler: (req) => rect.remind(deps, ctxOf(req), req.params.id, req.body.note),
    });
  };
}
