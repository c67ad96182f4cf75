import type { z } from 'zod';
import { zh } from '../../../common/locale/index.js';
import {
  addMonths,
  type areaInput,
  type areaUpdate,
  type PartyOrgListQuery,
  type partyOrgInput,
  type partyOrgUpdate,
  type UnitListQuery,
  type UnitOptionsQuery,
  type unitInput,
  type unitUpdate,
} from '../../../common/orgs.js';
import type { Executor } from '../../db/connection.js';
import { assertReach, dataScope } from '../../platform/access.js';
import { mutate } from '../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { presentPartyOrg, presentUnit } from './presenters.js';
import * as q from './queries.js';

// ---- areas ---------------------------------------------------------------------------------

export async function listAreas(deps: Deps, ctx: RequestContext) {
  return (await q.findAreas(deps.db, ctx.user.tenantId)).map((a) => ({
    ...a,
    unitCount: Number(a.unitCount ?? 0),
  }));
}

async function checkAreaRefs(db: Executor, tenantId: number, input: z.infer<typeof areaInput>) {
  if (input.leaderUserId && !(await q.userExistsInTenant(db, tenantId, input.leaderUserId))) {
    throw fieldError('leaderUserId', zh.errors.notFound);
  }
  if (input.liaisonDepartmentId && !(await q.findDepartmentById(db, tenantId, input.liaisonDepartmentId))) {
    throw fieldError('liaisonDepartmentId', zh.errors.notFound);
  }
}

export function createArea(deps: Deps, ctx: RequestContext, input: z.infer<typeof areaInput>) {
  return mutate(deps.db, ctx, 'orgs.area.create', async (trx, audit) => {
    await checkAreaRefs(trx, ctx.user.tenantId, input);
    const now = clock.nowIso();
    const id = await q.insertArea(trx, {
      tenantId: ctx.user.tenantId,
      ...input,
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, { objectType: 'area', objectId: id, detail: input });
    return { id };
  });
}

export function updateArea(deps: Deps, ctx: RequestContext, id: number, input: z.infer<typeof areaUpdate>) {
  return mutate(deps.db, ctx, 'orgs.area.update', async (trx, audit) => {
    if (!(await q.findAreaById(trx, ctx.user.tenantId, id))) throw notFound();
    await checkAreaRefs(trx, ctx.user.tenantId, input);
    const { version, ...values } = input;
    if (!(await q.updateArea(trx, id, version, { ...values, updatedAt: clock.nowIso() }))) throw conflict();
    Object.assign(audit, { objectType: 'area', objectId: id, detail: values });
    return { id };
  });
}

export function deleteArea(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'orgs.area.delete', async (trx, audit) => {
    const area = await q.findAreaById(trx, ctx.user.tenantId, id);
    if (!area) throw notFound();
    await q.deleteArea(trx, id);
    Object.assign(audit, { objectType: 'area', objectId: id, detail: { name: area.name } });
  });
}

export function listAreaLeaderCandidates(deps: Deps, ctx: RequestContext) {
  return q.findAreaLeaderCandidates(deps.db, ctx.user.tenantId);
}

export function listDepartments(deps: Deps, ctx: RequestContext) {
  return q.findDepartments(deps.db, ctx.user.tenantId);
}

// ---- units -----------------------------------------------------------------------------------

export async function listUnits(deps: Deps, ctx: RequestContext, query: UnitListQuery) {
  const { rows, total } = await q.findUnits(deps.db, dataScope(ctx), query);
  return { items: rows.map(presentUnit), total, page: query.page, pageSize: query.pageSize };
}

export function listUnitOptions(deps: Deps, ctx: RequestContext, query: UnitOptionsQuery) {
  return q.findUnitOptions(deps.db, dataScope(ctx), query);
}

export function listCategories(deps: Deps, ctx: RequestContext) {
  return q.findCategories(deps.db, dataScope(ctx));
}

