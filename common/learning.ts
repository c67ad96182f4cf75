import { z } from 'zod';
import { dbVersion, id, isoDate, optionalText, pageQuery, text } from './validation.js';

/** 党员读书活动的形式 (what units report). */
export const READING_ACTIVITY_TYPES = [
  'reading_corner',
  'reading_room',
  'study_board',
  'online_study',
  'exchange_meeting',
  'good_book',
] as const;
export type ReadingActivityType = (typeof READING_ACTIVITY_TYPES)[number];

export const ATTENDANCE_STATUSES = ['pending', 'present', 'absent'] as const;
export const GIFT_RECIPIENTS = ['attendees', 'unit'] as const;
export const MATERIAL_STATUSES = ['draft', 'published'] as const;

const year = z.coerce.number().int().min(2000).max(2100);
const fileIds = z.array(id).max(20).default([]);
const isbn = z
  .string()
  .trim()
  .regex(/^(97[89][- ]?)?\d{1,5}[- ]?\d{1,7}[- ]?\d{1,7}[- ]?[\dX]$/i, 'ISBN 格式不正确')
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

// ---- books (书目库) ------------------------------------------------------------------------

export const bookInput = z.object({
  title: text(100).meta({ title: '书名' }),
  author: optionalText(100),
  publisher: optionalText(100),
  isbn,
});
export const bookUpdate = bookInput.extend({ version: dbVersion });
export const book = z.object({
  id: z.number(),
  title: z.string(),
  author: z.string().nullable(),
  publisher: z.string().nullable(),
  isbn: z.string().nullable(),
  giftCount: z.number(),
  version: z.number(),
});
export type Book = z.infer<typeof book>;
export const bookListQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['title', 'id']).default('id'),
});
export type BookListQuery = z.infer<typeof bookListQuery>;

// ---- study days (党务干部学习日) -------------------------------------------------------------

export const giftInput = z.object({
  bookId: id,
  copies: z.number().int().min(1).max(100000),
  recipient: z.enum(GIFT_RECIPIENTS),
  unitId: id.nullish().transform((v) => v ?? null),
});
export const studyDayInput = z.object({
  heldOn: isoDate,
  theme: text(200).meta({ title: '学习日主题' }),
  lecturers: optionalText(200).meta({ title: '主讲人' }),
  guide: optionalText(5000).meta({ title: '学习导读' }),
  invitedUnitIds: z.array(id).max(1000).default([]),
  gifts: z.array(giftInput).max(50).default([]),
});
export const studyDayUpdate = studyDayInput.extend({ version: dbVersion });
export const attendanceInput = z.object({
  version: dbVersion,
  signIns: z
    .array(
      z.object({
        unitId: id,
        status: z.enum(ATTENDANCE_STATUSES),
        attendee: optionalText(50).meta({ title: '签到人' }),
        /** 签到 by person (optional): the names of the people the unit sent. */
        attendees: z.array(text(20)).max(100).default([]).meta({ title: '参加人员' }),
        reason: optionalText(200).meta({ title: '缺席原因' }),
      }),
    )
    .min(1)
    .max(1000),
});
export const studyDaySummary = z.object({
  id: z.number(),
  heldOn: z.string(),
  theme: z.string(),
  lecturers: z.string().nullable(),
  invitedCount: z.number(),
  presentCount: z.number(),
  absentCount: z.number(),
  books: z.array(z.string()),
  version: z.number(),
});
export const studyDay = studyDaySummary.extend({
  guide: z.string().nullable(),
  attendance: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      status: z.enum(ATTENDANCE_STATUSES),
      attendee: z.string().nullable(),
      attendees: z.array(z.string()),
      reason: z.string().nullable(),
    }),
  ),
  /** People signed in by name, over the units in reach. */
  attendeeCount: z.number(),
  gifts: z.array(
    z.object({
      id: z.number(),
      bookId: z.number(),
      bookTitle: z.string(),
      copies: z.number(),
      recipient: z.enum(GIFT_RECIPIENTS),
      unitId: z.number().nullable(),
      unitName: z.string().nullable(),
    }),
  ),
});
export type StudyDay = z.infer<typeof studyDay>;
export type StudyDaySummary = z.infer<typeof studyDaySummary>;
export const studyDayListQuery = z.object({
  ...pageQuery,
  year: year.optional(),
  sort: z.enum(['heldOn', 'id']).default('heldOn'),
});
export type StudyDayListQuery = z.infer<typeof studyDayListQuery>;

