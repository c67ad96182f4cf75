import type { Updateable } from 'kysely';
import type { z } from 'zod';
import { zh } from '../../../common/locale/index.js';
import {
  ANSWERABLE_STATUSES,
  type feedbackInput,
  type ProblemStatus,
  type progressInput,
  type RectificationInput,
} from '../../../common/problems.js';
import type { Trx } from '../../db/connection.js';
import { assertReach } from '../../platform/access.js';
import { mutate } from '../../platform/audit/service.js';
import { clock, shanghaiDate } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError } from '../../platform/errors.js';
import { assertFilesUsable, attachFiles } from '../../platform/files/service.js';
import * as q from './queries.js';
import { loadProblem } from './service.js';
import type { ProblemTable } from './tables.js';

const e = zh.workStyle.errors;
const statusLabel = (s: string) => zh.workStyle.statuses[s] ?? s;

interface Step {
  action: string;
  kind: string;
  from: readonly ProblemStatus[];
  version: number;
  note: string | null;
  values: (current: q.ProblemRow, now: string) => Omit<Updateable<ProblemTable>, 'id' | 'version'>;
  /** Runs after the update, before the audit row (attachments). */
  after?: (trx: Trx, eventId: number) => Promise<void>;
  before?: (trx: Trx, current: q.ProblemRow) => Promise<void>;
  conflictMessage?: string;
}

/**
 * One step of the rectification: the problem must be in one of the `from` statuses and at the
 * submitted version; the change, its log entry and the audit row land in one transaction.
 */
function step(deps: Deps, ctx: RequestContext, id: number, s: Step) {
  return mutate(deps.db, ctx, s.action, async (trx, audit) => {
    const current = await loadProblem(trx, ctx, id);
    if (current.version !== s.version) throw conflict(s.conflictMessage ?? e.problemConflict);
    if (!s.from.includes(current.status as ProblemStatus))
      throw conflict(e.wrongStatus(statusLabel(current.status)));
    await s.before?.(trx, current);
    const now = clock.nowIso();
    const values = s.values(current, now);
    if (!(await q.updateProblem(trx, id, s.version, { ...values, updatedAt: now })))
      throw conflict(s.conflictMessage ?? e.problemConflict);
    const eventId = await q.insertEvent(trx, {
      tenantId: ctx.user.tenantId,
      problemId: id,
      kind: s.kind,
      note: s.note,
      actorId: ctx.user.id,
      actorName: ctx.user.displayName,
      at: now,
    });
    await s.after?.(trx, eventId);
    Object.assign(audit, {
      objectType: 'problem',
      objectId: id,
      detail: { code: current.code, ...values, note: s.note },
    });
    return { id, version: s.version + 1 };
  });
}

