import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditFacets, auditListQuery, auditRow } from '../../../common/audit.js';
import { pageOf } from '../../../common/validation.js';
import type { Deps } from '../deps.js';
import { ctxOf } from '../http.js';
import { findAuditFacets, findAuditRows } from './queries.js';
import { verifyChain } from './service.js';

export function auditRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/audit', {
      config: { action: 'audit.read' },
      schema: { tags: ['audit'], querystring: auditListQuery, response: { 200: pageOf(auditRow) } },
      handler: async (req) => {
        const { user } = ctxOf(req);
        const { page, pageSize, order, ...filter } = req.query;
        const { rows, total } = await findAuditRows(
          deps.db,
          {
            ...filter,
            tenantId: user.tenantId,
            from: filter.from && new Date(filter.from).toISOString(),
            to: filter.to && new Date(filter.to).toISOString(),
          },
          { offset: (page - 1) * pageSize, limit: pageSize, order },
        );
        return {
          items: rows.map(({ prevHash: _p, hash: _h, tenantId: _t, ...row }) => row),
          total,
          page,
          pageSize,
        };
      },
    });
    r.get('/api/audit/facets', {
      config: { action: 'audit.read' },
      schema: { tags: ['audit'], response: { 200: auditFacets } },
      handler: async (req) => {
        const { actions, actors } = await findAuditFacets(deps.db, ctxOf(req).user.tenantId);
        // One entry per actor id (a renamed account keeps its latest-sorted name).
        const byId = new Map(actors.map((a) => [a.actorId as number, a.actorName ?? '']));
        return { actions, actors: [...byId].map(([id, name]) => ({ id, name })) };
      },
    });
    r.get('/api/audit/verify', {
      config: { action: 'audit.read' },
      schema: {
        tags: ['audit'],
        response: { 200: z.object({ intact: z.boolean(), firstBrokenId: z.number().nullable() }) },
      },
      handler: async (req) => {
        const firstBrokenId = await verifyChain(deps.db, ctxOf(req).user.tenantId);
        return { intact: firstBrokenId === null, firstBrokenId };
      },
    });
  };
}
