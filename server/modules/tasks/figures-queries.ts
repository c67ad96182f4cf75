import { slotState } from '../../../common/tasks.js';
import type { Executor } from '../../db/connection.js';
import '../tasks/tables.js';

/**
 * Task figures for the reports module: of the report slots due inside [from, to], which were
 * finished on time and which are overdue (accepted late, or still not accepted after their due
 * date as of `asOf`), per unit — each with the slot ids counted, so every figure is traceable.
 */
export async function taskFigures(
  db: Executor,
  tenantId: number,
  period: { from: string; to: string },
  asOf: string,
) {
  return taskFiguresOf(await taskSlotsDueIn(db, tenantId, period), asOf);
}

/** The report slots of dispatched tasks due inside [from, to], by id, with their task's title. */
export function taskSlotsDueIn(db: Executor, tenantId: number, period: { from: string; to: string }) {
  return db
    .selectFrom('taskSlots')
    .innerJoin('tasks', 'tasks.id', 'taskSlots.taskId')
    .select([
      'taskSlots.id',
      'taskSlots.unitId',
      'taskSlots.status',
      'taskSlots.dueOn',
      'taskSlots.submittedAt',
      'taskSlots.taskId',
      'tasks.title as taskTitle',
    ])
    .where('taskSlots.tenantId', '=', tenantId)
    .where('tasks.status', '=', 'dispatched')
    .where('taskSlots.dueOn', '>=', period.from)
    .where('taskSlots.dueOn', '<=', period.to)
    .orderBy('taskSlots.id')
    .execute();
}
export type DueSlot = Awaited<ReturnType<typeof taskSlotsDueIn>>[number];

/** The figures of `taskFigures` from the slots due (as loaded by `taskSlotsDueIn`). */
export function taskFiguresOf(slots: DueSlot[], asOf: string) {
  const perUnit = new Map<
    number,
    { unitId: number; onTimeSlotIds: number[]; overdueSlotIds: number[]; slotIds: number[] }
  >();
  for (const s of slots) {
    const entry = perUnit.get(s.unitId) ?? {
      unitId: s.unitId,
      onTimeSlotIds: [],
      overdueSlotIds: [],
      slotIds: [],
    };
    entry.slotIds.push(s.id);
    const state = slotState(s, asOf);
    if (state === 'done') entry.onTimeSlotIds.push(s.id);
    else if (state === 'late' || state === 'missing' || (state === 'returned' && asOf > s.dueOn))
      entry.overdueSlotIds.push(s.id);
    perUnit.set(s.unitId, entry);
  }
  const units = [...perUnit.values()];
  return {
    slotIds: slots.map((s) => s.id),
    onTimeSlotIds: units.flatMap((u) => u.onTimeSlotIds),
    overdueSlotIds: units.flatMap((u) => u.overdueSlotIds),
    perUnit: units,
  };
}
