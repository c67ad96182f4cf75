import { z } from 'zod';
import { GRADES, month, textList, time, version, year } from './inspections/base.js';
import { correction, item, record } from './inspections/records.js';
import { id, isoDate, optionalText, pageQuery, text } from './validation.js';

/**
 * 中心组理论学习巡听: schemas shared by the server and the web forms (plans, sessions, study
 * plans, workbench here; records and year-end in ./inspections/). The study-plan deadline rule
 * lives in ./inspections/base.ts, so the form shows the same 迟报 verdict the server stores.
 */

export * from './inspections/base.js';
export * from './inspections/records.js';
export * from './inspections/year-end.js';

// ---- plans ------------------------------------------------------------------------------------

export const planEntry = z.object({
  unitId: id.meta({ title: '巡听单位' }),
  month: month.meta({ title: '巡听月份' }),
});
const planFields = {
  title: text(200).meta({ title: '通知标题' }),
  docPrefix: text(20).meta({ title: '机关代字' }),
  noticeBody: z.string().trim().max(20000).default(''),
  entries: z.array(planEntry).min(1).max(2000).meta({ title: '巡听单位' }),
};
export const planInput = z.object({
  year: z.number().int().min(2000).max(2100).meta({ title: '计划年度' }),
  ...planFields,
});
export const planUpdate = z.object({ ...planFields, version });
export const versionOnly = z.object({ version });
export const planListQuery = z.object({ year: year.optional() });

export const planSummary = z.object({
  id: z.number(),
  year: z.number(),
  title: z.string(),
  docPrefix: z.string(),
  docNo: z.string().nullable(),
  status: z.enum(['draft', 'issued']),
  issuedOn: z.string().nullable(),
  unitCount: z.number(),
  version: z.number(),
});
export const planDetail = planSummary.extend({
  noticeBody: z.string(),
  entries: z.array(
    z.object({
      sessionId: z.number(),
      unitId: z.number(),
      unitName: z.string(),
      areaName: z.string().nullable(),
      month: z.number(),
    }),
  ),
});
export type PlanDetail = z.infer<typeof planDetail>;

export const calendarQuery = z.object({ areaId: id.optional() });
export const calendarRow = z.object({
  sessionId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  areaName: z.string().nullable(),
  plannedMonth: z.number(),
  effectiveDate: z.string().nullable(),
  inspectedOn: z.string().nullable(),
  state: z.string(),
});

export const progressQuery = z.object({ from: isoDate, to: isoDate, areaId: id.optional() });
export const progress = z.object({
  from: z.string(),
  to: z.string(),
  planned: z.number(),
  inspected: z.number(),
  byMonth: z.array(z.object({ month: z.string(), planned: z.number(), inspected: z.number() })),
});

// ---- sessions -------------------------------------------------------------------------------------

export const SESSION_STATES = [
  'planned',
  'studyPlanDue',
  'studyPlanMissing',
  'studyPlanReturned',
  'studyPlanSubmitted',
  'studyPlanAccepted',
  'recordDraft',
  'inspected',
] as const;
export type SessionState = (typeof SESSION_STATES)[number];
export const STUDY_PLAN_STATUSES = ['submitted', 'returned', 'accepted'] as const;
export type StudyPlanStatus = (typeof STUDY_PLAN_STATUSES)[number];
export const SESSION_SORTS = ['month', 'unit', 'date', 'inspectedOn'] as const;
export const sessionListQuery = z.object({
  ...pageQuery,
  year: year.optional(),
  planId: id.optional(),
  areaId: id.optional(),
  unitId: id.optional(),
  month: month.optional(),
  mine: z.enum(['true', 'false']).optional(),
  inspected: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(SESSION_SORTS).default('month'),
});
export type SessionListQuery = z.infer<typeof sessionListQuery>;

export const teamMember = z.object({ userId: z.number(), name: z.string(), role: z.string() });
export const sessionSummary = z.object({
  id: z.number(),
  planId: z.number(),
  year: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  areaId: z.number().nullable(),
  areaName: z.string().nullable(),
  plannedMonth: z.number(),
  scheduledDate: z.string().nullable(),
  effectiveDate: z.string().nullable(),
  topic: z.string().nullable(),
  studyPlanStatus: z.enum(['none', ...STUDY_PLAN_STATUSES]),
  studyPlanLate: z.boolean().nullable(),
  recordStatus: z.enum(['none', 'draft', 'submitted']),
  inspectedOn: z.string().nullable(),
  grade: z.enum(GRADES).nullable(),
  feedbackAcknowledged: z.boolean(),
  state: z.enum(SESSION_STATES),
  version: z.number(),
});
export type SessionSummary = z.infer<typeof sessionSummary>;

