import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as c from '../../../common/inspections.js';
import { id, pageOf } from '../../../common/validation.js';
import type { Deps } from '../../platform/deps.js';
import { registerFileOwner } from '../../platform/files/service.js';
import { ctxOf } from '../../platform/http.js';
import * as checkItems from './services/check-items.js';
import * as corrections from './services/corrections.js';
import * as plans from './services/plans.js';
import * as records from './services/records.js';
import * as registers from './services/registers.js';
import * as selection from './services/selection.js';
import * as sessions from './services/sessions.js';
import * as studyPlans from './services/study-plans.js';
import { todos } from './services/todos.js';

const idParams = z.object({ id });
const created = z.object({ id: z.number() });
const tags = ['inspections'];
const P = '/api/inspections';

export function inspectionsRoutes(deps: Deps) {
  registerFileOwner(sessions.STUDY_PLAN_OWNER, (d, ctx, ownerId) =>
    studyPlans.canReadStudyPlan(d, ctx, ownerId),
  );
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    // ---- plans ----
    r.get(`${P}/plans`, {
      config: { action: 'inspections.read' },
      schema: { tags, querystring: c.planListQuery, response: { 200: z.array(c.planSummary) } },
      handler: (req) => plans.listPlans(deps, ctxOf(req), req.query.year),
    });
    r.get(`${P}/plans/:id`, {
      config: { action: 'inspections.read' },
      schema: { tags, params: idParams, response: { 200: c.planDetail } },
      handler: (req) => plans.getPlan(deps, ctxOf(req), req.params.id),
    });
    r.post(`${P}/plans`, {
      config: { action: 'inspections.plan.manage' },
      schema: { tags, body: c.planInput, response: { 200: created } },
      handler: (req) => plans.createPlan(deps, ctxOf(req), req.body),
    });
    r.put(`${P}/plans/:id`, {
      config: { action: 'inspections.plan.manage' },
      schema: { tags, params: idParams, body: c.planUpdate, response: { 200: created } },
      handler: (req) => plans.updatePlan(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post(`${P}/plans/:id/issue`, {
      config: { action: 'inspections.plan.manage' },
      schema: {
        tags,
        params: idParams,
        body: c.versionOnly,
        response: { 200: z.object({ id: z.number(), docNo: z.string() }) },
      },
      handler: (req) => plans.issuePlan(deps, ctxOf(req), req.params.id, req.body.version),
    });
    r.get(`${P}/plans/:id/calendar`, {
      config: { action: 'inspections.read' },
      schema: {
        tags,
        params: idParams,
        querystring: c.calendarQuery,
        response: { 200: z.array(c.calendarRow) },
      },
      handler: (req) => sessions.calendar(deps, ctxOf(req), req.params.id, req.query.areaId),
    });
    r.get(`${P}/progress`, {
      config: { action: 'inspections.read' },
      schema: { tags, querystring: c.progressQuery, response: { 200: c.progress } },
      handler: (req) => registers.progress(deps, ctxOf(req), req.query.from, req.query.to, req.query.areaId),
    });

    // ---- sessions ----
    r.get(`${P}/sessions`, {
      config: { action: 'inspections.read' },
      schema: { tags, querystring: c.sessionListQuery, response: { 200: pageOf(c.sessionSummary) } },
      handler: (req) => sessions.listSessions(deps, ctxOf(req), req.query),
    });
    r.get(`${P}/sessions/:id`, {
      config: { action: 'inspections.read' },
      schema: { tags, params: idParams, response: { 200: c.sessionDetail } },
      handler: (req) => sessions.getSession(deps, ctxOf(req), req.params.id),
    });
    r.put(`${P}/sessions/:id/schedule`, {
      config: { action: 'inspections.plan.manage' },
      schema: { tags, params: idParams, body: c.scheduleInput, response: { 200: created } },
      handler: (req) => sessions.scheduleSession(deps, ctxOf(req), req.params.id, req.body),
    });
    r.get(`${P}/sessions/:id/team-candidates`, {
      config: { action: 'inspections.plan.manage' },
      schema: { tags, params: idParams, response: { 200: z.array(c.teamMember) } },
      handler: (req) => sessions.teamCandidates(deps, ctxOf(req), req.params.id),
    });
    r.put(`${P}/sessions/:id/team`, {
      config: { action: 'inspections.plan.manage' },
      schema: { tags, params: idParams, body: c.teamInput, response: { 200: created } },
      handler: (req) => sessions.setTeam(deps, ctxOf(req), req.params.id, req.body),
    });

    // ---- study plans ----
    r.post(`${P}/sessions/:id/study-plans`, {
      config: { action: 'inspections.studyPlan.submit' },
      schema: {
        tags,
        params: idParams,
        body: c.studyPlanInput,
        response: { 200: z.object({ id: z.number(), versionNo: z.number(), late: z.boolean() }) },
      },
      handler: (req) => studyPlans.submitStudyPlan(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post(`${P}/study-plans/:id/return`, {
      config: { action: 'inspections.studyPlan.review' },
      schema: { tags, params: idParams, body: c.returnInput, response: { 200: created } },
      handler: (req) => studyPlans.returnStudyPlan(deps, ctxOf(req), req.params.id, req.body.reason),
    });

    r.post(`${P}/study-plans/:id/accept`, {
      config: { action: 'inspections.studyPlan.review' },
      schema: { tags, params: idParams, body: c.acceptInput, response: { 200: created } },
      handler: (req) => studyPlans.acceptStudyPlan(deps, ctxOf(req), req.params.id, req.body.comment),
    });

    // ---- records ----
    r.put(`${P}/sessions/:id/record`, {
      config: { action: 'inspections.record.write' },
      schema: { tags, params: idParams, body: c.recordInput, response: { 200: created } },
      handler: (req) => records.saveRecord(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post(`${P}/sessions/:id/record/submit`, {
      config: { action: 'inspections.record.write' },
      schema: { tags, params: idParams, body: c.versionOnly, response: { 200: created } },
      handler: (req) => records.submitRecord(deps, ctxOf(req), req.params.id, req.body.version),
    });
    r.post(`${P}/sessions/:id/record/corrections`, {
      config: { action: 'inspections.record.write' },
      schema: { tags, params: idParams, body: c.correctionInput, response: { 200: created } },
      handler: (req) => corrections.correctRecord(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post(`${P}/sessions/:id/feedback/ack`, {
      config: { action: 'inspections.feedback.ack' },
      schema: { tags, params: idParams, body: c.versionOnly, response: { 200: created } },
      handler: (req) => records.acknowledgeFeedback(deps, ctxOf(req), req.params.id, req.body.version),
    });

    // ---- checklist ----
    r.get(`${P}/check-items`, {
      config: { action: 'inspections.read' },
      schema: { tags, response: { 200: z.array(c.checkItem) } },
      handler: (req) => checkItems.listCheckItems(deps, ctxOf(req)),
    });
    r.post(`${P}/check-items`, {
      config: { action: 'inspections.plan.manage' },
      schema: { tags, body: c.checkItemInput, response: { 200: created } },
      handler: (req) => checkItems.createCheckItem(deps, ctxOf(req), req.body),
    });
    r.put(`${P}/check-items/:id`, {
      config: { action: 'inspections.plan.manage' },
      schema: { tags, params: idParams, body: c.checkItemUpdate, response: { 200: created } },
      handler: (req) => checkItems.updateCheckItem(deps, ctxOf(req), req.params.id, req.body),
    });

    // ---- registers, ranking, selection ----
    r.get(`${P}/registers/:kind`, {
      config: { action: 'inspections.read' },
      schema: {
        tags,
        params: c.registerKindParams,
        querystring: c.registerQuery,
        response: { 200: pageOf(c.registerRow) },
      },
      handler: (req) => registers.listRegister(deps, ctxOf(req), req.params.kind, req.query),
    });
    r.get(`${P}/registers/:kind/export`, {
      config: { action: 'inspections.read' },
      schema: { tags, params: c.registerKindParams, querystring: c.registerQuery },
      handler: (req, reply) => registers.exportRegister(deps, ctxOf(req), req.params.kind, req.query, reply),
    });
    r.get(`${P}/ranking`, {
      config: { action: 'inspections.ranking.read' },
      schema: { tags, querystring: c.yearQuery, response: { 200: z.array(c.rankingRow) } },
      handler: (req) => registers.ranking(deps, ctxOf(req), req.query.year),
    });
    r.get(`${P}/selections`, {
      config: { action: 'inspections.ranking.read' },
      schema: { tags, querystring: c.yearQuery, response: { 200: z.array(c.selection) } },
      handler: (req) => selection.listSelections(deps, ctxOf(req), req.query.year),
    });
    r.post(`${P}/selections`, {
      config: { action: 'inspections.selection.manage' },
      schema: { tags, body: c.nominationInput, response: { 200: created } },
      handler: (req) => selection.nominate(deps, ctxOf(req), req.body),
    });
    r.post(`${P}/selections/:id/approve`, {
      config: { action: 'inspections.selection.approve' },
      schema: { tags, params: idParams, body: c.approvalInput, response: { 200: created } },
      handler: (req) => selection.approve(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post(`${P}/selections/:id/publicize`, {
      config: { action: 'inspections.selection.manage' },
      schema: { tags, params: idParams, body: c.publicityInput, response: { 200: created } },
      handler: (req) => selection.publicize(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post(`${P}/selections/:id/objections`, {
      config: { action: 'inspections.selection.manage' },
      schema: { tags, params: idParams, body: c.objectionInput, response: { 200: created } },
      handler: (req) => selection.addObjection(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post(`${P}/selections/:id/finalize`, {
      config: { action: 'inspections.selection.manage' },
      schema: { tags, params: idParams, body: c.finalizeInput, response: { 200: created } },
      handler: (req) => selection.finalize(deps, ctxOf(req), req.params.id, req.body),
    });

    r.get(`${P}/todos`, {
      config: { action: 'inspections.read' },
      schema: { tags, response: { 200: z.array(c.todo) } },
      handler: (req) => todos(deps, ctxOf(req)),
    });
  };
}
