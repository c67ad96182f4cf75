import { z } from 'zod';
import { id, isoDate, optionalText, text } from '../validation.js';

export const AWARD_STATUSES = ['nominated', 'publicity', 'final', 'rejected'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

export const awardInput = z
  .object({
    title: text(100),
    topN: z.number().int().min(1).max(100),
    publicityDays: z.number().int().min(1).max(30).default(5),
  })
  .strict();

export const approveInput = z
  .object({
    version: z.number().int().positive(),
    decision: z.enum(['approve', 'reject']),
    note: optionalText(500),
  })
  .strict();

export const objectionInput = z
  .object({
    unitId: id,
    content: text(1000),
    raisedBy: optionalText(100),
    receivedOn: isoDate,
  })
  .strict();

export const resolveInput = z
  .object({ decision: z.enum(['upheld', 'dismissed']), resolution: text(1000) })
  .strict();

export const awardEntry = z.object({
  unitId: z.number(),
  unitName: z.string(),
  category: z.string(),
  rank: z.number(),
  total: z.number(),
  withdrawn: z.boolean(),
  withdrawnReason: z.string().nullable(),
});

export const objection = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  content: z.string(),
  raisedBy: z.string().nullable(),
  receivedOn: z.string(),
  status: z.enum(['open', 'upheld', 'dismissed']),
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});

export const award = z.object({
  id: z.number(),
  schemeId: z.number(),
  schemeName: z.string(),
  title: z.string(),
  topN: z.number(),
  publicityDays: z.number(),
  status: z.enum(AWARD_STATUSES),
  publicityStart: z.string().nullable(),
  publicityEnd: z.string().nullable(),
  approvedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  finalisedAt: z.string().nullable(),
  entries: z.array(awardEntry),
  objections: z.array(objection),
  version: z.number(),
});
export type Award = z.infer<typeof award>;
