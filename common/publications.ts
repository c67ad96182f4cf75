import { z } from 'zod';
import { dbVersion, id, isoDate, optionalText, pageQuery, text } from './validation.js';

export const BRIEFING_STATUSES = ['draft', 'review', 'published'] as const;
export type BriefingStatus = (typeof BRIEFING_STATUSES)[number];
export const NEWS_STATUSES = ['draft', 'published'] as const;
/** What a news post can report on (the activity it is linked to). */
export const NEWS_LINK_TYPES = ['studyDay', 'studyMaterial', 'readingActivity', 'briefing'] as const;

const year = z.coerce.number().int().min(2000).max(2100);

// ---- briefing series (简报系列) --------------------------------------------------------------

export const seriesInput = z.object({
  name: text(50).meta({ title: '简报系列名称' }),
  editorUnit: text(100),
  hasRunningTotal: z.boolean().default(false),
  /** 总期号 already used before the series came into the system (the running total continues from it). */
  totalBase: z.number().int().min(0).max(100000).default(0),
  /** The 作风建设 campaign (or other) whose briefings this series carries; its summary counts them. */
  campaignId: id
    .nullish()
    .transform((v) => v ?? null)
    .meta({ title: '所属活动' }),
});
export const seriesUpdate = seriesInput.extend({ version: dbVersion });
export const series = z.object({
  id: z.number(),
  name: z.string(),
  editorUnit: z.string(),
  hasRunningTotal: z.boolean(),
  totalBase: z.number(),
  campaignId: z.number().nullable(),
  campaignName: z.string().nullable(),
  issueCount: z.number(),
  version: z.number(),
});
export type Series = z.infer<typeof series>;

// ---- briefings (简报) ------------------------------------------------------------------------

export const articleInput = z.object({
  title: text(200).meta({ title: '文章标题' }),
  body: text(50000).meta({ title: '文章正文' }),
});
export const briefingInput = z.object({
  seriesId: id,
  isSupplement: z.boolean().default(false),
  /** 印发日期; when empty, the date of publication. */
  issuedOn: isoDate.nullish().transform((v) => v ?? null),
  title: text(200).meta({ title: '简报标题' }),
  editorNote: optionalText(2000),
  articles: z.array(articleInput).min(1).max(30),
  reportTo: optionalText(500),
  sendTo: optionalText(500),
  issueTo: optionalText(500),
  copies: z.number().int().min(1).max(100000).meta({ title: '印数' }),
  isPublic: z.boolean().default(false),
});
export const briefingUpdate = briefingInput.extend({ version: dbVersion });
export const transitionInput = z.object({
  version: dbVersion,
  /** Only for publication: the 印发日期 (defaults to the draft's date or today). */
  issuedOn: isoDate.nullish().transform((v) => v ?? null),
});
export const briefingSummary = z.object({
  id: z.number(),
  seriesId: z.number(),
  seriesName: z.string(),
  isSupplement: z.boolean(),
  year: z.number().nullable(),
  number: z.number().nullable(),
  totalNumber: z.number().nullable(),
  issuedOn: z.string().nullable(),
  title: z.string(),
  status: z.enum(BRIEFING_STATUSES),
  isPublic: z.boolean(),
  publishedAt: z.string().nullable(),
  version: z.number(),
});
export const briefing = briefingSummary.extend({
  editorUnit: z.string(),
  editorNote: z.string().nullable(),
  articles: z.array(z.object({ title: z.string(), body: z.string() })),
  reportTo: z.string().nullable(),
  sendTo: z.string().nullable(),
  issueTo: z.string().nullable(),
  copies: z.number(),
});
export type Briefing = z.infer<typeof briefing>;
export type BriefingSummary = z.infer<typeof briefingSummary>;
export const briefingListQuery = z.object({
  ...pageQuery,
  seriesId: id.optional(),
  year: year.optional(),
  status: z.enum(BRIEFING_STATUSES).optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['issuedOn', 'number', 'id']).default('id'),
});
export type BriefingListQuery = z.infer<typeof briefingListQuery>;

// ---- news (机关党建网站) ----------------------------------------------------------------------

const newsFields = z.object({
  title: text(200).meta({ title: '新闻标题' }),
  summary: optionalText(300).meta({ title: '新闻摘要' }),
  /** Rich text; the server keeps only a small safe set of tags. */
  bodyHtml: text(100000).meta({ title: '新闻正文' }),
  coverFileId: id.nullish().transform((v) => v ?? null),
  linkType: z
    .enum(NEWS_LINK_TYPES)
    .nullish()
    .transform((v) => v ?? null),
  linkId: id.nullish().transform((v) => v ?? null),
});
const linkBothOrNone = (v: { linkType: string | null; linkId: number | null }) =>
  (v.linkType === null) === (v.linkId === null);
const linkError = { message: '关联活动的类型和编号须同时填写', path: ['linkId'] };
export const newsInput = newsFields.refine(linkBothOrNone, linkError);
export const newsUpdate = newsFields.extend({ version: dbVersion }).refine(linkBothOrNone, linkError);
export const newsItem = z.object({
  id: z.number(),
  title: z.string(),
  summary: z.string().nullable(),
  bodyHtml: z.string(),
  coverFileId: z.number().nullable(),
  linkType: z.enum(NEWS_LINK_TYPES).nullable(),
  linkId: z.number().nullable(),
  linkTitle: z.string().nullable(),
  status: z.enum(NEWS_STATUSES),
  publishedAt: z.string().nullable(),
  version: z.number(),
});
export type NewsItem = z.infer<typeof newsItem>;
export const newsListQuery = z.object({
  ...pageQuery,
  status: z.enum(NEWS_STATUSES).optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['publishedAt', 'id']).default('id'),
});
export type NewsListQuery = z.infer<typeof newsListQuery>;

// ---- public site (no login) --------------------------------------------------------------------

export const publicListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
  /** Which committee's site (a deployment may serve several); defaults to the first. */
  tenant: id.optional(),
});
export type PublicListQuery = z.infer<typeof publicListQuery>;
export const publicTenantQuery = z.object({ tenant: id.optional() });
export const publicNews = z.object({
  id: z.number(),
  title: z.string(),
  summary: z.string().nullable(),
  bodyHtml: z.string(),
  hasCover: z.boolean(),
  publishedAt: z.string(),
});
export const publicNewsSummary = publicNews.omit({ bodyHtml: true });
export const publicBriefing = z.object({
  id: z.number(),
  seriesName: z.string(),
  editorUnit: z.string(),
  isSupplement: z.boolean(),
  year: z.number(),
  number: z.number(),
  totalNumber: z.number().nullable(),
  issuedOn: z.string(),
  title: z.string(),
  editorNote: z.string().nullable(),
  articles: z.array(z.object({ title: z.string(), body: z.string() })),
});
export const publicBriefingSummary = publicBriefing.omit({ editorNote: true, articles: true });
export const publicSite = z.object({ committee: z.string() });
