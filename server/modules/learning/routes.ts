import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attendanceInput,
  book,
  bookInput,
  bookListQuery,
  bookUpdate,
  coverage,
  coverageQuery,
  readingActivity,
  readingActivityInput,
  readingActivityListQuery,
  readingActivityUpdate,
  readingList,
  readingListInput,
  studyDay,
  studyDayInput,
  studyDayListQuery,
  studyDaySummary,
  studyDayUpdate,
  studyMaterial,
  studyMaterialInput,
  studyMaterialListQuery,
  studyMaterialUpdate,
  versionOnly,
  yearParams,
} from '../../../common/learning.js';
import { id, pageOf } from '../../../common/validation.js';
import type { Deps } from '../../platform/deps.js';
import { ctxOf } from '../../platform/http.js';
import * as activities from './activities-service.js';
import * as books from './books-service.js';
import * as materials from './materials-service.js';
import * as days from './study-days-service.js';

const idParams = z.object({ id });
const created = z.object({ id: z.number() });
const ok = z.object({ ok: z.literal(true) });
const tags = ['learning'];

export function learningRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    // ---- books and 荐读书目 ----
    r.get('/api/learning/books', {
      config: { action: 'learning.read' },
      schema: { tags, querystring: bookListQuery, response: { 200: pageOf(book) } },
      handler: (req) => books.listBooks(deps, ctxOf(req), req.query),
    });
    r.post('/api/learning/books', {
      config: { action: 'learning.manage' },
      schema: { tags, body: bookInput, response: { 200: created } },
      handler: (req) => books.createBook(deps, ctxOf(req), req.body),
    });
    r.put('/api/learning/books/:id', {
      config: { action: 'learning.manage' },
      schema: { tags, params: idParams, body: bookUpdate, response: { 200: created } },
      handler: (req) => books.updateBook(deps, ctxOf(req), req.params.id, req.body),
    });
    r.delete('/api/learning/books/:id', {
      config: { action: 'learning.manage' },
      schema: { tags, params: idParams, response: { 200: ok } },
      handler: async (req) => {
        await books.deleteBook(deps, ctxOf(req), req.params.id);
        return { ok: true as const };
      },
    });
    r.get('/api/learning/reading-lists', {
      config: { action: 'learning.read' },
      schema: {
        tags,
        response: { 200: z.array(z.object({ year: z.number(), title: z.string(), published: z.boolean() })) },
      },
      handler: (req) => books.listReadingLists(deps, ctxOf(req)),
    });
    r.get('/api/learning/reading-lists/:year', {
      config: { action: 'learning.read' },
      schema: { tags, params: yearParams, response: { 200: readingList } },
      handler: (req) => books.getReadingList(deps, ctxOf(req), req.params.year),
    });
    r.put('/api/learning/reading-lists/:year', {
      config: { action: 'learning.manage' },
      schema: { tags, params: yearParams, body: readingListInput, response: { 200: created } },
      handler: (req) => books.saveReadingList(deps, ctxOf(req), req.params.year, req.body),
    });

    // ---- 党务干部学习日 ----
    r.get('/api/learning/study-days', {
      config: { action: 'learning.read' },
      schema: { tags, querystring: studyDayListQuery, response: { 200: pageOf(studyDaySummary) } },
      handler: (req) => days.listStudyDays(deps, ctxOf(req), req.query),
    });
    r.get('/api/learning/study-days/:id', {
      config: { action: 'learning.read' },
      schema: { tags, params: idParams, response: { 200: studyDay } },
      handler: (req) => days.getStudyDay(deps, ctxOf(req), req.params.id),
    });
    r.post('/api/learning/study-days', {
      config: { action: 'learning.manage' },
      schema: { tags, body: studyDayInput, response: { 200: created } },
      handler: (req) => days.createStudyDay(deps, ctxOf(req), req.body),
    });
    r.put('/api/learning/study-days/:id', {
      config: { action: 'learning.manage' },
      schema: { tags, params: idParams, body: studyDayUpdate, response: { 200: created } },
      handler: (req) => days.updateStudyDay(deps, ctxOf(req), req.params.id, req.body),
    });
    r.put('/api/learning/study-days/:id/attendance', {
      config: { action: 'learning.manage' },
      schema: { tags, params: idParams, body: attendanceInput, response: { 200: created } },
      handler: (req) => days.recordAttendance(deps, ctxOf(req), req.params.id, req.body),
    });
    r.delete('/api/learning/study-days/:id', {
      config: { action: 'learning.manage' },
      schema: { tags, params: idParams, response: { 200: ok } },
      handler: async (req) => {
        await days.deleteStudyDay(deps, ctxOf(req), req.params.id);
        return { ok: true as const };
      },
    });

    // ---- unit reading activities ----
    r.get('/api/learning/activities', {
      config: { action: 'learning.read' },
      schema: { tags, querystring: readingActivityListQuery, response: { 200: pageOf(readingActivity) } },
      handler: (req) => activities.listActivities(deps, ctxOf(req), req.query),
    });
    r.get('/api/learning/activities/coverage', {
      config: { action: 'learning.read' },
      schema: { tags, querystring: coverageQuery, response: { 200: coverage } },
      handler: (req) => activities.coverage(deps, ctxOf(req), req.query),
    });
    r.get('/api/learning/activities/:id', {
      config: { action: 'learning.read' },
      schema: { tags, params: idParams, response: { 200: readingActivity } },
      handler: (req) => activities.getActivity(deps, ctxOf(req), req.params.id),
    });
    r.post('/api/learning/activities', {
      config: { action: 'learning.report' },
      schema: { tags, body: readingActivityInput, response: { 200: created } },
      handler: (req) => activities.createActivity(deps, ctxOf(req), req.body),
    });
    r.put('/api/learning/activities/:id', {
      config: { action: 'learning.report' },
      schema: { tags, params: idParams, body: readingActivityUpdate, response: { 200: created } },
      handler: (req) => activities.updateActivity(deps, ctxOf(req), req.params.id, req.body),
    });
    r.delete('/api/learning/activities/:id', {
      config: { action: 'learning.report' },
      schema: { tags, params: idParams, response: { 200: ok } },
      handler: async (req) => {
        await activities.deleteActivity(deps, ctxOf(req), req.params.id);
        return { ok: true as const };
      },
    });

    // ---- 《党员理论学习辅导材料》 ----
    r.get('/api/learning/materials', {
      config: { action: 'learning.read' },
      schema: { tags, querystring: studyMaterialListQuery, response: { 200: pageOf(studyMaterial) } },
      handler: (req) => materials.listMaterials(deps, ctxOf(req), req.query),
    });
    r.get('/api/learning/materials/:id', {
      config: { action: 'learning.read' },
      schema: { tags, params: idParams, response: { 200: studyMaterial } },
      handler: (req) => materials.getMaterial(deps, ctxOf(req), req.params.id),
    });
    r.post('/api/learning/materials', {
      config: { action: 'learning.manage' },
      schema: { tags, body: studyMaterialInput, response: { 200: created } },
      handler: (req) => materials.createMaterial(deps, ctxOf(req), req.body),
    });
    r.put('/api/learning/materials/:id', {
      config: { action: 'learning.manage' },
      schema: { tags, params: idParams, body: studyMaterialUpdate, response: { 200: created } },
      handler: (req) => materials.updateMaterial(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/learning/materials/:id/publish', {
      config: { action: 'learning.manage' },
      schema: {
        tags,
        params: idParams,
        body: versionOnly,
        response: { 200: z.object({ id: z.number(), number: z.number() }) },
      },
      handler: (req) => materials.publishMaterial(deps, ctxOf(req), req.params.id, req.body.version),
    });
    r.delete('/api/learning/materials/:id', {
      config: { action: 'learning.manage' },
      schema: { tags, params: idParams, response: { 200: ok } },
      handler: async (req) => {
        await materials.deleteMaterial(deps, ctxOf(req), req.params.id);
        return { ok: true as const };
      },
    });
  };
}
