import type { z } from 'zod';
import type { planEntry, planInput, planUpdate } from '../../../../common/inspections.js';
import { zh } from '../../../../common/locale/index.js';
import type { Executor } from '../../../db/connection.js';
import { nextNumber } from '../../../db/counters.js';
import { dataScope } from '../../../platform/access.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../../platform/errors.js';
import * as pq from '../queries/plans.js';
import * as rq from '../queries/records.js';
import * as sq from '../queries/sessions.js';

const t = zh.inspections;

/** Plans not yet issued are the committee's working drafts: only tenant-wide readers see them. */
const seesDrafts = (ctx: RequestContext) => ctx.scope === 'tenant';

export async function listPlans(deps: Deps, ctx: RequestContext, year?: number) {
  const rows = await pq.findPlans(deps.db, ctx.user.tenantId, { year, issuedOnly: !seesDrafts(ctx) });
  return rows.map((r) => ({
    ...r,
    status: r.status as 'draft' | 'issued',
    unitCount: Number(r.unitCount ?? 0),
  }));
}

/** A plan is a notice to every unit; its entries are shown only inside the caller's scope. */
export async function getPlan(deps: Deps, ctx: RequestContext, id: number) {
  const plan = await pq.findPlanById(deps.db, ctx.user.tenantId, id);
  if (!plan || (plan.status !== 'issued' && !seesDrafts(ctx))) throw notFound();
  const sessions = await sq.findSessionsOfPlan(deps.db, dataScope(ctx), id);
  return {
    id: plan.id,
    year: plan.year,
    title: plan.title,
    docPrefix: plan.docPrefix,
    docNo: plan.docNo,
    status: plan.status as 'draft' | 'issued',
    issuedOn: plan.issuedOn,
    noticeBody: plan.noticeBody,
    unitCount: sessions.length,
    version: plan.version,
    entries: sessions.map((s) => ({
      sessionId: s.id,
      unitId: s.unitId,
      unitName: s.unitName,
      areaName: s.areaName,
      month: s.plannedMonth,
    })),
  };
}

async function checkEntries(db: Executor, tenantId: number, entries: z.infer<typeof planEntry>[]) {
  const ids = entries.map((e) => e.unitId);
  if (new Set(ids).size !== ids.length) throw fieldError('entries', t.errors.duplicateUnit);
  const units = await pq.findUnitsWithAreas(db, tenantId, ids);
  if (units.length !== ids.length) throw fieldError('entries', t.errors.unitUnknown);
  return new Map(units.map((u) => [u.id, u]));
}

/** The default team of a unit's session: its area's leader plus the staff of the area's liaison department. */
export async function defaultTeams(db: Executor, tenantId: number, unitIds: number[]) {
  const units = await pq.findUnitsWithAreas(db, tenantId, unitIds);
  const deptIds = [
    ...new Set(units.map((u) => u.liaisonDepartmentId).filter((d): d is number => d !== null)),
  ];
  const staff = (await pq.findDepartmentUsers(db, tenantId, deptIds)).filter((u) =>
    (JSON.parse(u.roles) as string[]).includes('committee_staff'),
  );
  return new Map(
    units.map((u) => [
      u.id,
      [
        ...(u.leaderUserId ? [u.leaderUserId] : []),
        ...staff.filter((s) => s.departmentId === u.liaisonDepartmentId).map((s) => s.id),
      ],
    ]),
  );
}

/** Seeds the tenant's checklist with the usual items the first time a plan is made. */
export async function ensureCheckItems(db: Executor, tenantId: number, now: string) {
  if ((await rq.findCheckItems(db, tenantId)).length) return;
  await rq.insertCheckItems(
    db,
    t.defaultCheckItems.map((name, i) => ({
      tenantId,
      name,
      sort: i + 1,
      active: 1,
      createdAt: now,
      updatedAt: now,
    })),
  );
}

async function addSessions(
  db: Executor,
  tenantId: number,
  planId: number,
  entries: z.infer<typeof planEntry>[],
  now: string,
) {
  const teams = await defaultTeams(
    db,
    tenantId,
    entries.map((e) => e.unitId),
  );
  for (const e of entries) {
    const sessionId = await sq.insertSession(db, {
      tenantId,
      planId,
      unitId: e.unitId,
      plannedMonth: e.month,
      scheduledDate: null,
      createdAt: now,
      updatedAt: now,
    });
    await sq.replaceTeam(db, tenantId, sessionId, teams.get(e.unitId) ?? []);
  }
}