export async function getUnit(deps: Deps, ctx: RequestContext, id: number) {
  const row = await q.findUnitById(deps.db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  assertReach(ctx, { tenantId: row.tenantId, unitId: row.id, areaId: row.areaId });
  return presentUnit(row);
}

async function checkUnitRefs(
  db: Executor,
  tenantId: number,
  input: { areaId: number | null; code: string },
  selfId?: number,
) {
  if (input.areaId && !(await q.findAreaById(db, tenantId, input.areaId)))
    throw fieldError('areaId', zh.orgs.areaNotFound);
  const sameCode = await q.findUnitByCode(db, tenantId, input.code);
  if (sameCode && sameCode.id !== selfId) throw fieldError('code', zh.orgs.unitCodeTaken);
}

export function createUnit(deps: Deps, ctx: RequestContext, input: z.infer<typeof unitInput>) {
  return mutate(deps.db, ctx, 'orgs.unit.create', async (trx, audit) => {
    await checkUnitRefs(trx, ctx.user.tenantId, input);
    const now = clock.nowIso();
    const id = await q.insertUnit(trx, {
      tenantId: ctx.user.tenantId,
      ...input,
      isWindow: input.isWindow ? 1 : 0,
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, { objectType: 'unit', objectId: id, detail: input });
    return { id };
  });
}

/** Fields a unit's own admin may change; the rest (code, category, area …) belong to the committee. */
const UNIT_SELF_EDITABLE = ['shortName', 'contact', 'phone'] as const;

export function updateUnit(deps: Deps, ctx: RequestContext, id: number, input: z.infer<typeof unitUpdate>) {
  return mutate(deps.db, ctx, 'orgs.unit.update', async (trx, audit) => {
    const current = await q.findUnitById(trx, ctx.user.tenantId, id);
    if (!current) throw notFound();
    assertReach(ctx, { tenantId: current.tenantId, unitId: current.id, areaId: current.areaId });
    const { version, ...values } = input;
    if (ctx.scope !== 'tenant') {
      const changed = (Object.keys(values) as (keyof typeof values)[]).filter(
        (k) =>
          !(UNIT_SELF_EDITABLE as readonly string[]).includes(k) &&
          normalise(values[k]) !== normalise(current[k]),
      );
      if (changed.length)
        throw forbidden(`${zh.errors.forbidden}：${changed.map((k) => zh.fieldLabels[k] ?? k).join('、')}`);
    }
    await checkUnitRefs(trx, ctx.user.tenantId, input, id);
    const ok = await q.updateUnit(trx, id, version, {
      ...values,
      isWindow: values.isWindow ? 1 : 0,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    Object.assign(audit, { objectType: 'unit', objectId: id, detail: values });
    return { id };
  });
}

function normalise(value: unknown) {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value ?? null;
}

export function deleteUnit(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'orgs.unit.delete', async (trx, audit) => {
    const current = await q.findUnitById(trx, ctx.user.tenantId, id);
    if (!current) throw notFound();
    if ((await q.countPartyOrgsOfUnit(trx, id)) > 0) throw conflict(zh.orgs.unitHasOrgs);
    await q.deleteUnit(trx, id);
    Object.assign(audit, {
      objectType: 'unit',
      objectId: id,
      detail: { code: current.code, name: current.name },
    });
  });
}

// ---- party organisations -------------------------------------------------------------------------

export async function listPartyOrgs(deps: Deps, ctx: RequestContext, query: PartyOrgListQuery) {
  const today = shanghaiDate();
  const endsBy =
    query.termEndingWithinMonths !== undefined ? addMonths(today, query.termEndingWithinMonths) : null;
  const { rows, total } = await q.findPartyOrgs(deps.db, dataScope(ctx), query, endsBy);
  return {
    items: rows.map((r) => presentPartyOrg(r, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The party-organisation tree of one unit, as nested nodes. */
export async function partyOrgTree(deps: Deps, ctx: RequestContext, unitId: number) {
  const unit = await q.findUnitById(deps.db, ctx.user.tenantId, unitId);
  if (!unit) throw notFound();
  assertReach(ctx, { tenantId: unit.tenantId, unitId: unit.id, areaId: unit.areaId });
  const today = shanghaiDate();
  const rows = (await q.findPartyOrgsOfUnit(deps.db, ctx.user.tenantId, unitId)).map((r) =>
    presentPartyOrg(r, today),
  );
  type Node = (typeof rows)[number] & { children: Node[] };
  const nodes = new Map<number, Node>(rows.map((r) => [r.id, { ...r, children: [] }]));
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId !== null ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

async function checkPartyOrgRefs(
  db: Executor,
  ctx: RequestContext,
  input: z.infer<typeof partyOrgInput>,
  selfId?: number,
) {
  const unit = await q.findUnitById(db, ctx.user.tenantId, input.unitId);
  if (!unit) throw fieldError('unitId', zh.orgs.unitNotFound);
  assertReach(ctx, { tenantId: unit.tenantId, unitId: unit.id, areaId: unit.areaId });
  if (input.parentId) {
    const parent = await q.findPartyOrgById(db, ctx.user.tenantId, input.parentId);
    if (!parent || parent.unitId !== input.unitId) throw fieldError('parentId', zh.orgs.parentMustBeSameUnit);
    if (selfId && (await q.findAncestorIds(db, input.parentId)).includes(selfId))
      throw fieldError('parentId', zh.orgs.parentCycle);
  }
  if (input.termStart && input.termEnd && input.termEnd < input.termStart)
    throw fieldError('termEnd', zh.orgs.termOrder);
  const sameName = await q.findPartyOrgByName(db, input.unitId, input.name);
  if (sameName && sameName.id !== selfId) throw fieldError('name', zh.orgs.partyOrgNameTaken);
}

export function createPartyOrg(deps: Deps, ctx: RequestContext, input: z.infer<typeof partyOrgInput>) {
  return mutate(deps.db, ctx, 'orgs.partyOrg.create', async (trx, audit) => {
    await checkPartyOrgRefs(trx, ctx, input);
    const now = clock.nowIso();
    const id = await q.insertPartyOrg(trx, {
      tenantId: ctx.user.tenantId,
      ...input,
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, { objectType: 'partyOrg', objectId: id, detail: input });
    return { id };
  });
}

export function updatePartyOrg(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof partyOrgUpdate>,
) {
  return mutate(deps.db, ctx, 'orgs.partyOrg.update', async (trx, audit) => {
    const current = await q.findPartyOrgById(trx, ctx.user.tenantId, id);
    if (!current) throw notFound();
    assertReach(ctx, { tenantId: current.tenantId, unitId: current.unitId, areaId: current.areaId });
    await checkPartyOrgRefs(trx, ctx, input, id);
    const { version, ...values } = input;
    if (!(await q.updatePartyOrg(trx, id, version, { ...values, updatedAt: clock.nowIso() })))
      throw conflict();
    Object.assign(audit, { objectType: 'partyOrg', objectId: id, detail: values });
    return { id };
  });
}

export function deletePartyOrg(deps: Deps, ctx: RequestContext, id: number) {
  return mutate(deps.db, ctx, 'orgs.partyOrg.delete', async (trx, audit) => {
    const current = await q.findPartyOrgById(trx, ctx.user.tenantId, id);
    if (!current) throw notFound();
    assertReach(ctx, { tenantId: current.tenantId, unitId: current.unitId, areaId: current.areaId });
    if ((await q.countChildren(trx, id)) > 0) throw conflict(zh.orgs.hasChildren);
    await q.deletePartyOrg(trx, id);
    Object.assign(audit, { objectType: 'partyOrg', objectId: id, detail: { name: current.name } });
  });
}
