import type { z } from 'zod';
import {
  TARGET_TYPES,
  type teamInput,
  type teamUpdate,
  type VisitInput,
  type VisitListQuery,
  type visitUpdate,
} from '../../../common/campaigns.js';
import { zh } from '../../../common/locale/index.js';
import type { Executor } from '../../db/connection.js';
import { assertReach, dataScope } from '../../platform/access.js';
import { mutate } from '../../platform/audit/service.js';
import { clock } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../platform/errors.js';
import { assertFilesUsable, attachFiles, filesOf } from '../../platform/files/service.js';
import { presentTeam, presentVisit } from './presenters.js';
import * as q from './queries.js';
import { loadCampaign } from './service.js';

const e = zh.workStyle.errors;

// ---- research teams (调研组) ---------------------------------------------------------------------

export async function listTeams(deps: Deps, ctx: RequestContext, campaignId?: number) {
  const rows = await q.findTeams(deps.db, ctx.user.tenantId, campaignId);
  const memberIds = [...new Set(rows.flatMap((r) => JSON.parse(r.memberUserIds) as number[]))];
  const names = new Map(
    (await q.findUsersByIds(deps.db, ctx.user.tenantId, memberIds)).map((u) => [u.id, u.displayName]),
  );
  return rows.map((r) => presentTeam(r, names));
}

export async function teamCandidates(deps: Deps, ctx: RequestContext) {
  return (await q.findTeamCandidates(deps.db, ctx.user.tenantId)).map((u) => ({
    id: u.id,
    name: u.displayName,
    departmentName: u.departmentName,
  }));
}

async function checkTeam(db: Executor, tenantId: number, input: z.infer<typeof teamInput>) {
  await loadCampaign(db, tenantId, input.campaignId, 'campaignId');
  if ((await q.findUsersByIds(db, tenantId, [input.leaderId])).length !== 1)
    throw fieldError('leaderId', e.userNotFound);
  const members = [...new Set(input.memberUserIds)];
  if ((await q.findUsersByIds(db, tenantId, members)).length !== members.length)
    throw fieldError('memberUserIds', e.userNotFound);
  return {
    campaignId: input.campaignId,
    name: input.name,
    leaderId: input.leaderId,
    memberUserIds: JSON.stringify(members),
    formedOn: input.formedOn,
    remit: input.remit,
  };
}

export function createTeam(deps: Deps, ctx: RequestContext, input: z.infer<typeof teamInput>) {
  return mutate(deps.db, ctx, 'workStyle.team.create', async (trx, audit) => {
    const values = await checkTeam(trx, ctx.user.tenantId, input);
    const now = clock.nowIso();
    const id = await q.insertRow(trx, 'wsTeams', {
      tenantId: ctx.user.tenantId,
      ...values,
      createdAt: now,
      updatedAt: now,
    });
    Object.assign(audit, { objectType: 'researchTeam', objectId: id, detail: input });
    return { id };
  });
}

export function updateTeam(deps: Deps, ctx: RequestContext, id: number, input: z.infer<typeof teamUpdate>) {
  return mutate(deps.db, ctx, 'workStyle.team.update', async (trx, audit) => {
    if (!(await q.findTeamById(trx, ctx.user.tenantId, id))) throw notFound();
    const values = await checkTeam(trx, ctx.user.tenantId, input);
    if (!(await q.updateRow(trx, 'wsTeams', id, input.version, { ...values, updatedAt: clock.nowIso() })))
      throw conflict();
    Object.assign(audit, { objectType: 'researchTeam', objectId: id, detail: input });
    return { id };
  });
}

// ---- visits, interviews, 暗访 --------------------------------------------------------------------

