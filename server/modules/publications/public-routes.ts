import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  publicBriefing,
  publicBriefingSummary,
  publicListQuery,
  publicNews,
  publicNewsSummary,
  publicSite,
  publicTenantQuery,
} from '../../../common/publications.js';
import { id, pageOf } from '../../../common/validation.js';
import type { Deps } from '../../platform/deps.js';
import * as pub from './public-service.js';

const idParams = z.object({ id });
const imageParams = z.object({ id, fileId: id.meta({ title: '图片' }) });
const tags = ['public'];
const config = { public: true };

/** The public 机关党建网站 API: no login, read-only, only what was published as public. */
export function publicRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/public/site', {
      config,
      schema: { tags, querystring: publicTenantQuery, response: { 200: publicSite } },
      handler: (req) => pub.site(deps, req.query.tenant),
    });
    r.get('/api/public/news', {
      config,
      schema: { tags, querystring: publicListQuery, response: { 200: pageOf(publicNewsSummary) } },
      handler: (req) => pub.listPublicNews(deps, req.query),
    });
    r.get('/api/public/news/:id', {
      config,
      schema: { tags, params: idParams, querystring: publicTenantQuery, response: { 200: publicNews } },
      handler: (req) => pub.getPublicNews(deps, req.params.id, req.query.tenant),
    });
    r.get('/api/public/news/:id/cover', {
      config,
      schema: { tags, params: idParams, querystring: publicTenantQuery },
      handler: async (req, reply) => {
        const { file, stream } = await pub.openPublicCover(deps, req.params.id, req.query.tenant);
        reply
          .header('content-type', file.mime)
          .header('content-length', file.size)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'public, max-age=300');
        return reply.send(stream);
      },
    });
    r.get('/api/public/news/:id/images/:fileId', {
      config,
      schema: { tags, params: imageParams, querystring: publicTenantQuery },
      handler: async (req, reply) => {
        const { file, stream } = await pub.openPublicImage(
          deps,
          req.params.id,
          req.params.fileId,
          req.query.tenant,
        );
        reply
          .header('content-type', file.mime)
          .header('content-length', file.size)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'public, max-age=300');
        return reply.send(stream);
      },
    });
    r.get('/api/public/briefings', {
      config,
      schema: { tags, querystring: publicListQuery, response: { 200: pageOf(publicBriefingSummary) } },
      handler: (req) => pub.listPublicBriefings(deps, req.query),
    });
    r.get('/api/public/briefings/:id', {
      config,
      schema: { tags, params: idParams, querystring: publicTenantQuery, response: { 200: publicBriefing } },
      handler: (req) => pub.getPublicBriefing(deps, req.params.id, req.query.tenant),
    });
  };
}
