import { z } from 'zod';
import { id, isoDate, optionalText, pageQuery, text } from './validation.js';

/**
 * 中心组理论学习巡听: schemas shared by the server and the web forms. The study-plan deadline
 * rule lives here too, so the form shows the same 迟报 verdict the server stores.
 */

export const GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export type Grade = (typeof GRADES)[number];
/** Evaluation criteria (each scored 0–25, total 100). */
export const CRITERIA = ['organisation', 'content', 'discussion', 'archive'] as const;
export const CRITERION_MAX = 25;
export const ITEM_KINDS = ['practice', 'shortcoming'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const PRACTICE_CATEGORIES = ['system', 'content', 'form', 'effect', 'archive', 'other'] as const;
export const CHECK_RESULTS = ['yes', 'partial', 'no'] as const;
export const STUDY_PLAN_LEAD_DAYS = 7;

/** Whole calendar days from a to b (YYYY-MM-DD), b − a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
/** A study plan submitted on Shanghai day `submittedOn` for a session on `sessionDate` is on time iff ≥ 7 days ahead. */
export function isLateSubmission(submittedOn: string, sessionDate: string): boolean {
  return daysBetween(submittedOn, sessionDate) < STUDY_PLAN_LEAD_DAYS;
}

const year = z.coerce.number().int().min(2000).max(2100);
const month = z.coerce.number().int().min(1).max(12);
const version = z.number().int().positive();
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');
const textList = (max: number, each = 200) => z.array(text(each)).max(max);

// ---- plans ------------------------------------------------------------------------------------

export const planEntry = z.object({ unitId: id, month });
const planFields = {
  title: text(200),
  docPrefix: text(20),
  noticeBody: z.string().trim().max(20000).default(''),
  entries: z.array(planEntry).min(1).max(2000),
};
export const planInput = z.object({ year: z.number().int().min(2000).max(2100), ...planFields });
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
  'recordDraft',
  'inspected',
] as const;
export type SessionState = (typeof SESSION_STATES)[number];
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
  studyPlanStatus: z.enum(['none', 'submitted', 'returned']),
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
  plannedMonth: z.number().int().min(1).max(12),
  scheduledDate: isoDate.nullish().transform((v) => v ?? null),
  version,
});
export const teamInput = z.object({ memberIds: z.array(id).min(1).max(20), version });

// ---- study plans --------------------------------------------------------------------------------

export const studyPlanInput = z.object({
  sessionDate: isoDate,
  startTime: time,
  place: text(100),
  topic: text(200),
  host: text(50),
  speakers: textList(20, 50).min(1),
  questions: textList(20, 300).min(1),
  attendees: textList(100, 50).min(1),
  fileIds: z.array(id).max(20).default([]),
});
export type StudyPlanInput = z.infer<typeof studyPlanInput>;
export const returnInput = z.object({ reason: text(500) });
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
  status: z.enum(['submitted', 'returned']),
  returnReason: z.string().nullable(),
  returnedAt: z.string().nullable(),
});
export type StudyPlan = z.infer<typeof studyPlan>;

// ---- records ---------------------------------------------------------------------------------------

export const attendee = z.object({
  name: text(50),
  present: z.boolean(),
  absenceReason: optionalText(200),
});
export const checkResult = z.object({
  itemId: id,
  result: z.enum(CHECK_RESULTS),
  note: optionalText(300),
});
export const scoreInput = z.object({
  criterion: z.enum(CRITERIA),
  score: z.number().min(0).max(CRITERION_MAX),
});
export const itemInput = z.object({ itemCategory: z.enum(PRACTICE_CATEGORIES), content: text(1000) });
export const recordInput = z.object({
  inspectedOn: isoDate,
  attendance: z.array(attendee).max(200),
  checks: z.array(checkResult).max(100),
  questionsAsked: z.string().trim().max(5000).default(''),
  notes: z.string().trim().max(20000).default(''),
  grade: z
    .enum(GRADES)
    .nullish()
    .transform((v) => v ?? null),
  scores: z.array(scoreInput).max(CRITERIA.length).default([]),
  practices: z.array(itemInput).max(50),
  shortcomings: z.array(itemInput).max(50),
  feedback: z.string().trim().max(10000).default(''),
  /** Version of the record being edited; absent for the first save. */
  version: version.optional(),
});
export type RecordInput = z.infer<typeof recordInput>;

export const CORRECTABLE_FIELDS = ['inspectedOn', 'grade', 'questionsAsked', 'notes', 'feedback'] as const;
export const correctionInput = z.object({
  field: z.enum(CORRECTABLE_FIELDS),
  newValue: z.string().trim().max(20000),
  reason: text(500),
  version,
});

