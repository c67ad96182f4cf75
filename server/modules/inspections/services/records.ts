import type { RecordInput } from '../../../../common/inspections.js';
import { zh } from '../../../../common/locale/index.js';
import type { Trx } from '../../../db/connection.js';
import { mutate } from '../../../platform/audit/service.js';
import { clock } from '../../../platform/clock.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { conflict, fieldError, forbidden } from '../../../platform/errors.js';
import * as rq from '../queries/records.js';
import * as sq from '../queries/sessions.js';
import { reachSession } from './sessions.js';

const t = zh.inspections;

/** Record writers must reach the session AND be on its team. */
export async function reachAsTeamMember(trx: Trx, ctx: RequestContext, sessionId: number) {
  const session = await reachSession(trx, ctx, sessionId);
  if (session.planStatus !== 'issued') throw conflict(t.errors.planNotIssued);
  if (!(await sq.isTeamMember(trx, sessionId, ctx.user.id))) throw forbidden(t.errors.notTeamMember);
  return session;
}

async function validate(trx: Trx, ctx: RequestContext, year: number, input: RecordInput) {
  if (Number(input.inspectedOn.slice(0, 4)) !== year)
    throw fieldError('inspectedOn', t.errors.dateOutsideYear);
  const criteria = input.scores.map((s) => s.criterion);
  if (new Set(criteria).size !== criteria.length) throw fieldError('scores', t.errors.duplicateCriterion);
  const items = new Map((await rq.findCheckItems(trx, ctx.user.tenantId)).map((c) => [c.id, c.name]));
  const unknown = input.checks.findIndex((c) => !items.has(c.itemId));
  if (unknown >= 0) throw fieldError(`checks.${unknown}.itemId`, t.errors.checkItemUnknown);
  return input.checks.map((c) => ({ ...c, name: items.get(c.itemId) as string }));
}

/** Saves the team's draft record (creates it on first save); a submitted record is locked. */
export function saveRecord(deps: Deps, ctx: RequestContext, sessionId: number, input: RecordInput) {
  return mutate(deps.db, ctx, 'inspections.record.save', async (trx, audit) => {
    const session = await reachAsTeamMember(trx, ctx, sessionId);
    const checks = await validate(trx, ctx, session.year, input);
    const existing = await rq.findRecord(trx, sessionId);
    if (existing?.status === 'submitted') throw conflict(t.errors.recordLocked);
    const now = clock.nowIso();
    const values = {
      inspectedOn: input.inspectedOn,
      attendance: JSON.stringify(input.attendance),
      checks: JSON.stringify(checks),
      questionsAsked: input.questionsAsked,
      notes: input.notes,
      grade: input.grade,
      scores: JSON.stringify(input.scores),
      feedback: input.feedback,
      updatedAt: now,
    };
    let id: number;
    if (existing) {
      if (input.version === undefined) throw conflict();
      if (!(await rq.updateRecord(trx, existing.id, input.version, values, 'draft'))) throw conflict();
      id = existing.id;
    } else {
      id = await rq.insertRecord(trx, {
        ...values,
        tenantId: ctx.user.tenantId,
        sessionId,
        status: 'draft',
        submittedAt: null,
        submittedBy: null,
        acknowledgedAt: null,
        acknowledgedBy: null,
        createdAt: now,
      });
    }
    const item = (kind: string) => (x: RecordInput['practices'][number], sort: number) => ({
      tenantId: ctx.user.tenantId,
      sessionId,
      kind,
      category: x.itemCategory,
      content: x.content,
      sort,
      createdAt: now,
    });
    await rq.replaceItems(trx, sessionId, [
      ...input.practices.map(item('practice')),
      ...input.shortcomings.map(item('shortcoming')),
    ]);
    await sq.touchSession(trx, sessionId, now);
    Object.assign(audit, {
      objectType: 'inspectionRecord',
      objectId: id,
      detail: {
        sessionId,
        inspectedOn: input.inspectedOn,
        grade: input.grade,
        practices: input.practices.length,
        shortcomings: input.shortcomings.length,
      },
    });
    return { id };
  });
}

/** Submits the record: from now on it is locked and the unit sees the feedback. */
export function submitRecord(deps: Deps, ctx: RequestContext, sessionId: number, version: number) {
  return mutate(deps.db, ctx, 'inspections.record.submit', async (trx, audit) => {
    await reachAsTeamMember(trx, ctx, sessionId);
    const record = await rq.findRecord(trx, sessionId);
    if (!record) throw conflict(t.errors.recordMissing);
    if (record.status === 'submitted') throw conflict(t.errors.recordLocked);
    if (!record.grade && record.scores === '[]') throw fieldError('grade', t.errors.badGrade);
    if (!record.feedback) throw fieldError('feedback', t.errors.noFeedback);
    const now = clock.nowIso();
    const ok = await rq.updateRecord(
      trx,
      record.id,
      version,
      { status: 'submitted', submittedAt: now, submittedBy: ctx.user.id, updatedAt: now },
      'draft',
    );
    if (!ok) throw conflict();
    await sq.touchSession(trx, sessionId, now);
    Object.assign(audit, { objectType: 'inspectionRecord', objectId: record.id, detail: { sessionId } });
    return { id: record.id };
  });
}

/** The unit acknowledges (签收) the written feedback of a submitted record. */
export function acknowledgeFeedback(deps: Deps, ctx: RequestContext, sessionId: number, version: number) {
  return mutate(deps.db, ctx, 'inspections.feedback.ack', async (trx, audit) => {
    await reachSession(trx, ctx, sessionId);
    const record = await rq.findRecord(trx, sessionId);
    if (record?.status !== 'submitted') throw conflict(t.errors.recordNotSubmitted);
    if (record.acknowledgedAt) throw conflict(t.errors.alreadyAcknowledged);
    const now = clock.nowIso();
    if (
      !(await rq.updateRecord(trx, record.id, version, { acknowledgedAt: now, acknowledgedBy: ctx.user.id }))
    )
      throw conflict();
    Object.assign(audit, { objectType: 'inspectionRecord', objectId: record.id, detail: { sessionId } });
    return { id: record.id };
  });
}
