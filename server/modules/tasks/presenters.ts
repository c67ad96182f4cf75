import type { TargetMode } from '../../../common/documents.js';
import { type CellState, type Cycle, type Slot, slotState, type Task } from '../../../common/tasks.js';
import type { TaskSlotTable, TaskTable } from './tables.js';

type TaskRow = Omit<TaskTable, 'id' | 'version'> & {
  id: number;
  version: number;
  docNumber: string | null;
  documentTitle: string | null;
};

export function presentTask(
  row: TaskRow,
  counts: Partial<Record<CellState, number>>,
  slotCount: number,
): Task {
  const figures = JSON.parse(row.figures) as { label: string; measure: string | null }[];
  return {
    id: row.id,
    documentId: row.documentId,
    docNumber: row.docNumber,
    documentTitle: row.documentTitle,
    status: row.status as Task['status'],
    title: row.title,
    description: row.description,
    deadline: row.deadline,
    cycle: row.cycle as Cycle,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    requiresText: row.requiresText === 1,
    requiresFiles: row.requiresFiles === 1,
    figures: figures.map((f, i) => ({ key: `f${i + 1}`, label: f.label, measure: f.measure ?? null })),
    target: {
      mode: row.targetMode as TargetMode,
      areaId: row.targetAreaId,
      category: row.targetCategory,
      unitIds: JSON.parse(row.targetUnitIds) as number[],
    },
    dispatchedAt: row.dispatchedAt,
    counts: counts as Record<string, number>,
    slotCount,
    version: row.version,
  };
}

type SlotRow = Omit<TaskSlotTable, 'id' | 'version' | 'reminderCount'> & {
  id: number;
  version: number;
  reminderCount: number;
  taskTitle: string;
  unitName: string;
  areaName: string | null;
};

export function presentSlot(row: SlotRow, today: string): Slot {
  return {
    id: row.id,
    taskId: row.taskId,
    taskTitle: row.taskTitle,
    unitId: row.unitId,
    unitName: row.unitName,
    areaName: row.areaName,
    periodKey: row.periodKey,
    periodLabel: row.periodLabel,
    dueOn: row.dueOn,
    status: row.status as Slot['status'],
    state: slotState(row, today),
    submittedAt: row.submittedAt,
    returnReason: row.returnReason,
    extensionStatus: row.extensionStatus as Slot['extensionStatus'],
    extensionUntil: row.extensionUntil,
    extensionReason: row.extensionReason,
    reminderCount: Number(row.reminderCount),
    version: row.version,
  };
}
