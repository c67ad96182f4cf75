import { z } from 'zod';
import { target } from './documents.js';
import { documentsTitles as T } from './locale/zh-CN/documents.js';
import { dbVersion, id, isoDate, optionalText, pageQuery, text } from './validation.js';

export const CYCLES = ['none', 'monthly', 'quarterly'] as const;
export type Cycle = (typeof CYCLES)[number];
export const TASK_STATUSES = ['draft', 'dispatched'] as const;
export const SLOT_STATUSES = ['pending', 'submitted', 'returned', 'accepted'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];
export const EXTENSION_STATUSES = ['none', 'requested', 'granted', 'refused'] as const;
/** What a cell of the progress matrix shows. */
export const CELL_STATES = ['done', 'late', 'review', 'returned', 'missing', 'open'] as const;
export type CellState = (typeof CELL_STATES)[number];

export const figureDef = z.object({
  label: text(30).meta({ title: T.figureLabel }),
  measure: optionalText(10).meta({ title: T.figureMeasure }),
});

const taskFields = z.object({
  documentId: id.nullish().transform((v) => v ?? null),
  title: text(200).meta({ title: T.taskTitle }),
  description: optionalText(2000).meta({ title: T.taskDescription }),
  deadline: isoDate.meta({ title: T.deadline }),
  cycle: z.enum(CYCLES).default('none'),
  periodFrom: isoDate.nullish().transform((v) => v ?? null),
  periodTo: isoDate.nullish().transform((v) => v ?? null),
  requiresText: z.boolean().default(true),
  requiresFiles: z.boolean().default(false),
  figures: z.array(figureDef).max(10).default([]),
  target,
});
function checkCycle(t: z.infer<typeof taskFields>, ctx: z.RefinementCtx) {
  if (t.cycle === 'none') return;
  if (!t.periodFrom)
    ctx.addIssue({ code: 'custom', path: ['periodFrom'], message: '周期任务须填写起始日期' });
  if (!t.periodTo) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: '周期任务须填写截止日期' });
  if (t.periodFrom && t.periodTo && t.periodTo < t.periodFrom)
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: '不能早于起始日期' });
}
export const taskInput = taskFields.superRefine(checkCycle);
export type TaskInput = z.infer<typeof taskInput>;
export const taskUpdate = taskFields.extend({ version: dbVersion }).superRefine(checkCycle);
export const versionOnly = z.object({ version: dbVersion });

/** 调整任务 after dispatch: correct the name/description, extend the deadline for every unit. */
export const taskAmend = z.object({
  title: text(200).meta({ title: T.taskTitle }),
  description: optionalText(2000).meta({ title: T.taskDescription }),
  deadline: isoDate.meta({ title: T.amendDeadline }),
  note: optionalText(300).meta({ title: T.changeNote }),
  version: dbVersion,
});
export type TaskAmend = z.infer<typeof taskAmend>;

export const task = z.object({
  id: z.number(),
  documentId: z.number().nullable(),
  docNumber: z.string().nullable(),
  documentTitle: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  title: z.string(),
  description: z.string().nullable(),
  deadline: z.string(),
  cycle: z.enum(CYCLES),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  requiresText: z.boolean(),
  requiresFiles: z.boolean(),
  figures: z.array(z.object({ key: z.string(), label: z.string(), measure: z.string().nullable() })),
  target: z.object({
    mode: z.enum(['all', 'area', 'category', 'units']),
    areaId: z.number().nullable(),
    category: z.string().nullable(),
    unitIds: z.array(z.number()),
  }),
  dispatchedAt: z.string().nullable(),
  counts: z.record(z.string(), z.number()),
  slotCount: z.number(),
  version: z.number(),
});
export type Task = z.infer<typeof task>;

export const TASK_SORTS = ['deadline', 'title', 'createdAt'] as const;
export const taskListQuery = z.object({
  ...pageQuery,
  order: z.enum(['asc', 'desc']).default('desc'),
  q: z.string().trim().max(50).optional(),
  status: z.enum(TASK_STATUSES).optional(),
  documentId: id.optional(),
  sort: z.enum(TASK_SORTS).default('deadline'),
});
export type TaskListQuery = z.infer<typeof taskListQuery>;

export const slotEvent = z.object({
  id: z.number(),
  kind: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
});
const fileMeta = z.object({
  id: z.number(),
  originalName: z.string(),
  size: z.number(),
  mime: z.string(),
  createdAt: z.string(),
});

