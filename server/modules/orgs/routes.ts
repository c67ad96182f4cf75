import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  area,
  areaInput,
  areaUpdate,
  department,
  partyOrg,
  partyOrgInput,
  partyOrgListQuery,
  partyOrgUpdate,
  unit,
  unitInput,
  unitListQuery,
  unitOption,
  unitOptionsQuery,
  unitUpdate,
} from '../../../common/orgs.js';
import { id, pageOf } from '../../../common/validation.js';
import type { Deps } from '../../platform/deps.js';
import { ctxOf } from '../../platform/http.js';
import { orgsExcelRoutes } from './import-routes.js';
import * as orgs from './service.js';

const idParams = z.object({ id });
const created = z.object({ id: z.number() });
const ok = z.object({ ok: z.literal(true) });
type TreeNode = z.infer<typeof partyOrg> & { children: TreeNode[] };
const treeNode: z.ZodType<TreeNode> = partyOrg.extend({ children: z.lazy(() => z.array(treeNode)) });

export function orgsRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['orgs'];
    await app.register(orgsExcelRoutes(deps));

    r.get('/api/orgs/departments', {
      config: { action: 'orgs.read' },
      schema: { tags, response: { 200: z.array(department) } },
      handler: (req) => orgs.listDepartments(deps, ctxOf(req)),
    });

    r.get('/api/orgs/area-leader-candidates', {
      config: { action: 'orgs.write' },
      schema: { tags, response: { 200: z.array(z.object({ id: z.number(), displayName: z.string() })) } },
      handler: (req) => orgs.listAreaLeaderCandidates(deps, ctxOf(req)),
    });
    r.get('/api/orgs/areas', {
      config: { action: 'orgs.read' },
      schema: { tags, response: { 200: z.array(area) } },
      handler: (req) => orgs.listAreas(deps, ctxOf(req)),
    });
    r.post('/api/orgs/areas', {
      config: { action: 'orgs.write' },
      schema: { tags, body: areaInput, response: { 200: created } },
      handler: (req) => orgs.createArea(deps, ctxOf(req), req.body),
    });
    r.put('/api/orgs/areas/:id', {
      config: { action: 'orgs.write' },
      schema: { tags, params: idParams, body: areaUpdate, response: { 200: created } },
      handler: (req) => orgs.updateArea(deps, ctxOf(req), req.params.id, req.body),
    });
    r.delete('/api/orgs/areas/:id', {
      config: { action: 'orgs.write' },
      schema: { tags, params: idParams, response: { 200: ok } },
      handler: async (req) => {
        await orgs.deleteArea(deps, ctxOf(req), req.params.id);
        return { ok: true as const };
      },
    });

    r.get('/api/orgs/categories', {
      config: { action: 'orgs.read' },
      schema: { tags, response: { 200: z.array(z.string()) } },
      handler: (req) => orgs.listCategories(deps, ctxOf(req)),
    });
    r.get('/api/orgs/units', {
      config: { action: 'orgs.read' },
      schema: { tags, querystring: unitListQuery, response: { 200: pageOf(unit) } },
      handler: (req) => orgs.listUnits(deps, ctxOf(req), req.query),
    });
    r.get('/api/orgs/unit-options', {
      config: { action: 'orgs.read' },
      schema: { tags, querystring: unitOptionsQuery, response: { 200: z.array(unitOption) } },
      handler: (req) => orgs.listUnitOptions(deps, ctxOf(req), req.query),
    });
    r.get('/api/orgs/units/:id', {
      config: { action: 'orgs.read' },
      schema: { tags, params: idParams, response: { 200: unit } },
      handler: (req) => orgs.getUnit(deps, ctxOf(req), req.params.id),
    });
    r.get('/api/orgs/units/:id/party-orgs/tree', {
      config: { action: 'orgs.read' },
      schema: { tags, params: idParams, response: { 200: z.array(treeNode) } },
      handler: (req) => orgs.partyOrgTree(deps, ctxOf(req), req.params.id),
    });
    r.post('/api/orgs/units', {
      config: { action: 'orgs.write' },
      schema: { tags, body: unitInput, response: { 200: created } },
      handler: (req) => orgs.createUnit(deps, ctxOf(req), req.body),
    });
    r.put('/api/orgs/units/:id', {
      config: { action: 'orgs.unit.edit' },
      schema: { tags, params: idParams, body: unitUpdate, response: { 200: created } },
      handler: (req) => orgs.updateUnit(deps, ctxOf(req), req.params.id, req.body),
    });
    r.delete('/api/orgs/units/:id', {
      config: { action: 'orgs.write' },
      schema: { tags, params: idParams, response: { 200: ok } },
      handler: async (req) => {
        await orgs.deleteUnit(deps, ctxOf(req), req.params.id);
        return { ok: true as const };
      },
    });

    r.get('/api/orgs/party-orgs', {
      config: { action: 'orgs.read' },
      schema: { tags, querystring: partyOrgListQuery, response: { 200: pageOf(partyOrg) } },
      handler: (req) => orgs.listPartyOrgs(deps, ctxOf(req), req.query),
    });
    r.post('/api/orgs/party-orgs', {
      config: { action: 'orgs.unit.edit' },
      schema: { tags, body: partyOrgInput, response: { 200: created } },
      handler: (req) => orgs.createPartyOrg(deps, ctxOf(req), req.body),
    });
    r.put('/api/orgs/party-orgs/:id', {
      config: { action: 'orgs.unit.edit' },
      schema: { tags, params: idParams, body: partyOrgUpdate, response: { 200: created } },
      handler: (req) => orgs.updatePartyOrg(deps, ctxOf(req), req.params.id, req.body),
    });
    r.delete('/api/orgs/party-orgs/:id', {
      config: { action: 'orgs.unit.edit' },
      schema: { tags, params: idParams, response: { 200: ok } },
      handler: async (req) => {
        await orgs.deletePartyOrg(deps, ctxOf(req), req.params.id);
        return { ok: true as const };
      },
    });
  };
}
