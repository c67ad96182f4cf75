import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  extensionDecision,
  extensionRequest,
  matrix,
  matrixQuery,
  reminderInput,
  reportInput,
  reviewInput,
  slot,
  slotDetail,
  slotListQuery,
  task,
  taskAmend,
  taskInput,
  taskListQuery,
  taskUpdate,
  versionOnly,
} from '../../../common/tasks.js';
import { id, pageOf } from '../../../common/validation.js';
import { shanghaiDate } from '../../platform/clock.js';
import type { Deps } from '../../platform/deps.js';
import { registerFileOwner } from '../../platform/files/service.js';
import { ctxOf } from '../../platform/http.js';
import { amendTask } from './amend.js';
import * as tasks from './service.js';
import * as slots from './slots-service.js';

const idParams = z.object({ id });
const created = z.object({ id: z.number() });

export function tasksRoutes(deps: Deps) {
  registerFileOwner(slots.SLOT_FILE_OWNER, (d, ctx, ownerId) => slots.canSeeSlot(d, ctx, ownerId));
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['tasks'];

    r.get('/api/tasks', {
      config: { action: 'tasks.read' },
      schema: { tags, querystring: taskListQuery, response: { 200: pageOf(task) } },
      handler: (req) => tasks.listTasks(deps, ctxOf(req), req.query),
    });
    r.get('/api/tasks/matrix', {
      config: { action: 'tasks.read' },
      schema: { tags, querystring: matrixQuery, response: { 200: matrix } },
      handler: (req) =>
        tasks.overallMatrix(deps, ctxOf(req), req.query.year ?? Number(shanghaiDate().slice(0, 4))),
    });
    r.get('/api/tasks/:id', {
      config: { action: 'tasks.read' },
      schema: { tags, params: idParams, response: { 200: task } },
      handler: (req) => tasks.getTask(deps, ctxOf(req), req.params.id),
    });
    r.get('/api/tasks/:id/matrix', {
      config: { action: 'tasks.read' },
      schema: { tags, params: idParams, response: { 200: matrix } },
      handler: (req) => tasks.taskMatrix(deps, ctxOf(req), req.params.id),
    });
    r.post('/api/tasks', {
      config: { action: 'tasks.manage' },
      schema: { tags, body: taskInput, response: { 200: created } },
      handler: (req) => tasks.createTask(deps, ctxOf(req), req.body),
    });
    r.put('/api/tasks/:id', {
      config: { action: 'tasks.manage' },
      schema: { tags, params: idParams, body: taskUpdate, response: { 200: created } },
      handler: (req) => tasks.updateTask(deps, ctxOf(req), req.params.id, req.body),
    });
    r.delete('/api/tasks/:id', {
      config: { action: 'tasks.manage' },
      schema: { tags, params: idParams, response: { 200: z.object({ ok: z.literal(true) }) } },
      handler: async (req) => {
        await tasks.deleteTask(deps, ctxOf(req), req.params.id);
        return { ok: true as const };
      },
    });
    r.post('/api/tasks/:id/dispatch', {
      config: { action: 'tasks.manage' },
      schema: {
        tags,
        params: idParams,
        body: versionOnly,
        response: { 200: z.object({ id: z.number(), slots: z.number() }) },
      },
      handler: (req) => tasks.dispatchTask(deps, ctxOf(req), req.params.id, req.body.version),
    });
    r.post('/api/tasks/:id/amend', {
      config: { action: 'tasks.manage' },
      schema: {
        tags,
        params: idParams,
        body: taskAmend,
        response: { 200: z.object({ id: z.number(), notified: z.number(), moved: z.number() }) },
      },
      handler: (req) => amendTask(deps, ctxOf(req), req.params.id, req.body),
    });

    r.get('/api/task-slots', {
      config: { action: 'tasks.read' },
      schema: { tags, querystring: slotListQuery, response: { 200: pageOf(slot) } },
      handler: (req) => slots.listSlots(deps, ctxOf(req), req.query),
    });
    r.get('/api/task-slots/:id', {
      config: { action: 'tasks.read' },
      schema: { tags, params: idParams, response: { 200: slotDetail } },
      handler: (req) => slots.getSlot(deps, ctxOf(req), req.params.id),
    });
    r.post('/api/task-slots/:id/report', {
      config: { action: 'tasks.report' },
      schema: { tags, params: idParams, body: reportInput, response: { 200: created } },
      handler: (req) => slots.submitReport(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/task-slots/:id/review', {
      config: { action: 'tasks.manage' },
      schema: { tags, params: idParams, body: reviewInput, response: { 200: created } },
      handler: (req) => slots.reviewReport(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/task-slots/:id/extension', {
      config: { action: 'tasks.report' },
      schema: { tags, params: idParams, body: extensionRequest, response: { 200: created } },
      handler: (req) => slots.requestExtension(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/task-slots/:id/extension/decision', {
      config: { action: 'tasks.manage' },
      schema: { tags, params: idParams, body: extensionDecision, response: { 200: created } },
      handler: (req) => slots.decideExtension(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/task-slots/:id/remind', {
      config: { action: 'tasks.manage' },
      schema: { tags, params: idParams, body: reminderInput, response: { 200: created } },
      handler: (req) => slots.remind(deps, ctxOf(req), req.params.id, req.body),
    });
  };
}
