import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  categoryComparison,
  categoryComparisonQuery,
  figure,
  figuresQuery,
  figuresResponse,
  heatmapQuery,
  heatmapResponse,
  periodQuery,
  recountResponse,
  summary,
  summaryCreate,
  summaryListItem,
  summaryListQuery,
  summaryUpdate,
  summaryVersion,
} from '../../../common/reports.js';
import { id, pageOf } from '../../../common/validation.js';
import type { Deps } from '../../platform/deps.js';
import { contentDisposition } from '../../platform/files/routes.js';
import { ctxOf } from '../../platform/http.js';
import { compareCategories } from './categories.js';
import { getFigure, listFigures } from './figures-service.js';
import { unitHeatmap } from './heatmap.js';
import * as summaries from './summary/service.js';

const idParams = z.object({ id });
const saved = z.object({ id: z.number(), version: z.number().optional() });

export function reportsRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['reports'];

    r.get('/api/reports/figures', {
      config: { action: 'reports.read' },
      schema: { tags, querystring: figuresQuery, response: { 200: figuresResponse } },
      handler: (req) => listFigures(deps, ctxOf(req), req.query),
    });
    r.get('/api/reports/figures/:key', {
      config: { action: 'reports.read' },
      schema: {
        tags,
        params: z.object({
          key: z
            .string()
            .regex(/^[a-zA-Z0-9_.]+$/)
            .max(64),
        }),
        querystring: periodQuery,
        response: { 200: figure },
      },
      handler: (req) => getFigure(deps, ctxOf(req), req.params.key, req.query),
    });
    r.get('/api/reports/heatmap', {
      config: { action: 'reports.read' },
      schema: { tags, querystring: heatmapQuery, response: { 200: heatmapResponse } },
      handler: (req) => unitHeatmap(deps, ctxOf(req), req.query),
    });
    r.get('/api/reports/assessment-categories', {
      config: { action: 'reports.read' },
      schema: { tags, querystring: categoryComparisonQuery, response: { 200: categoryComparison } },
      handler: (req) => compareCategories(deps, ctxOf(req), req.query),
    });

    r.get('/api/reports/summaries', {
      config: { action: 'reports.summary' },
      schema: { tags, querystring: summaryListQuery, response: { 200: pageOf(summaryListItem) } },
      handler: (req) => summaries.listSummaries(deps, ctxOf(req), req.query),
    });
    r.post('/api/reports/summaries', {
      config: { action: 'reports.summary' },
      schema: { tags, body: summaryCreate, response: { 200: saved } },
      handler: (req) => summaries.createSummary(deps, ctxOf(req), req.body),
    });
    r.get('/api/reports/summaries/:id', {
      config: { action: 'reports.summary' },
      schema: { tags, params: idParams, response: { 200: summary } },
      handler: (req) => summaries.getSummary(deps, ctxOf(req), req.params.id),
    });
    r.put('/api/reports/summaries/:id', {
      config: { action: 'reports.summary' },
      schema: { tags, params: idParams, body: summaryUpdate, response: { 200: saved } },
      handler: (req) => summaries.updateSummary(deps, ctxOf(req), req.params.id, req.body),
    });
    r.get('/api/reports/summaries/:id/recount', {
      config: { action: 'reports.summary' },
      schema: { tags, params: idParams, response: { 200: recountResponse } },
      handler: (req) => summaries.recountSummary(deps, ctxOf(req), req.params.id),
    });
    r.post('/api/reports/summaries/:id/recount', {
      config: { action: 'reports.summary' },
      schema: {
        tags,
        params: idParams,
        body: z.object({ version: z.number().int().positive() }),
        response: { 200: saved },
      },
      handler: (req) => summaries.applyRecount(deps, ctxOf(req), req.params.id, req.body.version),
    });
    r.get('/api/reports/summaries/:id/docx', {
      config: { action: 'reports.summary' },
      schema: { tags, params: idParams },
      handler: async (req, reply) => {
        const { buffer, filename } = await summaries.exportSummaryDocx(deps, ctxOf(req), req.params.id);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          .header('content-disposition', contentDisposition(filename))
          .send(buffer);
      },
    });
    r.get('/api/reports/summaries/:id/versions', {
      config: { action: 'reports.summary' },
      schema: { tags, params: idParams, response: { 200: z.array(summaryVersion) } },
      handler: (req) => summaries.listVersions(deps, ctxOf(req), req.params.id),
    });
  };
}
