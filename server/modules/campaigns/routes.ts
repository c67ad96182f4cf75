import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  campaign,
  campaignInput,
  campaignListQuery,
  campaignUpdate,
  review,
  reviewInput,
  reviewListQuery,
  reviewUpdate,
  team,
  teamCandidate,
  teamInput,
  teamListQuery,
  teamUpdate,
  visit,
  visitInput,
  visitListQuery,
  visitUpdate,
} from '../../../common/campaigns.js';
import { id, pageOf } from '../../../common/validation.js';
import { can } from '../../platform/access.js';
import type { Deps } from '../../platform/deps.js';
import { registerFileOwner } from '../../platform/files/service.js';
import { ctxOf } from '../../platform/http.js';
import * as work from './fieldwork.js';
import * as q from './queries.js';
import * as reviews from './reviews.js';
import * as campaigns from './service.js';

const idParams = z.object({ id });
const created = z.object({ id: z.number() });

export function campaignsRoutes(deps: Deps) {
  // Photos of an 暗访 / visit: readable by whoever may read the visit.
  registerFileOwner('ws_visit', async (d, ctx, visitId) => {
    const row = await q.findVisitById(d.db, ctx.user.tenantId, visitId);
    return (
      !!row &&
      can(ctx.user, 'workStyle.read', { tenantId: row.tenantId, unitId: row.unitId, areaId: row.areaId })
    );
  });
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['workStyle'];
    const read = { action: 'workStyle.read' } as const;
    const manage = { action: 'workStyle.manage' } as const;

    r.get('/api/work-style/campaigns', {
      config: read,
      schema: { tags, querystring: campaignListQuery, response: { 200: pageOf(campaign) } },
      handler: (req) => campaigns.listCampaigns(deps, ctxOf(req), req.query),
    });
    r.post('/api/work-style/campaigns', {
      config: manage,
      schema: { tags, body: campaignInput, response: { 200: created } },
      handler: (req) => campaigns.createCampaign(deps, ctxOf(req), req.body),
    });
    r.get('/api/work-style/campaigns/:id', {
      config: read,
      schema: { tags, params: idParams, response: { 200: campaign } },
      handler: (req) => campaigns.getCampaign(deps, ctxOf(req), req.params.id),
    });
    r.put('/api/work-style/campaigns/:id', {
      config: manage,
      schema: { tags, params: idParams, body: campaignUpdate, response: { 200: created } },
      handler: (req) => campaigns.updateCampaign(deps, ctxOf(req), req.params.id, req.body),
    });

    r.get('/api/work-style/teams', {
      config: read,
      schema: { tags, querystring: teamListQuery, response: { 200: z.array(team) } },
      handler: (req) => work.listTeams(deps, ctxOf(req), req.query.campaignId),
    });
    r.get('/api/work-style/team-candidates', {
      config: manage,
      schema: { tags, response: { 200: z.array(teamCandidate) } },
      handler: (req) => work.teamCandidates(deps, ctxOf(req)),
    });
    r.post('/api/work-style/teams', {
      config: manage,
      schema: { tags, body: teamInput, response: { 200: created } },
      handler: (req) => work.createTeam(deps, ctxOf(req), req.body),
    });
    r.put('/api/work-style/teams/:id', {
      config: manage,
      schema: { tags, params: idParams, body: teamUpdate, response: { 200: created } },
      handler: (req) => work.updateTeam(deps, ctxOf(req), req.params.id, req.body),
    });

    r.get('/api/work-style/visits', {
      config: read,
      schema: { tags, querystring: visitListQuery, response: { 200: pageOf(visit) } },
      handler: (req) => work.listVisits(deps, ctxOf(req), req.query),
    });
    r.post('/api/work-style/visits', {
      config: manage,
      schema: { tags, body: visitInput, response: { 200: created } },
      handler: (req) => work.createVisit(deps, ctxOf(req), req.body),
    });
    r.get('/api/work-style/visits/:id', {
      config: read,
      schema: { tags, params: idParams, response: { 200: visit } },
      handler: (req) => work.getVisit(deps, ctxOf(req), req.params.id),
    });
    r.put('/api/work-style/visits/:id', {
      config: manage,
      schema: { tags, params: idParams, body: visitUpdate, response: { 200: created } },
      handler: (req) => work.updateVisit(deps, ctxOf(req), req.params.id, req.body),
    });

    r.get('/api/work-style/reviews', {
      config: read,
      schema: { tags, querystring: reviewListQuery, response: { 200: z.array(review) } },
      handler: (req) => reviews.listReviews(deps, ctxOf(req), req.query.campaignId),
    });
    r.post('/api/work-style/reviews', {
      config: manage,
      schema: { tags, body: reviewInput, response: { 200: created } },
      handler: (req) => reviews.createReview(deps, ctxOf(req), req.body),
    });
    r.get('/api/work-style/reviews/:id', {
      config: read,
      schema: { tags, params: idParams, response: { 200: review } },
      handler: (req) => reviews.getReview(deps, ctxOf(req), req.params.id),
    });
    r.put('/api/work-style/reviews/:id', {
      config: manage,
      schema: { tags, params: idParams, body: reviewUpdate, response: { 200: created } },
      handler: (req) => reviews.updateReview(deps, ctxOf(req), req.params.id, req.body),
    });
  };
}