export const scheduleInput = z.object({
  plannedMonth: z.number().int().min(1).max(12).meta({ title: '安排月份' }),
  scheduledDate: isoDate
    .nullish()
    .transform((v) => v ?? null)
    .meta({ title: '巡听日期' }),
  version,
});
export const teamInput = z.object({
  memberIds: z.array(id).min(1).max(20).meta({ title: '巡听组成员' }),
  version,
});

// ---- study plans --------------------------------------------------------------------------------

export const studyPlanInput = z.object({
  sessionDate: isoDate.meta({ title: '学习日期' }),
  startTime: time.meta({ title: '开始时间' }),
  place: text(100).meta({ title: '学习地点' }),
  topic: text(200).meta({ title: '学习专题' }),
  host: text(50).meta({ title: '主持人' }),
  speakers: textList(20, 50).min(1).meta({ title: '中心发言人' }),
  questions: textList(20, 300).min(1).meta({ title: '讨论题目' }),
  attendees: textList(100, 50).min(1).meta({ title: '应参加人员' }),
  fileIds: z.array(id).max(20).default([]).meta({ title: '附件' }),
});
export type StudyPlanInput = z.infer<typeof studyPlanInput>;
/** 审核通过: the committee accepts the latest submitted version, optionally with a comment. */
export const acceptInput = z.object({ comment: optionalText(500).meta({ title: '审核意见' }) });
export const returnInput = z.object({ reason: text(500).meta({ title: '退回原因' }) });
export const fileRef = z.object({
  id: z.number(),
  originalName: z.string(),
  size: z.number(),
  mime: z.string(),
});
export const studyPlan = z.object({
  id: z.number(),
  versionNo: z.number(),
  sessionDate: z.string(),
  startTime: z.string(),
  place: z.string(),
  topic: z.string(),
  host: z.string(),
  speakers: z.array(z.string()),
  questions: z.array(z.string()),
  attendees: z.array(z.string()),
  files: z.array(fileRef),
  submittedAt: z.string(),
  submittedOn: z.string(),
  submittedByName: z.string().nullable(),
  daysAhead: z.number(),
  late: z.boolean(),
  status: z.enum(STUDY_PLAN_STATUSES),
  returnReason: z.string().nullable(),
  returnedAt: z.string().nullable(),
  acceptComment: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  acceptedByName: z.string().nullable(),
});
export type StudyPlan = z.infer<typeof studyPlan>;

export const sessionDetail = z.object({
  session: sessionSummary,
  plan: z.object({ id: z.number(), title: z.string(), docNo: z.string().nullable() }),
  team: z.array(teamMember),
  isTeamMember: z.boolean(),
  studyPlans: z.array(studyPlan),
  record: record.nullable(),
  items: z.array(item),
  corrections: z.array(correction),
});
export type SessionDetail = z.infer<typeof sessionDetail>;

// ---- workbench ----------------------------------------------------------------------------------------

export const TODO_KINDS = [
  'notice',
  'studyPlanDue',
  'studyPlanMissing',
  'studyPlanReturned',
  'feedbackToAck',
  'toInspect',
  'recordDraft',
  'studyPlanToReview',
  'selectionToApprove',
  'publicityEnded',
] as const;
export const todo = z.object({
  kind: z.enum(TODO_KINDS),
  sessionId: z.number().nullable(),
  planId: z.number().nullable(),
  selectionId: z.number().nullable(),
  /** The plan year of a session's item (null for selection steps). */
  year: z.number().nullable(),
  unitName: z.string().nullable(),
  date: z.string().nullable(),
  text: z.string(),
});
export type Todo = z.infer<typeof todo>;

/** True for a real YYYY-MM-DD date (the correction of a date field is checked with it). */
export function isoDateCheck(value: string): boolean {
  return isoDate.safeParse(value).success;
}
