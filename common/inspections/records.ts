import { z } from 'zod';
import { id, isoDate, optionalText, pageQuery, text } from '../validation.js';
import {
  CHECK_RESULTS,
  CRITERIA,
  CRITERION_MAX,
  GRADES,
  ITEM_KINDS,
  PRACTICE_CATEGORIES,
  version,
  year,
} from './base.js';

/** 巡听 records (查、问、听、评), their corrections after locking, the checklist and the registers. */

// ---- records ---------------------------------------------------------------------------------------

export const attendee = z.object({
  name: text(50).meta({ title: '参加人员姓名' }),
  present: z.boolean().meta({ title: '是否出席' }),
  absenceReason: optionalText(200).meta({ title: '缺席原因' }),
});
export const checkResult = z.object({
  itemId: id.meta({ title: '检查项目' }),
  result: z.enum(CHECK_RESULTS).meta({ title: '检查结果' }),
  note: optionalText(300).meta({ title: '检查说明' }),
});
export const scoreInput = z.object({
  criterion: z.enum(CRITERIA).meta({ title: '评分项' }),
  score: z.number().min(0).max(CRITERION_MAX).meta({ title: '分项得分' }),
});
export const itemInput = z.object({
  itemCategory: z.enum(PRACTICE_CATEGORIES).meta({ title: '条目类别' }),
  content: text(1000).meta({ title: '条目内容' }),
});
export const recordInput = z.object({
  inspectedOn: isoDate.meta({ title: '巡听日期' }),
  attendance: z.array(attendee).max(200),
  checks: z.array(checkResult).max(100),
  questionsAsked: z.string().trim().max(5000).default(''),
  notes: z.string().trim().max(20000).default(''),
  grade: z
    .enum(GRADES)
    .nullish()
    .transform((v) => v ?? null)
    .meta({ title: '评定等次' }),
  scores: z.array(scoreInput).max(CRITERIA.length).default([]),
  practices: z.array(itemInput).max(50),
  shortcomings: z.array(itemInput).max(50),
  feedback: z.string().trim().max(10000).default('').meta({ title: '反馈意见' }),
  /** Version of the record being edited; absent for the first save. */
  version: version.optional(),
});
export type RecordInput = z.infer<typeof recordInput>;

/** Fields of a locked record whose correction is a single text value. */
export const CORRECTABLE_FIELDS = ['inspectedOn', 'grade', 'questionsAsked', 'notes', 'feedback'] as const;
/** Every correction: the text fields, the attendance list, the scores, and one practice/shortcoming item. */
export const CORRECTION_FIELDS = [
  ...CORRECTABLE_FIELDS,
  'attendance',
  'scores',
  'itemAdd',
  'itemEdit',
  'itemRemove',
] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

/** What each kind of correction must carry (besides the reason and the version). */
const NEEDS: Record<CorrectionField, readonly string[]> = {
  inspectedOn: ['newValue'],
  grade: ['newValue'],
  questionsAsked: ['newValue'],
  notes: ['newValue'],
  feedback: ['newValue'],
  attendance: ['attendance'],
  scores: ['scores'],
  itemAdd: ['kind', 'itemCategory', 'content'],
  itemEdit: ['itemId', 'itemCategory', 'content'],
  itemRemove: ['itemId'],
};

export const correctionInput = z
  .object({
    field: z.enum(CORRECTION_FIELDS).meta({ title: '更正项' }),
    newValue: z.string().trim().max(20000).optional().meta({ title: '更正后内容' }),
    attendance: z.array(attendee).min(1).max(200).optional().meta({ title: '更正后的出勤情况' }),
    scores: z.array(scoreInput).min(1).max(CRITERIA.length).optional().meta({ title: '更正后的分项评分' }),
    itemId: id.optional().meta({ title: '更正的条目' }),
    kind: z.enum(ITEM_KINDS).optional().meta({ title: '条目类型' }),
    itemCategory: z.enum(PRACTICE_CATEGORIES).optional().meta({ title: '条目类别' }),
    content: text(1000).optional().meta({ title: '条目内容' }),
    reason: text(500).meta({ title: '更正原因' }),
    version,
  })
  .superRefine((v, ctx) => {
    for (const key of NEEDS[v.field] ?? [])
      if (v[key as keyof typeof v] === undefined)
        ctx.addIssue({ code: 'custom', path: [key], message: '不能为空', input: undefined });
  });
export type CorrectionInput = z.infer<typeof correctionInput>;

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

// ---- check items (tenant configuration) --------------------------------------------------------

export const checkItemInput = z.object({
  name: text(100).meta({ title: '检查项目名称' }),
  sort: z.number().int().min(0).max(9999).default(0).meta({ title: '排序号' }),
  active: z.boolean().default(true).meta({ title: '是否启用' }),
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
  q: z.string().trim().max(50).optional().meta({ title: '内容或单位' }),
  sort: z.enum(REGISTER_SORTS).default('inspectedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type RegisterQuery = z.infer<typeof registerQuery>;
export const registerKindParams = z.object({ kind: z.enum(ITEM_KINDS).meta({ title: '登记类型' }) });
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