export async function listVisits(deps: Deps, ctx: RequestContext, query: VisitListQuery) {
  const { rows, total } = await q.findVisits(deps.db, dataScope(ctx), query);
  const files = await filesOf(
    deps.db,
    ctx.user.tenantId,
    'ws_visit',
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentVisit(r, files.get(r.id) ?? [])),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function loadVisit(db: Executor, ctx: RequestContext, id: number) {
  const row = await q.findVisitById(db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  assertReach(ctx, { tenantId: row.tenantId, unitId: row.unitId, areaId: row.areaId });
  return row;
}

export async function getVisit(deps: Deps, ctx: RequestContext, id: number) {
  const row = await loadVisit(deps.db, ctx, id);
  const files = await filesOf(deps.db, ctx.user.tenantId, 'ws_visit', [id]);
  return presentVisit(row, files.get(id) ?? []);
}

/** The kind decides the target: 机关单位 and 窗口单位 link a unit, the others are named. */
async function checkVisit(db: Executor, ctx: RequestContext, input: VisitInput) {
  const tenantId = ctx.user.tenantId;
  await loadCampaign(db, tenantId, input.campaignId, 'campaignId');
  if (input.teamId) {
    const team = await q.findTeamById(db, tenantId, input.teamId);
    if (!team || team.campaignId !== input.campaignId) throw fieldError('teamId', e.teamNotFound);
  }
  if (!(TARGET_TYPES[input.visitKind] as readonly string[]).includes(input.targetType))
    throw fieldError('targetType', e.targetTypeMismatch);
  const linksUnit = input.targetType === 'organ_unit' || input.targetType === 'window_unit';
  let targetName = input.targetName;
  if (linksUnit) {
    if (!input.unitId) throw fieldError('unitId', e.unitRequired);
    const [unit] = await q.findUnitsByIds(db, tenantId, [input.unitId]);
    if (!unit) throw fieldError('unitId', e.unitNotFound);
    if (input.visitKind === 'unannounced' && unit.isWindow !== 1) throw fieldError('unitId', e.unitNotWindow);
    targetName = unit.name;
  } else if (!targetName) throw fieldError('targetName', e.targetNameRequired);
  if (input.visitKind === 'unannounced') {
    if (!input.visitedTime) throw fieldError('visitedTime', e.timeForUnannounced);
    if (!input.observers) throw fieldError('observers', e.observersRequired);
  }
  return {
    campaignId: input.campaignId,
    teamId: input.teamId,
    kind: input.visitKind,
    targetType: input.targetType,
    unitId: linksUnit ? input.unitId : null,
    targetName: targetName as string,
    visitedOn: input.visitedOn,
    visitedTime: input.visitedTime,
    observers: input.observers,
    peopleMet: input.peopleMet,
    record: input.record,
    findings: input.findings,
  };
}

export function createVisit(deps: Deps, ctx: RequestContext, input: VisitInput) {
  return mutate(deps.db, ctx, 'workStyle.visit.create', async (trx, audit) => {
    const values = await checkVisit(trx, ctx, input);
    await assertFilesUsable(trx, ctx, input.fileIds);
    const now = clock.nowIso();
    const id = await q.insertRow(trx, 'wsVisits', {
      tenantId: ctx.user.tenantId,
      ...values,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    });
    await attachFiles(trx, input.fileIds, 'ws_visit', id);
    Object.assign(audit, { objectType: 'visit', objectId: id, detail: input });
    return { id };
  });
}

export function updateVisit(deps: Deps, ctx: RequestContext, id: number, input: z.infer<typeof visitUpdate>) {
  return mutate(deps.db, ctx, 'workStyle.visit.update', async (trx, audit) => {
    await loadVisit(trx, ctx, id);
    const values = await checkVisit(trx, ctx, input);
    await assertFilesUsable(trx, ctx, input.fileIds, { type: 'ws_visit', id });
    if (!(await q.updateRow(trx, 'wsVisits', id, input.version, { ...values, updatedAt: clock.nowIso() })))
      throw conflict();
    await attachFiles(trx, input.fileIds, 'ws_visit', id);
    Object.assign(audit, { objectType: 'visit', objectId: id, detail: input });
    return { id };
  });
}
