import type { z } from 'zod';
import type {
  CORRECTABLE_FIELDS,
  SessionDetail,
  SessionListQuery,
  scheduleInput,
  teamInput,
} from '../../../../common/inspections.js';
import { zh } from '../../../../common/locale/index.js';
import type { Executor } from '../../../db/connection.js';
import { assertReach, dataScope } from '../../../platform/access.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../../platform/errors.js';
import { filesOf } from '../../../platform/files/service.js';
import { parseJson, presentSession, presentStudyPlan } from '../presenters.js';
import * as pq from '../queries/plans.js';
import * as rq from '../queries/records.js';
import * as sq from '../queries/sessions.js';
import { totalScore } from '../rules.js';

const t = zh.inspections;
export const STUDY_PLAN_OWNER = 'inspectionStudyPlan';

/**
 * Loads a session and checks the caller reaches it: within scope, and (outside the committee)
 * only once its plan is issued. Unknown and unreachable look the same (404).
 */
export async function reachSession(db: Executor, ctx: RequestContext, id: number) {
  const row = await sq.findSessionById(db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  assertReach(ctx, { tenantId: row.tenantId, unitId: row.unitId, areaId: row.areaId });
  if (row.planStatus !== 'issued' && ctx.scope !== 'tenant') throw notFound();
  return row;
}

export async function listSessions(deps: Deps, ctx: RequestContext, query: SessionListQuery) {
  const { rows, total } = await sq.findSessions(deps.db, dataScope(ctx), query, {
    issuedOnly: ctx.scope !== 'tenant',
    memberUserId: query.mine === 'true' ? ctx.user.id : undefined,
  });
  const today = shanghaiDate();
  return {
    items: rows.map((r) => presentSession(r, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function calendar(deps: Deps, ctx: RequestContext, planId: number, areaId?: number) {
  const rows = await sq.findSessionsOfPlan(deps.db, dataScope(ctx), planId, areaId);
  const today = shanghaiDate();
  return rows
    .filter((r) => r.planStatus === 'issued' || ctx.scope === 'tenant')
    .map((r) => {
      const s = presentSession(r, today);
      return {
        sessionId: s.id,
        unitId: s.unitId,
        unitName: s.unitName,
        areaName: s.areaName,
        plannedMonth: s.plannedMonth,
        effectiveDate: s.effectiveDate,
        inspectedOn: s.inspectedOn,
        state: s.state,
      };
    });
}

function roleLabel(rolesJson: string) {
  return (JSON.parse(rolesJson) as string[]).map((r) => zh.roles[r] ?? r).join('、');
}

export async function getSession(deps: Deps, ctx: RequestContext, id: number): Promise<SessionDetail> {
  const row = await reachSession(deps.db, ctx, id);
  const [plans, record, items, corrections, team] = await Promise.all([
    rq.findStudyPlans(deps.db, id),
    rq.findRecord(deps.db, id),
    rq.findItems(deps.db, id),
    rq.findCorrections(deps.db, id),
    sq.findTeam(deps.db, id),
  ]);
  const files = await filesOf(
    deps.db,
    ctx.user.tenantId,
    STUDY_PLAN_OWNER,
    plans.map((p) => p.id),
  );
  const isMember = team.some((m) => m.userId === ctx.user.id);
  // A unit sees the record only once it is submitted; the team sees its draft.
  const showRecord = record && (record.status === 'submitted' || ctx.scope === 'tenant' || isMember);
  const scores = record ? parseJson<{ criterion: string; score: number }[]>(record.scores, []) : [];
  return {
    session: presentSession(row, shanghaiDate()),
    plan: await planHeader(deps.db, ctx, row.planId),
    team: team.map((m) => ({ userId: m.userId, name: m.name, role: roleLabel(m.roles) })),
    isTeamMember: isMember,
    studyPlans: plans.map((p) => presentStudyPlan(p, files.get(p.id) ?? [])),
    record: showRecord
      ? {
          id: record.id,
          status: record.status as 'draft' | 'submitted',
          inspectedOn: record.inspectedOn,
          attendance: parseJson(record.attendance, []),
          checks: parseJson(record.checks, []),
          questionsAsked: record.questionsAsked,
          notes: record.notes,
          grade: record.grade as SessionDetail['session']['grade'],
          scores: scores as NonNullable<SessionDetail['record']>['scores'],
          totalScore: totalScore(scores),
          feedback: record.feedback,
          submittedAt: record.submittedAt,
          submittedByName: record.submittedByName,
          acknowledgedAt: record.acknowledgedAt,
          acknowledgedByName: record.acknowledgedByName,
          version: record.version,
        }
      : null,
    items: showRecord
      ? items.map((i) => ({
          id: i.id,
          kind: i.kind as 'practice' | 'shortcoming',
          itemCategory: i.category as SessionDetail['items'][number]['itemCategory'],
          content: i.content,
          addedByCorrection: i.byCorrection === 1,
        }))
      : [],
    corrections: showRecord
      ? corrections.map((c) => ({
          id: c.id,
          field: c.field as (typeof CORRECTABLE_FIELDS)[number],
          oldValue: c.oldValue,
          newValue: c.newValue,
          reason: c.reason,
          correctedByName: c.correctedByName,
          correctedAt: c.correctedAt,
        }))
      : [],
  };
}

async function planHeader(db: Executor, ctx: RequestContext, planId: number) {
  const plan = await pq.findPlanById(db, ctx.user.tenantId, planId);
  return { id: planId, title: plan?.title ?? '', docNo: plan?.docNo ?? null };
}

export function scheduleSession(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof scheduleInput>,
) {
  return mutate(deps.db, ctx, 'inspections.session.schedule', async (trx, audit) => {
    const row = await reachSession(trx, ctx, id);
    if (input.scheduledDate && Number(input.scheduledDate.slice(0, 4)) !== row.year)
      throw fieldError('scheduledDate', t.errors.dateOutsideYear);
    const ok = await sq.updateSession(trx, id, input.version, {
      plannedMonth: input.plannedMonth,
      scheduledDate: input.scheduledDate,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    Object.assign(audit, {
      objectType: 'inspectionSession',
      objectId: id,
      detail: {
        from: { plannedMonth: row.plannedMonth, scheduledDate: row.scheduledDate },
        to: { plannedMonth: input.plannedMonth, scheduledDate: input.scheduledDate },
      },
    });
    return { id };
  });
}

/** Team members: committee leaders and staff, or the leader of the unit's own area. */
export function setTeam(deps: Deps, ctx: RequestContext, id: number, input: z.infer<typeof teamInput>) {
  return mutate(deps.db, ctx, 'inspections.session.team', async (trx, audit) => {
    const row = await reachSession(trx, ctx, id);
    const ids = [...new Set(input.memberIds)];
    const users = await sq.findUsersByIds(trx, ctx.user.tenantId, ids);
    const led = await sq.findAreaLeaderAreas(trx, ctx.user.tenantId, ids);
    const valid = (u: (typeof users)[number]) => {
      if (u.disabled) return false;
      const roles = JSON.parse(u.roles) as string[];
      if (roles.includes('committee_staff') || roles.includes('committee_leader')) return true;
      return roles.includes('area_leader') && led.some((a) => a.leaderUserId === u.id && a.id === row.areaId);
    };
    if (users.length !== ids.length || !users.every(valid))
      throw fieldError('memberIds', t.errors.teamMemberInvalid);
    if (!(await sq.updateSession(trx, id, input.version, { updatedAt: clock.nowIso() }))) throw conflict();
    await sq.replaceTeam(trx, ctx.user.tenantId, id, ids);
    Object.assign(audit, { objectType: 'inspectionSession', objectId: id, detail: { memberIds: ids } });
    return { id };
  });
}

/** Who may be put on the team of a session (for the team editor). */
export async function teamCandidates(deps: Deps, ctx: RequestContext, id: number) {
  const row = await reachSession(deps.db, ctx, id);
  return (await sq.findTeamCandidates(deps.db, ctx.user.tenantId, row.areaId)).map((u) => ({
    userId: u.userId,
    name: u.departmentName ? `${u.name}（${u.departmentName}）` : u.name,
    role: roleLabel(u.roles),
  }));
}
