import { z } from 'zod';
import { dbVersion, id, isoDate, optionalText, pageQuery, text } from './validation.js';

export const MEDIA = ['tv', 'newspaper', 'website'] as const;

const commitmentFields = {
  campaignId: id.nullish().transform((v) => v ?? null),
  unitId: id.meta({ title: '承诺单位' }),
  medium: z.enum(MEDIA),
  committedOn: isoDate,
  items: z.array(text(500)).min(1).max(30).meta({ title: '承诺事项' }),
  isPublic: z.boolean().default(false).meta({ title: '向社会公开' }),
};
export const commitmentInput = z.object(commitmentFields);
export const commitmentUpdate = z.object({ ...commitmentFields, version: dbVersion });
export type CommitmentInput = z.infer<typeof commitmentInput>;

export const checkInput = z.object({
  checkedOn: isoDate,
  results: z
    .array(z.object({ kept: z.boolean(), note: optionalText(500).meta({ title: '兑现情况说明' }) }))
    .min(1)
    .max(30),
  note: optionalText(1000).meta({ title: '检查说明' }),
});

export const commitmentCheck = z.object({
  id: z.number(),
  checkedOn: z.string(),
  results: z.array(z.object({ kept: z.boolean(), note: z.string().nullable() })),
  note: z.string().nullable(),
  checkerName: z.string().nullable(),
});
export const commitment = z.object({
  id: z.number(),
  campaignId: z.number().nullable(),
  unitId: z.number(),
  unitName: z.string(),
  medium: z.enum(MEDIA),
  committedOn: z.string(),
  items: z.array(z.string()),
  isPublic: z.boolean(),
  /** From the latest check: items kept / items checked; null before the first check. */
  lastCheck: z.object({ checkedOn: z.string(), kept: z.number(), total: z.number() }).nullable(),
  version: z.number(),
});
export type Commitment = z.infer<typeof commitment>;
export const commitmentDetail = commitment.extend({ checks: z.array(commitmentCheck) });
export type CommitmentDetail = z.infer<typeof commitmentDetail>;

export const commitmentListQuery = z.object({
  ...pageQuery,
  order: z.enum(['asc', 'desc']).default('desc'),
  campaignId: id.optional(),
  unitId: id.optional(),
  medium: z.enum(MEDIA).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['committedOn', 'unit']).default('committedOn'),
});
export type CommitmentListQuery = z.infer<typeof commitmentListQuery>;

export const publicCommitment = z.object({
  unitName: z.string(),
  items: z.array(z.string()),
  medium: z.enum(MEDIA),
  committedOn: z.string(),
});
