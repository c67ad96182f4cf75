import { daysBetween, isLateSubmission, type StudyPlanInput } from '../../../../common/inspections.js';
import { zh } from '../../../../common/locale/index.js';
import { scopeFor } from '../../../../common/permissions.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../../platform/errors.js';
import { assertFilesUsable, attachFiles } from '../../../platform/files/service.js';
import * as rq from '../queries/records.js';
import * as sq from '../queries/sessions.js';
import { reachSession, STUDY_PLAN_OWNER } from './sessions.js';

const t = zh.inspections;

/**
 * The unit reports its study plan (a new version each time). The one-week rule counts calendar
 * days in Asia/Shanghai from the day of submission to the session day; a late plan is accepted
 * and flagged 迟报.
 */
export function submitStudyPlan(deps: Deps, ctx: RequestContext, sessionId: number, input: StudyPlanInput) {
  return mutate(deps.db, ctx, 'inspections.studyPlan.submit', async (trx, audit) => {
    const session = await reachSession(trx, ctx, sessionId);
    if (session.recordStatus === 'submitted') throw conflict(t.errors.alreadyInspected);
    if (Number(input.sessionDate.slice(0, 4)) !== session.year)
      throw fieldError('sessionDate', t.errors.dateOutsideYear);
    await assertFilesUsable(trx, ctx, input.fileIds);
    const now = clock.now();
    const submittedOn = shanghaiDate(now);
    const versionNo = (await rq.latestStudyPlanVersion(trx, sessionId)) + 1;
    const late = isLateSubmission(submittedOn, input.sessionDate);
    const id = await rq.insertStudyPlan(trx, {
      tenantId: ctx.user.tenantId,
      sessionId,
      unitId: session.unitId,
      versionNo,
      sessionDate: input.sessionDate,
      startTime: input.startTime,
      place: input.place,
      topic: input.topic,
      host: input.host,
      speakers: JSON.stringify(input.speakers),
      questions: JSON.stringify(input.questions),
      attendees: JSON.stringify(input.attendees),
      submittedAt: now.toISOString(),
      submittedOn,
      submittedBy: ctx.user.id,
      daysAhead: daysBetween(submittedOn, input.sessionDate),
      late: late ? 1 : 0,
      status: 'submitted',
      returnReason: null,
      returnedAt: null,
      returnedBy: null,
    });
    await attachFiles(trx, input.fileIds, STUDY_PLAN_OWNER, id);
    await sq.touchSession(trx, sessionId, now.toISOString());
    Object.assign(audit, {
      objectType: 'inspectionStudyPlan',
      objectId: id,
      detail: { sessionId, versionNo, sessionDate: input.sessionDate, submittedOn, late, topic: input.topic },
    });
    return { id, versionNo, late };
  });
}

/** The committee returns the latest version for revision, with a reason; the unit then resubmits. */
export function returnStudyPlan(deps: Deps, ctx: RequestContext, id: number, reason: string) {
  return mutate(deps.db, ctx, 'inspections.studyPlan.return', async (trx, audit) => {
    const plan = await rq.findStudyPlanById(trx, ctx.user.tenantId, id);
    if (!plan) throw notFound();
    const session = await reachSession(trx, ctx, plan.sessionId);
    if (session.recordStatus === 'submitted') throw conflict(t.errors.alreadyInspected);
    if (plan.versionNo !== (await rq.latestStudyPlanVersion(trx, plan.sessionId)))
      throw conflict(t.errors.nothingToReturn);
    const now = clock.nowIso();
    if (
      !(await rq.markStudyPlanReturned(trx, id, {
        returnReason: reason,
        returnedAt: now,
        returnedBy: ctx.user.id,
      }))
    )
      throw conflict(t.errors.nothingToReturn);
    await sq.touchSession(trx, plan.sessionId, now);
    Object.assign(audit, { objectType: 'inspectionStudyPlan', objectId: id, detail: { reason } });
    return { id };
  });
}

/**
 * 审核通过: the committee accepts the latest version while it waits for review. A returned
 * version cannot be accepted (the unit must resubmit), nor can one accepted already.
 */
export function acceptStudyPlan(deps: Deps, ctx: RequestContext, id: number, comment: string | null) {
  return mutate(deps.db, ctx, 'inspections.studyPlan.accept', async (trx, audit) => {
    const plan = await rq.findStudyPlanById(trx, ctx.user.tenantId, id);
    if (!plan) throw notFound();
    const session = await reachSession(trx, ctx, plan.sessionId);
    if (session.recordStatus === 'submitted') throw conflict(t.errors.alreadyInspected);
    if (plan.versionNo !== (await rq.latestStudyPlanVersion(trx, plan.sessionId)))
      throw conflict(t.errors.notLatestVersion);
    if (plan.status === 'returned') throw conflict(t.errors.returnedCannotAccept);
    const now = clock.nowIso();
    if (
      !(await rq.markStudyPlanAccepted(trx, id, {
        acceptComment: comment,
        acceptedAt: now,
        acceptedBy: ctx.user.id,
      }))
    )
      throw conflict(t.errors.alreadyAccepted);
    await sq.touchSession(trx, plan.sessionId, now);
    Object.assign(audit, {
      objectType: 'inspectionStudyPlan',
      objectId: id,
      detail: { sessionId: plan.sessionId, versionNo: plan.versionNo, comment },
    });
    return { id };
  });
}

/** File download check: whoever reaches the session may read its study plan attachments. */
export async function canReadStudyPlan(deps: Deps, ctx: RequestContext, studyPlanId: number) {
  const plan = await rq.findStudyPlanById(deps.db, ctx.user.tenantId, studyPlanId);
  if (!plan) return false;
  try {
    await reachSession(
      deps.db,
      { ...ctx, scope: scopeFor(ctx.user.roles, 'inspections.read') ?? 'self' },
      plan.sessionId,
    );
    return true;
  } catch {
    return false;
  }
}
