import { zh } from '../../../common/locale/index.js';
import type { Cycle, TaskAmend } from '../../../common/tasks.js';
import { mutate } from '../../platform/audit/service.js';
import { clock } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, fieldError, notFound } from '../../platform/errors.js';
import { periodsOf } from './periods.js';
import * as q from './queries.js';

/**
 * 调整任务: after dispatch the committee may correct the name and description and extend the
 * deadline for every unit (never shorten it). Each open report slot moves to its period's new due
 * date unless a granted extension already runs later, and gets an 'amend' event: the unit sees it
 * in the timeline and on its to-do until it reports again. Accepted reports stay as they are.
 */
export function amendTask(deps: Deps, ctx: RequestContext, id: number, input: TaskAmend) {
  return mutate(deps.db, ctx, 'tasks.amend', async (trx, audit) => {
    const row = await q.findTaskById(trx, ctx.user.tenantId, id);
    if (!row) throw notFound();
    if (row.status !== 'dispatched') throw conflict(zh.documents.taskNotDispatched);
    if (row.version !== input.version) throw conflict();
    if (input.deadline < row.deadline) throw fieldError('deadline', zh.documents.amendDeadlineEarlier);
    const changes: string[] = [];
    if (input.title !== row.title) changes.push(zh.documents.amendTitle(row.title, input.title));
    if ((input.description ?? null) !== (row.description ?? null))
      changes.push(zh.documents.amendDescription);
    if (input.deadline !== row.deadline)
      changes.push(zh.documents.amendDeadline(row.deadline, input.deadline));
    if (!changes.length) throw conflict(zh.documents.amendNothing);

    const now = clock.nowIso();
    const updated = await q.updateTask(trx, id, input.version, {
      title: input.title,
      description: input.description ?? null,
      deadline: input.deadline,
      updatedAt: now,
    });
    if (!updated) throw conflict();
    const due = new Map(
      periodsOf(row.cycle as Cycle, input.deadline, row.periodFrom, row.periodTo).map((p) => [
        p.key,
        p.dueOn,
      ]),
    );
    const note = [...changes, input.note].filter(Boolean).join('；');
    const slots = await q.findOpenSlotsOfTask(trx, id);
    let moved = 0;
    for (const slot of slots) {
      const newDue = due.get(slot.periodKey);
      if (newDue && newDue > slot.dueOn) {
        await q.setSlotDue(trx, slot.id, newDue, now);
        moved++;
      }
      await q.insertEvent(trx, {
        tenantId: ctx.user.tenantId,
        slotId: slot.id,
        kind: 'amend',
        at: now,
        actorId: ctx.user.id,
        actorName: ctx.user.displayName,
        note,
        data: JSON.stringify({
          previousDue: slot.dueOn,
          dueOn: newDue && newDue > slot.dueOn ? newDue : slot.dueOn,
        }),
      });
    }
    Object.assign(audit, {
      objectType: 'task',
      objectId: id,
      detail: {
        before: { title: row.title, description: row.description, deadline: row.deadline },
        after: { title: input.title, description: input.description ?? null, deadline: input.deadline },
        note: input.note ?? null,
        notifiedSlots: slots.length,
        movedSlots: moved,
      },
    });
    return { id, notified: slots.length, moved };
  });
}