export const record = z.object({
  id: z.number(),
  status: z.enum(['draft', 'submitted']),
  inspectedOn: z.string(),
  attendance: z.array(
    z.object({ name: z.string(), present: z.boolean(), absenceReason: z.string().nullable() }),
  ),
  checks: z.array(
    z.object({
      itemId: z.number(),
      name: z.string(),
      result: z.enum(CHECK_RESULTS),
      note: z.string().nullable(),
    }),
  ),
  questionsAsked: z.string(),
  notes: z.string(),
  grade: z.enum(GRADES).nullable(),
  scores: z.array(z.object({ criterion: z.enum(CRITERIA), score: z.number() })),
  totalScore: z.number().nullable(),
  feedback: z.string(),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedByName: z.string().nullable(),
  version: z.number(),
});
export const item = z.object({
  id: z.number(),
  kind: z.enum(ITEM_KINDS),
  itemCategory: z.enum(PRACTICE_CATEGORIES),
  content: z.string(),
  addedByCorrection: z.boolean(),
});
export const correction = z.object({
  id: z.number(),
  field: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
  reason: z.string(),
  correctedByName: z.string().nullable(),
  correctedAt: z.string(),
});

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

// ---- check items (tenant configuration) --------------------------------------------------------

export const checkItemInput = z.object({
  name: text(100),
  sort: z.number().int().min(0).max(9999).default(0),
  active: z.boolean().default(true),
});
export const checkItemUpdate = checkItemInput.extend({ version });
export const checkItem = z.object({
  id: z.number(),
  name: z.string(),
  sort: z.number(),
  active: z.boolean(),
  version: z.number(),
});

// ---- registers ---------------------------------------------------------------------------------------

export const REGISTER_SORTS = ['inspectedOn', 'unit', 'category'] as const;
export const registerQuery = z.object({
  ...pageQuery,
  year: year.optional(),
  areaId: id.optional(),
  unitId: id.optional(),
  itemCategory: z.enum(PRACTICE_CATEGORIES).optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(REGISTER_SORTS).default('inspectedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type RegisterQuery = z.infer<typeof registerQuery>;
export const registerKindParams = z.object({ kind: z.enum(ITEM_KINDS) });
export const registerRow = z.object({
  id: z.number(),
  sessionId: z.number(),
  year: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  areaName: z.string().nullable(),
  inspectedOn: z.string().nullable(),
  itemCategory: z.enum(PRACTICE_CATEGORIES),
  content: z.string(),
});
export type RegisterRow = z.infer<typeof registerRow>;

// ---- year-end ----------------------------------------------------------------------------------------

export const yearQuery = z.object({ year });
export const rankingRow = z.object({
  rank: z.number(),
  sessionId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  areaName: z.string().nullable(),
  inspectedOn: z.string(),
  grade: z.enum(GRADES).nullable(),
  baseScore: z.number(),
  practices: z.number(),
  shortcomings: z.number(),
  timeliness: z.enum(['onTime', 'late', 'missing']),
  total: z.number(),
});
export type RankingRow = z.infer<typeof rankingRow>;

export const SELECTION_STATUSES = ['nominated', 'approved', 'publicizing', 'final', 'rejected'] as const;
export const nominationInput = z.object({
  year: z.number().int().min(2000).max(2100),
  unitId: id,
  reason: text(1000),
});
export const approvalInput = z.object({ approve: z.boolean(), comment: optionalText(500), version });
export const publicityInput = z.object({ days: z.number().int().min(1).max(30), version });
export const objectionInput = z.object({ content: text(1000), receivedOn: isoDate });
export const finalizeInput = z.object({
  decision: z.enum(['final', 'rejected']),
  comment: optionalText(500),
  version,
});
export const selection = z.object({
  id: z.number(),
  year: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  reason: z.string(),
  status: z.enum(SELECTION_STATUSES),
  nominatedByName: z.string().nullable(),
  approvalComment: z.string().nullable(),
  approvedByName: z.string().nullable(),
  publicityStart: z.string().nullable(),
  publicityEnd: z.string().nullable(),
  decisionComment: z.string().nullable(),
  finalizedAt: z.string().nullable(),
  objections: z.array(z.object({ id: z.number(), content: z.string(), receivedOn: z.string() })),
  version: z.number(),
});
export type Selection = z.infer<typeof selection>;

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
  unitName: z.string().nullable(),
  date: z.string().nullable(),
  text: z.string(),
});
export type Todo = z.infer<typeof todo>;

/** True for a real YYYY-MM-DD date (the correction of a date field is checked with it). */
export function isoDateCheck(value: string): boolean {
  return isoDate.safeParse(value).success;
}
