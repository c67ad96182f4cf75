import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  bodyInput,
  bodyUpdate,
  indicatorInput,
  indicatorUpdate,
  schemeDetail,
  schemeInput,
  schemeListQuery,
  schemeSummary,
  schemeUnitsInput,
  schemeUpdate,
  versionOnly,
} from '../../../../common/assessments.js';
import { id, pageOf } from '../../../../common/validation.js';
import type { Deps } from '../../../platform/deps.js';
import { ctxOf } from '../../../platform/http.js';
import * as schemes from '../services/schemes.js';
import * as structure from '../services/structure.js';

const idParams = z.object({ id });
const childParams = z.object({ id, childId: id });
const created = z.object({ id: z.number() });
const ok = z.object({ ok: z.literal(true) });

export function schemeRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['assessments'];
    const base = '/api/assessments/schemes';

    r.get(base, {
      config: { action: 'assessments.read' },
      schema: { tags, querystring: schemeListQuery, response: { 200: pageOf(schemeSummary) } },
      handler: (req) => schemes.listSchemes(deps, ctxOf(req), req.query),
    });
    r.get('/api/assessments/candidates', {
      config: { action: 'assessments.manage' },
      schema: {
        tags,
        response: {
          200: z.array(z.object({ id: z.number(), displayName: z.string(), roles: z.array(z.string()) })),
        },
      },
      handler: (req) => structure.listCandidates(deps, ctxOf(req)),
    });
    r.get(`${base}/:id`, {
      config: { action: 'assessments.read' },
      schema: { tags, params: idParams, response: { 200: schemeDetail } },
      handler: (req) => schemes.getScheme(deps, ctxOf(req), req.params.id),
    });
    r.post(base, {
      config: { action: 'assessments.manage' },
      schema: { tags, body: schemeInput, response: { 200: created } },
      handler: (req) => schemes.createScheme(deps, ctxOf(req), req.body),
    });
    r.put(`${base}/:id`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, body: schemeUpdate, response: { 200: created } },
      handler: (req) => schemes.updateScheme(deps, ctxOf(req), req.params.id, req.body),
    });
    r.put(`${base}/:id/units`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, body: schemeUnitsInput, response: { 200: created } },
      handler: (req) => schemes.setSchemeUnits(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post(`${base}/:id/start`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, body: versionOnly, response: { 200: created } },
      handler: (req) => schemes.startScoring(deps, ctxOf(req), req.params.id, req.body.version),
    });
    r.post(`${base}/:id/derive`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, response: { 200: created } },
      handler: (req) => schemes.deriveScheme(deps, ctxOf(req), req.params.id),
    });

    r.post(`${base}/:id/bodies`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, body: bodyInput, response: { 200: created } },
      handler: (req) => structure.createBody(deps, ctxOf(req), req.params.id, req.body),
    });
    r.put(`${base}/:id/bodies/:childId`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: childParams, body: bodyUpdate, response: { 200: created } },
      handler: (req) => structure.updateBody(deps, ctxOf(req), req.params.id, req.params.childId, req.body),
    });
    r.delete(`${base}/:id/bodies/:childId`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: childParams, response: { 200: ok } },
      handler: async (req) => {
        await structure.deleteBody(deps, ctxOf(req), req.params.id, req.params.childId);
        return { ok: true as const };
      },
    });

    r.post(`${base}/:id/indicators`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, body: indicatorInput, response: { 200: created } },
      handler: (req) => structure.createIndicator(deps, ctxOf(req), req.params.id, req.body),
    });
    r.put(`${base}/:id/indicators/:childId`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: childParams, body: indicatorUpdate, response: { 200: created } },
      handler: (req) =>
        structure.updateIndicator(deps, ctxOf(req), req.params.id, req.params.childId, req.body),
    });
    r.delete(`${base}/:id/indicators/:childId`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: childParams, response: { 200: ok } },
      handler: async (req) => {
        await structure.deleteIndicator(deps, ctxOf(req), req.params.id, req.params.childId);
        return { ok: true as const };
      },
    });
  };
}
