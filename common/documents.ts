import { z } from 'zod';
import { documentsTitles as T } from './locale/zh-CN/documents.js';
import { dbVersion, id, isoDate, optionalText, pageQuery, text } from './validation.js';

export const DOC_KINDS = [
  'notice',
  'implementation',
  'plan',
  'opinion',
  'decision',
  'report',
  'letter',
] as const;
export type DocKind = (typeof DOC_KINDS)[number];
export const BLOCK_KINDS = ['h1', 'h2', 'h3', 'h4', 'p'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];
export const DOC_STATUSES = ['draft', 'issued'] as const;
export type DocStatus = (typeof DOC_STATUSES)[number];

/** How a document or task chooses its units: every unit, one area, one assessment category, or a list. */
export const TARGET_MODES = ['all', 'area', 'category', 'units'] as const;
export type TargetMode = (typeof TARGET_MODES)[number];

export const block = z.object({
  kind: z.enum(BLOCK_KINDS).meta({ title: T.blockKind }),
  text: z.string().trim().min(1).max(5000).meta({ title: T.blockText }),
});
export type Block = z.infer<typeof block>;

export const target = z
  .object({
    mode: z.enum(TARGET_MODES).meta({ title: T.targetMode }),
    areaId: id.nullish().transform((v) => v ?? null),
    category: optionalText(50),
    unitIds: z.array(id).max(2000).default([]).meta({ title: T.targetUnits }),
  })
  .superRefine((t, ctx) => {
    if (t.mode === 'area' && !t.areaId)
      ctx.addIssue({ code: 'custom', path: ['areaId'], message: '请选择片区' });
    if (t.mode === 'category' && !t.category)
      ctx.addIssue({ code: 'custom', path: ['category'], message: '请选择考核类别' });
    if (t.mode === 'units' && t.unitIds.length === 0)
      ctx.addIssue({ code: 'custom', path: ['unitIds'], message: '至少选择1个单位' });
  });
export type Target = z.infer<typeof target>;

/** 机关代字: a short organ code such as 云直党工 (Chinese characters, no brackets or digits). */
const orgCode = z
  .string()
  .trim()
  .min(1)
  .max(12)
  .regex(/^[\u4e00-\u9fa5A-Za-z]+$/, '只能填写汉字或字母');

export const documentInput = z.object({
  kind: z.enum(DOC_KINDS).meta({ title: T.docKind }),
  orgCode: orgCode.meta({ title: T.orgCode }),
  title: text(200).meta({ title: T.docTitle }),
  recipientsText: optionalText(300).meta({ title: T.recipientsText }),
  blocks: z.array(block).min(1).max(500).meta({ title: T.blocks }),
  attachmentNotes: z
    .array(text(200).meta({ title: T.attachmentNote }))
    .max(20)
    .default([]),
  fileIds: z.array(id).max(20).default([]),
  signature: text(100).meta({ title: T.signature }),
  writtenOn: isoDate.meta({ title: T.writtenOn }),
  copyTo: optionalText(300).meta({ title: T.copyTo }),
  target: target.meta({ title: T.target }),
});
export type DocumentInput = z.infer<typeof documentInput>;
export const documentUpdate = documentInput.extend({ version: dbVersion });
export const issueBody = z.object({ version: dbVersion });

const fileMeta = z.object({
  id: z.number(),
  originalName: z.string(),
  size: z.number(),
  mime: z.string(),
  createdAt: z.string(),
});

export const documentSummary = z.object({
  id: z.number(),
  kind: z.enum(DOC_KINDS),
  status: z.enum(DOC_STATUSES),
  docNumber: z.string().nullable(),
  title: z.string(),
  writtenOn: z.string(),
  issuedAt: z.string().nullable(),
  recipientCount: z.number(),
  readCount: z.number(),
  taskCount: z.number(),
  /** For a unit's own view: when the unit first opened it (null = unread). */
  readAt: z.string().nullable(),
  version: z.number(),
});
export type DocumentSummary = z.infer<typeof documentSummary>;

export const documentDetail = documentSummary.extend({
  orgCode: z.string(),
  recipientsText: z.string().nullable(),
  blocks: z.array(block),
  attachmentNotes: z.array(z.string()),
  files: z.array(fileMeta),
  signature: z.string(),
  copyTo: z.string().nullable(),
  target: z.object({
    mode: z.enum(TARGET_MODES),
    areaId: z.number().nullable(),
    category: z.string().nullable(),
    unitIds: z.array(z.number()),
  }),
});
export type DocumentDetail = z.infer<typeof documentDetail>;

export const DOC_SORTS = ['writtenOn', 'issuedAt', 'title', 'docNumber'] as const;
export const documentListQuery = z.object({
  ...pageQuery,
  order: z.enum(['asc', 'desc']).default('desc'),
  q: z.string().trim().max(50).optional(),
  kind: z.enum(DOC_KINDS).optional(),
  status: z.enum(DOC_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unread: z.enum(['true', 'false']).optional(),
  sort: z.enum(DOC_SORTS).default('writtenOn'),
});
export type DocumentListQuery = z.infer<typeof documentListQuery>;

export const receipt = z.object({
  unitId: z.number(),
  unitName: z.string(),
  areaName: z.string().nullable(),
  readAt: z.string().nullable(),
  readerName: z.string().nullable(),
});
export type Receipt = z.infer<typeof receipt>;

/** 发文字号: 机关代字〔年份〕序号号 — no leading zeros, no 第. */
export function formatDocNumber(orgCodeText: string, year: number, n: number): string {
  return `${orgCodeText}〔${year}〕${n}号`;
}

/** 成文日期 as written on a document: Arabic numerals, full year, no leading zeros. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

// ---- heading numbering (shared by the Word export and the on-screen view) ----

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (headings rarely pass 99). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}

/** A numbering prefix the author may have typed already: 一、 （一） 1. 1、 （1）. */
const TYPED_PREFIX =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、]|[（(]\d+[)）])\s*/;

/**
 * Numbers the headings as GB/T 9704 orders them — 一、 （一） 1. （1） — restarting each level under
 * its parent, so authors never renumber by hand. A prefix the author typed is replaced, not doubled.
 */
export function numberHeadings<T extends { kind: BlockKind; text: string }>(blocks: T[]): T[] {
  const counters = [0, 0, 0, 0];
  return blocks.map((b) => {
    if (b.kind === 'p') return b;
    const level = Number(b.kind.slice(1)) - 1;
    counters[level] += 1;
    for (let i = level + 1; i < counters.length; i++) counters[i] = 0;
    const n = counters[level];
    const prefix = [`${chineseNumeral(n)}、`, `（${chineseNumeral(n)}）`, `${n}.`, `（${n}）`][level];
    return { ...b, text: prefix + b.text.replace(TYPED_PREFIX, '') };
  });
}
