import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  briefing,
  briefingInput,
  briefingListQuery,
  briefingSummary,
  briefingUpdate,
  newsInput,
  newsItem,
  newsListQuery,
  newsUpdate,
  series,
  seriesInput,
  seriesUpdate,
  transitionInput,
} from '../../../common/publications.js';
import { id, pageOf, versionBody } from '../../../common/validation.js';
import type { Deps } from '../../platform/deps.js';
import { contentDisposition } from '../../platform/files/routes.js';
import { ctxOf } from '../../platform/http.js';
import * as briefings from './briefings-service.js';
import * as news from './news-service.js';
import { publicRoutes } from './public-routes.js';

const idParams = z.object({ id });
const created = z.object({ id: z.number() });
const ok = z.object({ ok: z.literal(true) });
const tags = ['publications'];
const version = z.object(versionBody);

export function publicationsRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    await app.register(publicRoutes(deps));

    // ---- series ----
    r.get('/api/publications/series', {
      config: { action: 'publications.read' },
      schema: { tags, response: { 200: z.array(series) } },
      handler: (req) => briefings.listSeries(deps, ctxOf(req)),
    });
    r.post('/api/publications/series', {
      config: { action: 'publications.manage' },
      schema: { tags, body: seriesInput, response: { 200: created } },
      handler: (req) => briefings.createSeries(deps, ctxOf(req), req.body),
    });
    r.put('/api/publications/series/:id', {
      config: { action: 'publications.manage' },
      schema: { tags, params: idParams, body: seriesUpdate, response: { 200: created } },
      handler: (req) => briefings.updateSeries(deps, ctxOf(req), req.params.id, req.body),
    });
    r.delete('/api/publications/series/:id', {
      config: { action: 'publications.manage' },
      schema: { tags, params: idParams, response: { 200: ok } },
      handler: async (req) => {
        await briefings.deleteSeries(deps, ctxOf(req), req.params.id);
        return { ok: true as const };
      },
    });

    // ---- briefings ----
    r.get('/api/publications/briefings', {
      config: { action: 'publications.read' },
      schema: { tags, querystring: briefingListQuery, response: { 200: pageOf(briefingSummary) } },
      handler: (req) => briefings.listBriefings(deps, ctxOf(req), req.query),
    });
    r.get('/api/publications/briefings/:id', {
      config: { action: 'publications.read' },
      schema: { tags, params: idParams, response: { 200: briefing } },
      handler: (req) => briefings.getBriefing(deps, ctxOf(req), req.params.id),
    });
    r.get('/api/publications/briefings/:id/docx', {
      config: { action: 'publications.read' },
      schema: { tags, params: idParams },
      handler: async (req, reply) => {
        const { buffer, fileName } = await briefings.exportBriefing(deps, ctxOf(req), req.params.id);
        reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          .header('content-disposition', contentDisposition(fileName));
        return reply.send(buffer);
      },
    });
    r.post('/api/publications/briefings', {
      config: { action: 'publications.manage' },
      schema: { tags, body: briefingInput, response: { 200: created } },
      handler: (req) => briefings.createBriefing(deps, ctxOf(req), req.body),
    });
    r.put('/api/publications/briefings/:id', {
      config: { action: 'publications.manage' },
      schema: { tags, params: idParams, body: briefingUpdate, response: { 200: created } },
      handler: (req) => briefings.updateBriefing(deps, ctxOf(req), req.params.id, req.body),
    });
    r.delete('/api/publications/briefings/:id', {
      config: { action: 'publications.manage' },
      schema: { tags, params: idParams, response: { 200: ok } },
      handler: async (req) => {
        await briefings.deleteBriefing(deps, ctxOf(req), req.params.id);
        return { ok: true as const };
      },
    });
    const transitioned = z.object({ id: z.number(), number: z.number().nullable() });
    r.post('/api/publications/briefings/:id/submit', {
      config: { action: 'publications.manage' },
      schema: { tags, params: idParams, body: transitionInput, response: { 200: transitioned } },
      handler: (req) => briefings.transitionBriefing(deps, ctxOf(req), req.params.id, 'submit', req.body),
    });
    r.post('/api/publications/briefings/:id/return', {
      config: { action: 'publications.publish' },
      schema: { tags, params: idParams, body: transitionInput, response: { 200: transitioned } },
      handler: (req) => briefings.transitionBriefing(deps, ctxOf(req), req.params.id, 'return', req.body),
    });
    r.post('/api/publications/briefings/:id/publish', {
      config: { action: 'publications.publish' },
      schema: { tags, params: idParams, body: transitionInput, response: { 200: transitioned } },
      handler: (req) => briefings.transitionBriefing(deps, ctxOf(req), req.params.id, 'publish', req.body),
    });
    r.put('/api/publications/briefings/:id/public', {
      config: { action: 'publications.publish' },
      schema: {
        tags,
        params: idParams,
        body: version.extend({ isPublic: z.boolean() }),
        response: { 200: created },
      },
      handler: (req) => briefings.setBriefingPublic(deps, ctxOf(req), req.params.id, req.body),
    });

    // ---- news ----
    r.get('/api/publications/news', {
      config: { action: 'publications.read' },
      schema: { tags, querystring: newsListQuery, response: { 200: pageOf(newsItem) } },
      handler: (req) => news.listNews(deps, ctxOf(req), req.query),
    });
    r.get('/api/publications/news/:id', {
      config: { action: 'publications.read' },
      schema: { tags, params: idParams, response: { 200: newsItem } },
      handler: (req) => news.getNews(deps, ctxOf(req), req.params.id),
    });
    r.post('/api/publications/news', {
      config: { action: 'publications.manage' },
      schema: { tags, body: newsInput, response: { 200: created } },
      handler: (req) => news.createNews(deps, ctxOf(req), req.body),
    });
    r.put('/api/publications/news/:id', {
      config: { action: 'publications.manage' },
      schema: { tags, params: idParams, body: newsUpdate, response: { 200: created } },
      handler: (req) => news.updateNews(deps, ctxOf(req), req.params.id, req.body),
    });
    r.post('/api/publications/news/:id/publish', {
      config: { action: 'publications.publish' },
      schema: { tags, params: idParams, body: version, response: { 200: created } },
      handler: (req) => news.setNewsPublished(deps, ctxOf(req), req.params.id, req.body.version, true),
    });
    r.post('/api/publications/news/:id/unpublish', {
      config: { action: 'publications.publish' },
      schema: { tags, params: idParams, body: version, response: { 200: created } },
      handler: (req) => news.setNewsPublished(deps, ctxOf(req), req.params.id, req.body.version, false),
    });
    r.delete('/api/publications/news/:id', {
      config: { action: 'publications.manage' },
      schema: { tags, params: idParams, response: { 200: ok } },
      handler: async (req) => {
        await news.deleteNews(deps, ctxOf(req), req.params.id);
        return { ok: true as const };
      },
    });
  };
}
