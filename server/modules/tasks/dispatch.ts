import type { Target } from '../../../common/documents.js';
import type { Cycle } from '../../../common/tasks.js';
import type { Executor } from '../../db/connection.js';
import { clock } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/context.js';
import { resolveTargetUnits } from '../documents/targets-queries.js';
import { periodsOf } from './periods.js';
import * as q from './queries.js';
import type { TaskTable } from './tables.js';

type TaskRow = Pick<
  TaskTable,
  | 'cycle'
  | 'deadline'
  | 'periodFrom'
  | 'periodTo'
  | 'targetMode'
  | 'targetAreaId'
  | 'targetCategory'
  | 'targetUnitIds'
> & { id: number };

export const targetOf = (
  row: Pick<TaskRow, 'targetMode' | 'targetAreaId' | 'targetCategory' | 'targetUnitIds'>,
): Target => ({
  mode: row.targetMode as Target['mode'],
  areaId: row.targetAreaId,
  category: row.targetCategory,
  unitIds: JSON.parse(row.targetUnitIds) as number[],
});

/** Creates one pending slot per unit and period; returns how many (0 = nobody in the range). */
export async function createSlots(trx: Executor, tenantId: number, task: TaskRow): Promise<number> {
  const unitIds = await resolveTargetUnits(trx, tenantId, targetOf(task));
  const periods = periodsOf(task.cycle as Cycle, task.deadline, task.periodFrom, task.periodTo);
  const now = clock.nowIso();
  const rows = unitIds.flatMap((unitId) =>
    periods.map((p) => ({
      tenantId,
      taskId: task.id,
      unitId,
      periodKey: p.key,
      periodLabel: p.label,
      dueOn: p.dueOn,
      status: 'pending',
      content: null,
      figureValues: null,
      submittedAt: null,
      firstSubmittedAt: null,
      returnReason: null,
      reviewedAt: null,
      reviewedBy: null,
      extensionStatus: 'none',
      extensionUntil: null,
      extensionReason: null,
      createdAt: now,
      updatedAt: now,
    })),
  );
  await q.insertSlots(trx, rows);
  await q.updateTask(trx, task.id, null, { status: 'dispatched', dispatchedAt: now, updatedAt: now });
  return rows.length;
}

/** Issuing a document dispatches the draft tasks it carries (inside the issue transaction). */
export async function dispatchDocumentTasks(trx: Executor, ctx: RequestContext, documentId: number) {
  const tasks = await q.findDraftTasksOfDocument(trx, ctx.user.tenantId, documentId);
  for (const task of tasks) await createSlots(trx, ctx.user.tenantId, task);
  return tasks.map((t) => t.id);
}
