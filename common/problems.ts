import { z } from 'zod';
import { id, isoDate, optionalText, pageQuery, text } from './validation.js';

export const SOURCE_TYPES = [
  'visit',
  'unannounced',
  'inspection_shortcoming',
  'review_meeting',
  'manual',
] as const;
export const SEVERITIES = ['general', 'serious', 'major'] as const;
/** 立行立改 / 限期整改 / 长期坚持 */
export const DEADLINE_TYPES = ['immediate', 'deadline', 'long_term'] as const;
/**
 * registered (待反馈) → fed_back (已反馈，待报措施) → measures_submitted (已报措施) → in_progress (整改中)
 * → verification_requested (申请验收) → verified (验收通过) → closed (已销号);
 * verification_requested → returned (退回重改) → measures_submitted / in_progress → …
 */
export const STATUSES = [
  'registered',
  'fed_back',
  'measures_submitted',
  'in_progress',
  'verification_requested',
  'returned',
  'verified',
  'closed',
] as const;
export type ProblemStatus = (typeof STATUSES)[number];
/** Statuses in which the rectification counts as done (for the rectification rate). */
export const DONE_STATUSES: readonly ProblemStatus[] = ['verified', 'closed'];
/** Statuses in which the unit may (re)state its measures. */
export const ANSWERABLE_STATUSES: readonly ProblemStatus[] = [
  'fed_back',
  'measures_submitted',
  'in_progress',
  'returned',
];
export const DEFAULT_CATEGORIES = ['服务态度', '办事效率', '工作纪律', '履职尽责', '廉洁自律', '制度建设'];

export const EVENT_KINDS = [
  'created',
  'edited',
  'fed_back',
  'measures',
  'progress',
  'verification_requested',
  'verified',
  'returned',
  'closed',
  'reminded',
] as const;

/** Overdue: not yet verified/closed, and past the reply-by date (no measures yet) or past the deadline. */
export function isOverdue(
  p: { status: string; replyBy: string | null; deadlineType: string | null; deadlineOn: string | null },
  today: string,
): boolean {
  if ((DONE_STATUSES as readonly string[]).includes(p.status) || p.status === 'registered') return false;
  if (p.status === 'fed_back') return !!p.replyBy && p.replyBy < today;
  return p.deadlineType !== 'long_term' && !!p.deadlineOn && p.deadlineOn < today;
}

const version = z.number().int().positive();

const problemFields = {
  campaignId: id.nullish().transform((v) => v ?? null),
  sourceType: z.enum(SOURCE_TYPES),
  sourceId: id.nullish().transform((v) => v ?? null),
  unitId: id.meta({ title: '责任单位' }),
  categoryName: text(30),
  severity: z.enum(SEVERITIES).default('general'),
  description: text(2000).meta({ title: '问题描述' }),
  foundOn: isoDate,
};
export const problemInput = z.object(problemFields);
export const problemUpdate = z.object({ ...problemFields, version });
export type ProblemInput = z.infer<typeof problemInput>;

export const feedbackInput = z.object({
  items: z.array(z.object({ id, version })).min(1).max(500).meta({ title: '反馈的问题' }),
  /** The date by which units must report their measures. */
  replyBy: isoDate,
  note: optionalText(500).meta({ title: '反馈说明' }),
});
export const rectificationInput = z.object({
  measures: text(5000),
  responsibleLeader: text(50),
  responsiblePerson: text(50),
  deadlineType: z.enum(DEADLINE_TYPES),
  deadlineOn: isoDate.nullish().transform((v) => v ?? null),
  version,
});
export type RectificationInput = z.infer<typeof rectificationInput>;
export const progressInput = z.object({
  note: text(2000).meta({ title: '进展情况' }),
  fileIds: z.array(id).max(20).default([]),
  version,
});
export const stepInput = z.object({ note: optionalText(1000).meta({ title: '意见' }), version });
export const returnInput = z.object({ returnReason: text(1000), version });
export const remindInput = z.object({ note: optionalText(500).meta({ title: '催办说明' }) });
export const categoriesInput = z.object({ names: z.array(text(30)).min(1).max(50) });

const fileMeta = z.object({
  id: z.number(),
  originalName: z.string(),
  size: z.number(),
  mime: z.string(),
  createdAt: z.string(),
});
export const problem = z.object({
  id: z.number(),
  code: z.string(),
  campaignId: z.number().nullable(),
  campaignName: z.string().nullable(),
  sourceType: z.enum(SOURCE_TYPES),
  sourceId: z.number().nullable(),
  sourceLabel: z.string().nullable(),
  unitId: z.number(),
  unitName: z.string(),
  categoryName: z.string(),
  severity: z.enum(SEVERITIES),
  description: z.string(),
  foundOn: z.string(),
  status: z.enum(STATUSES),
  overdue: z.boolean(),
  replyBy: z.string().nullable(),
  fedBackAt: z.string().nullable(),
  measures: z.string().nullable(),
  responsibleLeader: z.string().nullable(),
  responsiblePerson: z.string().nullable(),
  deadlineType: z.enum(DEADLINE_TYPES).nullable(),
  deadlineOn: z.string().nullable(),
  returnReason: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  verifiedByName: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedByName: z.string().nullable(),
  reminderCount: z.number(),
  lastRemindedAt: z.string().nullable(),
  version: z.number(),
});
export type Problem = z.infer<typeof problem>;
export const problemEvent = z.object({
  id: z.number(),
  kind: z.enum(EVENT_KINDS),
  note: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
  files: z.array(fileMeta),
});
export type ProblemEvent = z.infer<typeof problemEvent>;
export const problemDetail = problem.extend({ events: z.array(problemEvent) });
export type ProblemDetail = z.infer<typeof problemDetail>;

export const PROBLEM_SORTS = ['foundOn', 'code', 'unit', 'status', 'deadlineOn', 'categoryName'] as const;
const listFilters = {
  campaignId: id.optional(),
  unitId: id.optional(),
  status: z.enum(STATUSES).optional(),
  categoryName: z.string().trim().max(30).optional(),
  sourceType: z.enum(SOURCE_TYPES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(50).optional(),
};
export const problemListQuery = z.object({
  ...pageQuery,
  ...listFilters,
  order: z.enum(['asc', 'desc']).default('desc'),
  sort: z.enum(PROBLEM_SORTS).default('foundOn'),
});
export type ProblemListQuery = z.infer<typeof problemListQuery>;
export const problemExportQuery = z.object(listFilters);
export type ProblemFilters = z.infer<typeof problemExportQuery>;

export const statsQuery = z.object({
  campaignId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type StatsQuery = z.infer<typeof statsQuery>;
const bucket = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number(),
  overdue: z.number(),
  done: z.number(),
});
export const problemStats = z.object({
  total: z.number(),
  done: z.number(),
  overdue: z.number(),
  departments: z.number(),
  /** Share of problems verified or closed, 0..1 (0 when there are none). */
  rectificationRate: z.number(),
  byCategory: z.array(bucket),
  byUnit: z.array(bucket),
  byStatus: z.array(bucket),
});
export type ProblemStats = z.infer<typeof problemStats>;

export const todoSummary = z.object({
  /** Unit admin: problems awaiting its answer or action; staff: items awaiting verification. */
  actionable: z.number(),
  overdue: z.number(),
  items: z.array(problem),
});
export type TodoSummary = z.infer<typeof todoSummary>;
