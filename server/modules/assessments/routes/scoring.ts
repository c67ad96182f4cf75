import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ballot,
  ballotImportResult,
  ballotsInput,
  explanation,
  prefillInput,
  resultsOut,
  scoreChange,
  scoreHistoryQuery,
  scoreInput,
  scoreSheet,
  scoreSheetQuery,
  versionOnly,
  veto,
  vetoInput,
} from '../../../../common/assessments.js';
import { id } from '../../../../common/validation.js';
import type { Deps } from '../../../platform/deps.js';
import { ctxOf } from '../../../platform/http.js';
import { importBallots } from '../services/ballot-import.js';
import { sendBallotTemplate } from '../services/ballot-template.js';
import * as ballots from '../services/ballots.js';
import * as results from '../services/results.js';
import * as scoring from '../services/scoring.js';
import { uploadedXlsx } from './upload.js';

const idParams = z.object({ id });
const unitParams = z.object({ id, unitId: id });
const created = z.object({ id: z.number() });
const ok = z.object({ ok: z.literal(true) });

export function scoringRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['assessments'];
    const base = '/api/assessments/schemes/:id';

    r.get(`${base}/scores`, {
      config: { action: 'assessments.score' },
      schema: { tags, params: idParams, querystring: scoreSheetQuery, response: { 200: scoreSheet } },
      handler: (req) => scoring.scoreSheet(deps, ctxOf(req), req.params.id, req.query.unitId),
    });
    r.post(`${base}/scores`, {
      config: { action: 'assessments.score' },
      schema: {
        tags,
        params: idParams,
        body: scoreInput,
        response: { 200: z.object({ changed: z.number() }) },
      },
      handler: (req) => scoring.saveScores(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post(`${base}/scores/prefill`, {
      config: { action: 'assessments.score' },
      schema: {
        tags,
        params: idParams,
        body: prefillInput,
        response: { 200: z.object({ filled: z.number(), changed: z.number() }) },
      },
      handler: (req) => scoring.prefillScores(deps, ctxOf(req), req.params.id, req.body.indicatorId),
    });
    r.get(`${base}/scores/history`, {
      config: { action: 'assessments.score' },
      schema: {
        tags,
        params: idParams,
        querystring: scoreHistoryQuery,
        response: { 200: z.array(scoreChange) },
      },
      handler: (req) => scoring.scoreHistory(deps, ctxOf(req), req.params.id, req.query),
    });

    r.get(`${base}/ballots`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, response: { 200: z.array(ballot) } },
      handler: (req) => ballots.listBallots(deps, ctxOf(req), req.params.id),
    });
    r.put(`${base}/ballots`, {
      config: { action: 'assessments.manage' },
      schema: {
        tags,
        params: idParams,
        body: ballotsInput,
        response: { 200: z.object({ saved: z.number() }) },
      },
      handler: (req) => ballots.saveBallots(deps, ctxOf(req), req.params.id, req.body.items, 'form'),
    });

    r.get(`${base}/ballots/template`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, summary: '测评票数导入模板（Excel，含参评单位与已录票数）' },
      handler: (req, reply) => sendBallotTemplate(deps, ctxOf(req), req.params.id, reply),
    });
    r.post(`${base}/ballots/import`, {
      config: { action: 'assessments.manage' },
      schema: {
        tags,
        params: idParams,
        summary: '从Excel导入测评票数（multipart，字段 file；全部成功或全部不导入）',
        response: { 200: ballotImportResult },
      },
      handler: async (req) => importBallots(deps, ctxOf(req), req.params.id, await uploadedXlsx(req)),
    });

    r.get(`${base}/vetoes`, {
      config: { action: 'assessments.results' },
      schema: { tags, params: idParams, response: { 200: z.array(veto) } },
      handler: async (req) => {
        const ctx = ctxOf(req);
        const rows = await ballots.listVetoes(deps, ctx, req.params.id);
        return ctx.scope === 'tenant' ? rows : rows.filter((v) => v.unitId === ctx.user.unitId);
      },
    });
    r.post(`${base}/vetoes`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, body: vetoInput, response: { 200: created } },
      handler: (req) => ballots.addVeto(deps, ctxOf(req), req.params.id, req.body),
    });
    r.delete(`${base}/vetoes/:unitId`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: unitParams, response: { 200: ok } },
      handler: async (req) => {
        await ballots.removeVeto(deps, ctxOf(req), req.params.id, req.params.unitId);
        return { ok: true as const };
      },
    });

    r.get(`${base}/results`, {
      config: { action: 'assessments.results' },
      schema: { tags, params: idParams, response: { 200: resultsOut } },
      handler: (req) => results.getResults(deps, ctxOf(req), req.params.id),
    });
    r.get(`${base}/results/:unitId`, {
      config: { action: 'assessments.results' },
      schema: { tags, params: unitParams, response: { 200: explanation } },
      handler: (req) => results.getExplanation(deps, ctxOf(req), req.params.id, req.params.unitId),
    });
    r.post(`${base}/publish`, {
      config: { action: 'assessments.manage' },
      schema: { tags, params: idParams, body: versionOnly, response: { 200: created } },
      handler: (req) => results.publishResults(deps, ctxOf(req), req.params.id, req.body.version),
    });
  };
}
