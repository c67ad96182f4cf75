import { z } from 'zod';
import { dbVersion, id, isoDate, optionalText, pageQuery, text } from '../validation.js';

export const SCHEME_KINDS = ['study_group', 'work_style', 'party_building', 'other'] as const;
export const SCHEME_STATUSES = ['draft', 'scoring', 'published'] as const;
export type SchemeStatus = (typeof SCHEME_STATUSES)[number];
export const INDICATOR_METHODS = ['score', 'deduct'] as const;

const points = z.number().min(0).max(1000);
const percent = z.number().min(0).max(100);

/** 巡听 grades → share (%) of an indicator's points, for indicators pre-filled from inspection grades. */
export const GRADE_KEYS = ['excellent', 'good', 'fair', 'poor'] as const;
export const gradeShares = z
  .object({
    excellent: percent.meta({ title: '优秀得分比例' }),
    good: percent.meta({ title: '良好得分比例' }),
    fair: percent.meta({ title: '一般得分比例' }),
    poor: percent.meta({ title: '较差得分比例' }),
  })
  .strict();
export type GradeShares = z.infer<typeof gradeShares>;
export const DEFAULT_GRADE_SHARES: GradeShares = { excellent: 100, good: 85, fair: 70, poor: 50 };

export const ballotValues = z.object({
  satisfied: percent,
  basic: percent,
  unsatisfied: percent,
});
export type BallotValues = z.infer<typeof ballotValues>;
export const DEFAULT_BALLOT_VALUES: BallotValues = { satisfied: 100, basic: 70, unsatisfied: 30 };

export const schemeInput = z
  .object({
    name: text(100).meta({ title: '方案名称' }),
    kind: z.enum(SCHEME_KINDS).meta({ title: '考评类别' }),
    year: z.number().int().min(2000).max(2100),
    periodStart: isoDate,
    periodEnd: isoDate,
    ballotEnabled: z.boolean().default(false),
    ballotWeight: percent.default(0),
    ballotValues: ballotValues.default(DEFAULT_BALLOT_VALUES),
  })
  .strict();
export const schemeUpdate = schemeInput.extend({ version: dbVersion }).strict();
export type SchemeInput = z.infer<typeof schemeInput>;

export const schemeListQuery = z
  .object({
    ...pageQuery,
    sort: z.enum(['year', 'name', 'createdAt']).default('year'),
    order: z.enum(['asc', 'desc']).default('desc'),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    status: z.enum(SCHEME_STATUSES).optional(),
    kind: z.enum(SCHEME_KINDS).optional(),
    q: z.string().trim().max(50).optional(),
  })
  .strict();
export type SchemeListQuery = z.infer<typeof schemeListQuery>;

export const bodyInput = z
  .object({
    name: text(50).meta({ title: '评分主体名称' }),
    weight: percent.meta({ title: '权重' }),
    sort: z.number().int().min(0).max(999).default(0),
    memberIds: z.array(id).max(50).default([]),
  })
  .strict();
export const bodyUpdate = bodyInput.extend({ version: dbVersion }).strict();

export const indicatorInput = z
  .object({
    parentId: id.nullish().transform((v) => v ?? null),
    bodyId: id.nullish().transform((v) => v ?? null),
    name: text(100).meta({ title: '指标名称' }),
    maxPoints: points.refine((v) => v > 0, '须大于0'),
    method: z.enum(INDICATOR_METHODS).default('score'),
    deductionPer: points.nullish().transform((v) => v ?? null),
    deductionCap: points.nullish().transform((v) => v ?? null),
    ruleText: optionalText(1000).meta({ title: '评分细则' }),
    sourceKey: z
      .string()
      .trim()
      .max(50)
      .nullish()
      .transform((v) => v || null)
      .meta({ title: '预填来源' }),
    gradeShares: gradeShares.nullish().transform((v) => v ?? null),
    sort: z.number().int().min(0).max(999).default(0),
  })
  .strict();
export const indicatorUpdate = indicatorInput.extend({ version: dbVersion }).strict();
export type IndicatorInput = z.infer<typeof indicatorInput>;

export const schemeUnitsInput = z
  .object({ unitIds: z.array(id).min(1).max(1000), version: dbVersion })
  .strict();

export const versionOnly = z.object({ version: dbVersion }).strict();

export const schemeSummary = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(SCHEME_KINDS),
  year: z.number(),
  periodStart: z.string(),
  periodEnd: z.string(),
  edition: z.number(),
  derivedFromId: z.number().nullable(),
  status: z.enum(SCHEME_STATUSES),
  ballotEnabled: z.boolean(),
  ballotWeight: z.number(),
  ballotValues,
  lockedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  unitCount: z.number(),
  version: z.number(),
});
export type SchemeSummary = z.infer<typeof schemeSummary>;

export const body = z.object({
  id: z.number(),
  name: z.string(),
  weight: z.number(),
  sort: z.number(),
  members: z.array(z.object({ id: z.number(), displayName: z.string() })),
  version: z.number(),
});
export type Body = z.infer<typeof body>;

export const indicator = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  bodyId: z.number().nullable(),
  name: z.string(),
  maxPoints: z.number(),
  method: z.enum(INDICATOR_METHODS),
  deductionPer: z.number().nullable(),
  deductionCap: z.number().nullable(),
  ruleText: z.string().nullable(),
  sourceKey: z.string().nullable(),
  gradeShares: gradeShares.nullable(),
  sort: z.number(),
  version: z.number(),
});
export type Indicator = z.infer<typeof indicator>;

export const schemeUnit = z.object({
  unitId: z.number(),
  name: z.string(),
  category: z.string(),
});

export const schemeDetail = schemeSummary.extend({
  bodies: z.array(body),
  indicators: z.array(indicator),
  units: z.array(schemeUnit),
  /** The bodies the caller belongs to (what they may score). */
  myBodyIds: z.array(z.number()),
  recordSources: z.array(z.object({ key: z.string(), label: z.string(), yields: z.string() })),
});
export type SchemeDetail = z.infer<typeof schemeDetail>;
