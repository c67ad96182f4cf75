import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adoption,
  adoptionInput,
  adoptionQuery,
  adoptionReview,
  mechanismDetail,
  mechanismInput,
  mechanismListQuery,
  mechanismSummary,
  mechanismUpdate,
} from '../../../common/mechanisms.js';
import { matrix } from '../../../common/tasks.js';
import { id, pageOf } from '../../../common/validation.js';
import type { Deps } from '../../platform/deps.js';
import { registerFileOwner } from '../../platform/files/service.js';
import { ctxOf } from '../../platform/http.js';
import * as mechanisms from './service.js';

const idParams = z.object({ id });
const created = z.object({ id: z.number() });

export function mechanismsRoutes(deps: Deps) {
  registerFileOwner(mechanisms.ADOPTION_FILE_OWNER, (d, ctx, ownerId) =>
    mechanisms.canSeeAdoption(d, ctx, ownerId),
  );
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['mechanisms'];

    r.get('/api/mechanisms', {
      config: { action: 'mechanisms.read' },
      schema: { tags, querystring: mechanismListQuery, response: { 200: pageOf(mechanismSummary) } },
      handler: (req) => mechanisms.listMechanisms(deps, ctxOf(req), req.query),
    });
    r.get('/api/mechanisms/:id', {
      config: { action: 'mechanisms.read' },
      schema: { tags, params: idParams, response: { 200: mechanismDetail } },
      handler: (req) => mechanisms.getMechanism(deps, ctxOf(req), req.params.id),
    });
    r.post('/api/mechanisms', {
      config: { action: 'mechanisms.manage' },
      schema: { tags, body: mechanismInput, response: { 200: created } },
      handler: (req) => mechanisms.createMechanism(deps, ctxOf(req), req.body),
    });
    r.put('/api/mechanisms/:id', {
      config: { action: 'mechanisms.manage' },
      schema: { tags, params: idParams, body: mechanismUpdate, response: { 200: created } },
      handler: (req) => mechanisms.updateMechanism(deps, ctxOf(req), req.params.id, req.body),
    });
    r.get('/api/mechanisms/:id/matrix', {
      config: { action: 'mechanisms.read' },
      schema: { tags, params: idParams, response: { 200: matrix } },
      handler: (req) => mechanisms.mechanismMatrix(deps, ctxOf(req), req.params.id),
    });
    r.get('/api/mechanisms/:id/adoptions', {
      config: { action: 'mechanisms.read' },
      schema: { tags, params: idParams, querystring: adoptionQuery, response: { 200: z.array(adoption) } },
      handler: (req) => mechanisms.listAdoptions(deps, ctxOf(req), req.params.id, req.query),
    });
    r.post('/api/mechanisms/:id/adoptions', {
      config: { action: 'mechanisms.report' },
      schema: { tags, params: idParams, body: adoptionInput, response: { 200: created } },
      handler: (req) => mechanisms.reportAdoption(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/mechanism-adoptions/:id/review', {
      config: { action: 'mechanisms.manage' },
      schema: { tags, params: idParams, body: adoptionReview, response: { 200: created } },
      handler: (req) => mechanisms.reviewAdoption(deps, ctxOf(req), req.params.id, req.body),
    });
  };
}