export const slot = z.object({
  id: z.number(),
  taskId: z.number(),
  taskTitle: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  areaName: z.string().nullable(),
  periodKey: z.string(),
  periodLabel: z.string(),
  dueOn: z.string(),
  status: z.enum(SLOT_STATUSES),
  state: z.enum(CELL_STATES),
  submittedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  extensionStatus: z.enum(EXTENSION_STATUSES),
  extensionUntil: z.string().nullable(),
  extensionReason: z.string().nullable(),
  reminderCount: z.number(),
  version: z.number(),
});
export type Slot = z.infer<typeof slot>;
export const slotDetail = slot.extend({
  content: z.string().nullable(),
  figureValues: z.record(z.string(), z.number()),
  files: z.array(fileMeta),
  events: z.array(slotEvent),
  task: task,
});
export type SlotDetail = z.infer<typeof slotDetail>;

export const SLOT_SORTS = ['dueOn', 'unit', 'submittedAt'] as const;
export const slotListQuery = z.object({
  ...pageQuery,
  taskId: id.optional(),
  unitId: id.optional(),
  status: z.enum(SLOT_STATUSES).optional(),
  /** Open items needing attention: overdue (missing), returned, awaiting review or an extension decision. */
  attention: z.enum(['overdue', 'returned', 'review', 'extension', 'amended']).optional(),
  sort: z.enum(SLOT_SORTS).default('dueOn'),
});
export type SlotListQuery = z.infer<typeof slotListQuery>;

export const reportInput = z.object({
  content: optionalText(5000).meta({ title: T.reportContent }),
  figureValues: z.record(z.string().max(10), z.number().min(0).max(1e9)).default({}),
  fileIds: z.array(id).max(20).default([]),
  version: dbVersion,
});
export const reviewInput = z
  .object({
    decision: z.enum(['accept', 'return']).meta({ title: T.reviewDecision }),
    reason: optionalText(500).meta({ title: T.reviewReason }),
    version: dbVersion,
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'return' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '退回时须说明理由' });
  });
export const extensionRequest = z.object({
  until: isoDate.meta({ title: T.extensionUntil }),
  reason: text(500).meta({ title: T.extensionReason }),
  version: dbVersion,
});
export const extensionDecision = z
  .object({
    grant: z.boolean(),
    until: isoDate.nullish().transform((v) => v ?? null),
    reason: optionalText(500).meta({ title: T.decisionReason }),
    version: dbVersion,
  })
  .superRefine((v, ctx) => {
    if (!v.grant && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '不同意延期时须说明理由' });
  });
export const reminderInput = z.object({ note: optionalText(300).meta({ title: T.reminderNote }) });

export const matrixQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  areaId: id.optional(),
  category: z.string().trim().max(50).optional(),
});

/** A cell: its state (task CELL_STATES or mechanism ADOPTION_CELLS) and the record behind it (0 = none yet). */
export const matrixCell = z.object({ state: z.string(), refId: z.number() });
const counts = z.record(z.string(), z.number());
export const matrix = z.object({
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      areaId: z.number().nullable(),
      areaName: z.string().nullable(),
      category: z.string(),
      cells: z.record(z.string(), matrixCell),
      counts,
      rate: z.number(),
    }),
  ),
  byArea: z.array(
    z.object({ key: z.string(), label: z.string(), counts, rate: z.number(), units: z.number() }),
  ),
  byCategory: z.array(
    z.object({ key: z.string(), label: z.string(), counts, rate: z.number(), units: z.number() }),
  ),
  totals: counts,
  rate: z.number(),
});
export type Matrix = z.infer<typeof matrix>;

/** Shanghai calendar date of an ISO instant. */
export function dateInShanghai(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The one rule of what a report slot looks like on the matrix, shared by server, web and tests. */
export function slotState(
  s: { status: string; dueOn: string; submittedAt: string | null },
  today: string,
): CellState {
  switch (s.status) {
    case 'accepted':
      return s.submittedAt && dateInShanghai(s.submittedAt) <= s.dueOn ? 'done' : 'late';
    case 'submitted':
      return 'review';
    case 'returned':
      return 'returned';
    default:
      return today > s.dueOn ? 'missing' : 'open';
  }
}

/** Share of cells that are finished (done or late) — the completion rate shown per row and roll-up. */
export function completionRate(c: Partial<Record<CellState, number>>): number {
  const total = CELL_STATES.reduce((n, k) => n + (c[k] ?? 0), 0);
  return total ? Math.round((((c.done ?? 0) + (c.late ?? 0)) / total) * 1000) / 10 : 0;
}