export function createPlan(deps: Deps, ctx: RequestContext, input: z.infer<typeof planInput>) {
  return mutate(deps.db, ctx, 'inspections.plan.create', async (trx, audit) => {
    const tenantId = ctx.user.tenantId;
    if (await pq.findPlanByYear(trx, tenantId, input.year)) throw fieldError('year', t.errors.planYearTaken);
    await checkEntries(trx, tenantId, input.entries);
    const now = clock.nowIso();
    const id = await pq.insertPlan(trx, {
      tenantId,
      year: input.year,
      title: input.title,
      docPrefix: input.docPrefix,
      docNo: null,
      noticeBody: input.noticeBody,
      status: 'draft',
      issuedOn: null,
      issuedBy: null,
      createdAt: now,
      updatedAt: now,
    });
    await addSessions(trx, tenantId, id, input.entries, now);
    await ensureCheckItems(trx, tenantId, now);
    Object.assign(audit, {
      objectType: 'inspectionPlan',
      objectId: id,
      detail: { year: input.year, title: input.title, units: input.entries.length },
    });
    return { id };
  });
}

export function updatePlan(deps: Deps, ctx: RequestContext, id: number, input: z.infer<typeof planUpdate>) {
  return mutate(deps.db, ctx, 'inspections.plan.update', async (trx, audit) => {
    const tenantId = ctx.user.tenantId;
    const plan = await pq.findPlanById(trx, tenantId, id);
    if (!plan) throw notFound();
    if (plan.status !== 'draft') throw conflict(t.errors.planIssued);
    await checkEntries(trx, tenantId, input.entries);
    const now = clock.nowIso();
    if (
      !(await pq.updatePlan(trx, id, input.version, {
        title: input.title,
        docPrefix: input.docPrefix,
        noticeBody: input.noticeBody,
        updatedAt: now,
      }))
    )
      throw conflict();
    const existing = await sq.findPlanSessionUnits(trx, id);
    const wanted = new Map(input.entries.map((e) => [e.unitId, e.month]));
    await sq.deleteSessions(
      trx,
      existing.filter((s) => !wanted.has(s.unitId)).map((s) => s.id),
    );
    for (const s of existing.filter((x) => wanted.has(x.unitId))) {
      const current = await sq.findSessionById(trx, tenantId, s.id);
      if (current && current.plannedMonth !== wanted.get(s.unitId))
        await sq.updateSession(trx, s.id, current.version, {
          plannedMonth: wanted.get(s.unitId),
          updatedAt: now,
        });
    }
    const have = new Set(existing.map((s) => s.unitId));
    await addSessions(
      trx,
      tenantId,
      id,
      input.entries.filter((e) => !have.has(e.unitId)),
      now,
    );
    Object.assign(audit, {
      objectType: 'inspectionPlan',
      objectId: id,
      detail: { title: input.title, units: input.entries.length },
    });
    return { id };
  });
}

/** Issues the plan as a notice: takes the next 发文字号 of the 机关代字's yearly sequence (shared with documents). */
export function issuePlan(deps: Deps, ctx: RequestContext, id: number, version: number) {
  return mutate(deps.db, ctx, 'inspections.plan.issue', async (trx, audit) => {
    const plan = await pq.findPlanById(trx, ctx.user.tenantId, id);
    if (!plan) throw notFound();
    if (plan.status !== 'draft') throw conflict(t.errors.planNotDraft);
    const issuedOn = shanghaiDate();
    const docYear = Number(issuedOn.slice(0, 4));
    const n = await nextNumber(trx, ctx.user.tenantId, `doc:${plan.docPrefix}:${docYear}`);
    const docNo = t.docNo(plan.docPrefix, docYear, n);
    const ok = await pq.updatePlan(trx, id, version, {
      status: 'issued',
      docNo,
      issuedOn,
      issuedBy: ctx.user.id,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    Object.assign(audit, { objectType: 'inspectionPlan', objectId: id, detail: { docNo, issuedOn } });
    return { id, docNo };
  });
}
