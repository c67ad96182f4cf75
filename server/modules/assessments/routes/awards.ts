import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  approveInput,
  award,
  awardInput,
  awardTodos,
  awardUpdate,
  awardWithdrawInput,
  objectionInput,
  resolveInput,
  versionOnly,
} from '../../../../common/assessments.js';
import { id } from '../../../../common/validation.js';
import type { Deps } from '../../../platform/deps.js';
import { ctxOf } from '../../../platform/http.js';
import { exportAward } from '../services/award-export.js';
import { awardTodos as todos } from '../services/award-todos.js';
import * as awards from '../services/awards.js';
import * as nominations from '../services/nominations.js';

const idParams = z.object({ id });
const objectionParams = z.object({ id, objectionId: id });
const created = z.object({ id: z.number() });
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function awardRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['assessments'];

    r.get('/api/assessments/schemes/:id/awards', {
      config: { action: 'assessments.results' },
      schema: { tags, params: idParams, response: { 200: z.array(award) } },
      handler: (req) => awards.listAwards(deps, ctxOf(req), req.params.id),
    });
    r.post('/api/assessments/schemes/:id/awards', {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, body: awardInput, response: { 200: created } },
      handler: (req) => awards.nominate(deps, ctxOf(req), req.params.id, req.body),
    });
    r.get('/api/assessments/awards/todos', {
      config: { action: 'assessments.approve' },
      schema: { tags, response: { 200: awardTodos } },
      handler: (req) => todos(deps, ctxOf(req)),
    });
    r.get('/api/assessments/awards/:id', {
      config: { action: 'assessments.results' },
      schema: { tags, params: idParams, response: { 200: award } },
      handler: (req) => awards.getAward(deps, ctxOf(req), req.params.id),
    });
    r.put('/api/assessments/awards/:id', {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, body: awardUpdate, response: { 200: created } },
      handler: (req) => nominations.updateNomination(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/assessments/awards/:id/withdraw', {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, body: awardWithdrawInput, response: { 200: created } },
      handler: (req) => nominations.withdrawNomination(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/assessments/awards/:id/decision', {
      config: { action: 'assessments.approve' },
      schema: { tags, params: idParams, body: approveInput, response: { 200: created } },
      handler: (req) => awards.decide(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/assessments/awards/:id/objections', {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, body: objectionInput, response: { 200: created } },
      handler: (req) => awards.recordObjection(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/assessments/awards/:id/objections/:objectionId/resolve', {
      config: { action: 'assessments.manage' },
      schema: { tags, params: objectionParams, body: resolveInput, response: { 200: created } },
      handler: (req) =>
        awards.resolveObjection(deps, ctxOf(req), req.params.id, req.params.objectionId, req.body),
    });
    r.post('/api/assessments/awards/:id/finalise', {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, body: versionOnly, response: { 200: created } },
      handler: (req) => awards.finalise(deps, ctxOf(req), req.params.id, req.body.version),
    });
    r.get('/api/assessments/awards/:id/export', {
      config: { action: 'assessments.results' },
      schema: { tags, params: idParams },
      handler: async (req, reply) => {
        const { buffer, filename } = await exportAward(deps, ctxOf(req), req.params.id);
        return reply
          .header('Content-Type', DOCX_MIME)
          .header(
            'Content-Disposition',
            `attachment; filename="award.docx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
          )
          .header('Cache-Control', 'no-store')
          .send(buffer);
      },
    });
  };
}
