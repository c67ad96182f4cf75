import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkInput,
  commitment,
  commitmentDetail,
  commitmentInput,
  commitmentListQuery,
  commitmentUpdate,
  publicCommitment,
} from '../../../common/commitments.js';
import { publicTenantQuery } from '../../../common/publications.js';
import { id, pageOf } from '../../../common/validation.js';
import type { Deps } from '../../platform/deps.js';
import { ctxOf } from '../../platform/http.js';
import * as commitments from './service.js';

const idParams = z.object({ id });
const created = z.object({ id: z.number() });

export function commitmentsRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['commitments'];
    const manage = { action: 'workStyle.manage' } as const;

    r.get('/api/commitments', {
      config: { action: 'workStyle.read' },
      schema: { tags, querystring: commitmentListQuery, response: { 200: pageOf(commitment) } },
      handler: (req) => commitments.listCommitments(deps, ctxOf(req), req.query),
    });
    r.post('/api/commitments', {
      config: manage,
      schema: { tags, body: commitmentInput, response: { 200: created } },
      handler: (req) => commitments.createCommitment(deps, ctxOf(req), req.body),
    });
    r.get('/api/commitments/:id', {
      config: { action: 'workStyle.read' },
      schema: { tags, params: idParams, response: { 200: commitmentDetail } },
      handler: (req) => commitments.getCommitment(deps, ctxOf(req), req.params.id),
    });
    r.put('/api/commitments/:id', {
      config: manage,
      schema: { tags, params: idParams, body: commitmentUpdate, response: { 200: created } },
      handler: (req) => commitments.updateCommitment(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/commitments/:id/checks', {
      config: manage,
      schema: { tags, params: idParams, body: checkInput, response: { 200: created } },
      handler: (req) => commitments.addCheck(deps, ctxOf(req), req.params.id, req.body),
    });
    // The public page (no login): one committee's commitments marked public, with only what was announced.
    r.get('/api/public/commitments', {
      config: { public: true },
      schema: { tags, querystring: publicTenantQuery, response: { 200: z.array(publicCommitment) } },
      handler: (req) => commitments.publicCommitments(deps, req.query.tenant),
    });
  };
}
