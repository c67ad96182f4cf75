import type { Generated } from 'kysely';
import type { Id, Instant } from '../../db/schema.js';

export interface TaskTable {
  id: Id;
  tenantId: number;
  documentId: number | null;
  status: string;
  title: string;
  description: string | null;
  deadline: string;
  cycle: string;
  periodFrom: string | null;
  periodTo: string | null;
  requiresText: number;
  requiresFiles: number;
  /** JSON: [{ key, label, unit }] — the named figures a report must give. */
  figures: string;
  targetMode: string;
  targetAreaId: number | null;
  targetCategory: string | null;
  targetUnitIds: string;
  dispatchedAt: Instant | null;
  createdBy: number;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

/** One unit's report for one task and period. */
export interface TaskSlotTable {
  id: Id;
  tenantId: number;
  taskId: number;
  unitId: number;
  periodKey: string;
  periodLabel: string;
  dueOn: string;
  status: string;
  content: string | null;
  /** JSON: { [figureKey]: number }. */
  figureValues: string | null;
  submittedAt: Instant | null;
  firstSubmittedAt: Instant | null;
  returnReason: string | null;
  reviewedAt: Instant | null;
  reviewedBy: number | null;
  extensionStatus: string;
  extensionUntil: string | null;
  extensionReason: string | null;
  reminderCount: Generated<number>;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface TaskSlotEventTable {
  id: Id;
  tenantId: number;
  slotId: number;
  kind: string;
  at: Instant;
  actorId: number | null;
  actorName: string | null;
  note: string | null;
  data: string | null;
}

declare module '../../db/schema.js' {
  interface Database {
    tasks: TaskTable;
    taskSlots: TaskSlotTable;
    taskSlotEvents: TaskSlotEventTable;
  }
}