/** 反馈: sends one or many registered problems to their units at once; all or nothing. */
export function feedback(deps: Deps, ctx: RequestContext, input: z.infer<typeof feedbackInput>) {
  return mutate(deps.db, ctx, 'problems.feedback', async (trx, audit) => {
    if (input.replyBy < shanghaiDate()) throw fieldError('replyBy', e.replyByPast);
    const ids = [...new Set(input.items.map((i) => i.id))];
    const rows = await q.findProblemsByIds(trx, ctx.user.tenantId, ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const stale: string[] = [];
    for (const item of input.items) {
      const row = byId.get(item.id);
      if (!row) {
        stale.push(`#${item.id}`);
        continue;
      }
      assertReach(ctx, { tenantId: row.tenantId, unitId: row.unitId, areaId: row.areaId });
      if (row.version !== item.version || row.status !== 'registered') stale.push(row.code);
    }
    if (stale.length) throw conflict(e.feedbackConflict(stale.join('、')));
    const now = clock.nowIso();
    for (const item of input.items) {
      const ok = await q.updateProblem(trx, item.id, item.version, {
        status: 'fed_back',
        replyBy: input.replyBy,
        fedBackAt: now,
        updatedAt: now,
      });
      if (!ok) throw conflict(e.feedbackConflict(byId.get(item.id)?.code ?? `#${item.id}`));
      await q.insertEvent(trx, {
        tenantId: ctx.user.tenantId,
        problemId: item.id,
        kind: 'fed_back',
        note: input.note,
        actorId: ctx.user.id,
        actorName: ctx.user.displayName,
        at: now,
      });
    }
    Object.assign(audit, {
      objectType: 'problem',
      objectId: ids.join(','),
      detail: { codes: ids.map((i) => byId.get(i)?.code), replyBy: input.replyBy },
    });
    return { count: ids.length };
  });
}

/** The unit's answer: measures, responsible leader and person, deadline. */
export function rectify(deps: Deps, ctx: RequestContext, id: number, input: RectificationInput) {
  if (input.deadlineType === 'deadline' && !input.deadlineOn)
    throw fieldError('deadlineOn', e.deadlineRequired);
  const { version, ...values } = input;
  return step(deps, ctx, id, {
    action: 'problems.rectify',
    kind: 'measures',
    from: ANSWERABLE_STATUSES,
    version,
    note: input.measures,
    conflictMessage: e.rectifyConflict,
    before: async (_trx, current) => {
      if (values.deadlineOn && values.deadlineOn < current.foundOn)
        throw fieldError('deadlineOn', e.deadlineBeforeFound);
    },
    values: (current) => ({
      ...values,
      // 立行立改 is due the day it is stated.
      deadlineOn:
        values.deadlineType === 'immediate' ? (values.deadlineOn ?? shanghaiDate()) : values.deadlineOn,
      status: current.status === 'in_progress' ? 'in_progress' : 'measures_submitted',
    }),
  });
}

export function reportProgress(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof progressInput>,
) {
  return step(deps, ctx, id, {
    action: 'problems.progress',
    kind: 'progress',
    from: ['measures_submitted', 'in_progress', 'returned'],
    version: input.version,
    note: input.note,
    conflictMessage: e.rectifyConflict,
    before: (trx) => assertFilesUsable(trx, ctx, input.fileIds),
    after: (trx, eventId) => attachFiles(trx, input.fileIds, 'problem_event', eventId),
    values: () => ({ status: 'in_progress' }),
  });
}

export function requestVerification(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  note: string | null,
  version: number,
) {
  return step(deps, ctx, id, {
    action: 'problems.requestVerification',
    kind: 'verification_requested',
    from: ['measures_submitted', 'in_progress'],
    version,
    note,
    conflictMessage: e.rectifyConflict,
    values: () => ({ status: 'verification_requested' }),
  });
}

export function verify(deps: Deps, ctx: RequestContext, id: number, note: string | null, version: number) {
  return step(deps, ctx, id, {
    action: 'problems.verify',
    kind: 'verified',
    from: ['verification_requested'],
    version,
    note,
    values: (_c, now) => ({
      status: 'verified',
      verifiedAt: now,
      verifiedBy: ctx.user.id,
      returnReason: null,
    }),
  });
}

export function returnForRework(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  reason: string,
  version: number,
) {
  return step(deps, ctx, id, {
    action: 'problems.return',
    kind: 'returned',
    from: ['verification_requested'],
    version,
    note: reason,
    values: () => ({ status: 'returned', returnReason: reason }),
  });
}

/** 销号: records who closed the problem and when. */
export function close(deps: Deps, ctx: RequestContext, id: number, note: string | null, version: number) {
  return step(deps, ctx, id, {
    action: 'problems.close',
    kind: 'closed',
    from: ['verified'],
    version,
    note,
    values: (_c, now) => ({ status: 'closed', closedAt: now, closedBy: ctx.user.id }),
  });
}

/** 催办: logged on the problem (the unit sees it) and audited; it does not bump the version. */
export function remind(deps: Deps, ctx: RequestContext, id: number, note: string | null) {
  return mutate(deps.db, ctx, 'problems.remind', async (trx, audit) => {
    const current = await loadProblem(trx, ctx, id);
    if (!['fed_back', 'measures_submitted', 'in_progress', 'returned'].includes(current.status))
      throw conflict(e.wrongStatus(statusLabel(current.status)));
    const now = clock.nowIso();
    await q.recordReminder(trx, id, now);
    await q.insertEvent(trx, {
      tenantId: ctx.user.tenantId,
      problemId: id,
      kind: 'reminded',
      note,
      actorId: ctx.user.id,
      actorName: ctx.user.displayName,
      at: now,
    });
    Object.assign(audit, { objectType: 'problem', objectId: id, detail: { code: current.code, note } });
    return { id, reminderCount: Number(current.reminderCount) + 1 };
  });
}