// ---- recommended reading list (荐读书目) ----------------------------------------------------

export const readingListInput = z.object({
  version: z.number().int().min(0),
  title: text(100).meta({ title: '书目标题' }),
  intro: optionalText(2000).meta({ title: '书目说明' }),
  published: z.boolean().default(false),
  items: z
    .array(z.object({ bookId: id, note: optionalText(300).meta({ title: '推荐语' }) }))
    .max(200)
    .default([]),
});
export const readingList = z.object({
  year: z.number(),
  title: z.string(),
  intro: z.string().nullable(),
  published: z.boolean(),
  items: z.array(
    z.object({
      bookId: z.number(),
      title: z.string(),
      author: z.string().nullable(),
      publisher: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  version: z.number(),
});
export type ReadingList = z.infer<typeof readingList>;
export const yearParams = z.object({ year });

// ---- unit reading activities (单位读书活动) ------------------------------------------------

export const readingActivityInput = z.object({
  unitId: id,
  type: z.enum(READING_ACTIVITY_TYPES).meta({ title: '活动形式' }),
  heldOn: isoDate.meta({ title: '活动日期' }),
  title: text(200).meta({ title: '活动名称' }),
  participants: z.number().int().min(0).max(100000).meta({ title: '参加人数' }),
  summary: optionalText(2000).meta({ title: '活动情况' }),
  fileIds,
});
export const readingActivityUpdate = readingActivityInput.extend({ version: dbVersion });
const fileMeta = z.object({
  id: z.number(),
  originalName: z.string(),
  size: z.number(),
  mime: z.string(),
  createdAt: z.string(),
});
export const readingActivity = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  type: z.enum(READING_ACTIVITY_TYPES),
  heldOn: z.string(),
  title: z.string(),
  participants: z.number(),
  summary: z.string().nullable(),
  files: z.array(fileMeta),
  version: z.number(),
});
export type ReadingActivity = z.infer<typeof readingActivity>;
export const readingActivityListQuery = z.object({
  ...pageQuery,
  unitId: id.optional(),
  type: z.enum(READING_ACTIVITY_TYPES).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['heldOn', 'id']).default('heldOn'),
});
export type ReadingActivityListQuery = z.infer<typeof readingActivityListQuery>;
export const coverageQuery = z.object({ from: isoDate, to: isoDate, areaId: id.optional() });
export const coverage = z.object({
  from: z.string(),
  to: z.string(),
  types: z.array(z.enum(READING_ACTIVITY_TYPES)),
  rows: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      areaName: z.string().nullable(),
      counts: z.record(z.string(), z.number()),
      total: z.number(),
    }),
  ),
  unitsTotal: z.number(),
  unitsReported: z.number(),
  activitiesTotal: z.number(),
});
export type Coverage = z.infer<typeof coverage>;

// ---- study material (《党员理论学习辅导材料》) ------------------------------------------------

export const studyMaterialInput = z.object({
  year: year.meta({ title: '年度' }),
  title: text(200).meta({ title: '辅导材料标题' }),
  contents: text(20000).meta({ title: '辅导材料内容' }),
  fileIds,
});
export const studyMaterialUpdate = studyMaterialInput.extend({ version: dbVersion });
export const versionOnly = z.object({ version: dbVersion });
export const studyMaterial = z.object({
  id: z.number(),
  year: z.number(),
  number: z.number().nullable(),
  title: z.string(),
  contents: z.string(),
  status: z.enum(MATERIAL_STATUSES),
  publishedAt: z.string().nullable(),
  files: z.array(fileMeta),
  version: z.number(),
});
export type StudyMaterial = z.infer<typeof studyMaterial>;
export const studyMaterialListQuery = z.object({
  ...pageQuery,
  year: year.optional(),
  status: z.enum(MATERIAL_STATUSES).optional(),
  sort: z.enum(['number', 'id']).default('id'),
});
export type StudyMaterialListQuery = z.infer<typeof studyMaterialListQuery>;
