import { z } from 'zod';
import { dbVersion, id, isoDate, optionalText, pageQuery, text } from './validation.js';

/** 动员部署 → 调研查找 → 点评整改 → 考评总结 */
export const PHASES = ['mobilise', 'research', 'review', 'assess'] as const;
export type PhaseKey = (typeof PHASES)[number];

const phase = z.object({ key: z.enum(PHASES).meta({ title: '阶段' }), startOn: isoDate, endOn: isoDate });
const documentRef = z.object({ title: text(200).meta({ title: '文件标题' }), docNumber: optionalText(50) });

const campaignFields = {
  year: z.number().int().min(2000).max(2100),
  name: text(100).meta({ title: '活动名称' }),
  startOn: isoDate,
  endOn: isoDate,
  phases: z.array(phase).max(PHASES.length).default([]),
  documents: z.array(documentRef).max(50).default([]),
  scopeUnitIds: z.array(id).max(2000).default([]),
  remarks: optionalText(2000),
};
export const campaignInput = z.object(campaignFields);
export const campaignUpdate = z.object({ ...campaignFields, version: dbVersion });
export type CampaignInput = z.infer<typeof campaignInput>;

export const campaign = z.object({
  id: z.number(),
  year: z.number(),
  name: z.string(),
  startOn: z.string(),
  endOn: z.string(),
  phases: z.array(z.object({ key: z.enum(PHASES), startOn: z.string(), endOn: z.string() })),
  /** The phase whose dates contain today, if any. */
  currentPhase: z.enum(PHASES).nullable(),
  documents: z.array(z.object({ title: z.string(), docNumber: z.string().nullable() })),
  scopeUnitIds: z.array(z.number()),
  remarks: z.string().nullable(),
  version: z.number(),
});
export type Campaign = z.infer<typeof campaign>;

export const campaignListQuery = z.object({
  ...pageQuery,
  order: z.enum(['asc', 'desc']).default('desc'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['startOn', 'name', 'year']).default('startOn'),
});
export type CampaignListQuery = z.infer<typeof campaignListQuery>;

// ---- research teams ---------------------------------------------------------------------------

const teamFields = {
  campaignId: id,
  name: text(50).meta({ title: '调研组名称' }),
  leaderId: id,
  memberUserIds: z.array(id).max(50).default([]),
  formedOn: isoDate,
  remit: optionalText(500),
};
export const teamInput = z.object(teamFields);
export const teamUpdate = z.object({ ...teamFields, version: dbVersion });
export const team = z.object({
  id: z.number(),
  campaignId: z.number(),
  name: z.string(),
  leaderId: z.number(),
  leaderName: z.string(),
  memberUserIds: z.array(z.number()),
  memberNames: z.array(z.string()),
  formedOn: z.string(),
  remit: z.string().nullable(),
  visitCount: z.number(),
  version: z.number(),
});
export type Team = z.infer<typeof team>;
export const teamCandidate = z.object({
  id: z.number(),
  name: z.string(),
  departmentName: z.string().nullable(),
});
export type TeamCandidate = z.infer<typeof teamCandidate>;
export const teamListQuery = z.object({ campaignId: id.optional() });

// ---- visits, interviews and 暗访 ----------------------------------------------------------------

export const VISIT_KINDS = ['visit', 'interview', 'unannounced'] as const;
/** 商会, 企业, 团体, 党派, 机关单位 (visits); 政协委员, 人大代表, 党代表 (interviews); 窗口单位 (暗访). */
export const TARGET_TYPES = {
  visit: ['chamber', 'enterprise', 'association', 'party', 'organ_unit'],
  interview: ['cppcc_member', 'npc_deputy', 'party_delegate'],
  unannounced: ['window_unit'],
} as const;
/** 调研走访 lists visits and interviews; 暗访 are listed on their own page, or when asked for. */
export const VISIT_GROUPS = {
  research: ['visit', 'interview'],
  unannounced: ['unannounced'],
} as const satisfies Record<string, readonly (typeof VISIT_KINDS)[number][]>;
export const ALL_TARGET_TYPES = [
  ...TARGET_TYPES.visit,
  ...TARGET_TYPES.interview,
  ...TARGET_TYPES.unannounced,
];

const visitFields = {
  campaignId: id,
  teamId: id.nullish().transform((v) => v ?? null),
  visitKind: z.enum(VISIT_KINDS),
  targetType: z.enum(ALL_TARGET_TYPES as [string, ...string[]]),
  unitId: id
    .nullish()
    .transform((v) => v ?? null)
    .meta({ title: '走访单位' }),
  targetName: optionalText(100),
  visitedOn: isoDate,
  visitedTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM')
    .nullish()
    .transform((v) => v ?? null),
  observers: optionalText(200),
  peopleMet: optionalText(500),
  record: optionalText(5000),
  findings: optionalText(5000),
  fileIds: z.array(id).max(20).default([]),
};
export const visitInput = z.object(visitFields);
export const visitUpdate = z.object({ ...visitFields, version: dbVersion });
export type VisitInput = z.infer<typeof visitInput>;

const fileMeta = z.object({
  id: z.number(),
  originalName: z.string(),
  size: z.number(),
  mime: z.string(),
  createdAt: z.string(),
});
export const visit = z.object({
  id: z.number(),
  campaignId: z.number(),
  teamId: z.number().nullable(),
  teamName: z.string().nullable(),
  visitKind: z.enum(VISIT_KINDS),
  targetType: z.string(),
  unitId: z.number().nullable(),
  targetName: z.string(),
  visitedOn: z.string(),
  visitedTime: z.string().nullable(),
  observers: z.string().nullable(),
  peopleMet: z.string().nullable(),
  record: z.string().nullable(),
  findings: z.string().nullable(),
  problemCount: z.number(),
  files: z.array(fileMeta),
  version: z.number(),
});
export type Visit = z.infer<typeof visit>;
export const visitListQuery = z.object({
  ...pageQuery,
  order: z.enum(['asc', 'desc']).default('desc'),
  campaignId: id.optional(),
  teamId: id.optional(),
  visitKind: z.enum(VISIT_KINDS).optional(),
  group: z.enum(['research', 'unannounced']).optional().meta({ title: '记录类别' }),
  unitId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['visitedOn', 'targetName']).default('visitedOn'),
});
export type VisitListQuery = z.infer<typeof visitListQuery>;

// ---- review meetings (点评会) -------------------------------------------------------------------

const reviewFields = {
  campaignId: id,
  heldOn: isoDate.meta({ title: '召开日期' }),
  title: text(100).meta({ title: '会议名称' }),
  chair: text(100),
  praisedUnitIds: z.array(id).max(500).default([]),
  criticisedUnitIds: z.array(id).max(500).default([]),
  remarks: optionalText(5000).meta({ title: '点评情况' }),
};
export const reviewInput = z.object(reviewFields);
export const reviewUpdate = z.object({ ...reviewFields, version: dbVersion });
export const review = z.object({
  id: z.number(),
  campaignId: z.number(),
  heldOn: z.string(),
  title: z.string(),
  chair: z.string(),
  praisedUnitIds: z.array(z.number()),
  criticisedUnitIds: z.array(z.number()),
  remarks: z.string().nullable(),
  version: z.number(),
});
export type Review = z.infer<typeof review>;
export const reviewListQuery = z.object({ campaignId: id.optional() });
