import { z } from 'zod';
import '../validation.js';

export const bodyScore = z.object({
  bodyId: z.number(),
  name: z.string(),
  weight: z.number(),
  raw: z.number(),
  full: z.number(),
  score: z.number(),
});

export const resultRow = z.object({
  unitId: z.number(),
  unitName: z.string(),
  category: z.string(),
  bodies: z.array(bodyScore),
  indicatorPart: z.number(),
  ballotScore: z.number().nullable(),
  total: z.number(),
  deductionCount: z.number(),
  complete: z.boolean(),
  vetoed: z.boolean(),
  vetoReason: z.string().nullable(),
  rank: z.number().nullable(),
});
export type ResultRow = z.infer<typeof resultRow>;

export const resultsOut = z.object({
  schemeId: z.number(),
  status: z.string(),
  categories: z.array(z.object({ category: z.string(), rows: z.array(resultRow) })),
});
export type ResultsOut = z.infer<typeof resultsOut>;

const leafStep = z.object({
  indicatorId: z.number(),
  name: z.string(),
  method: z.string(),
  maxPoints: z.number(),
  entered: z.number().nullable(),
  deductionPer: z.number().nullable(),
  deductionCap: z.number().nullable(),
  deduction: z.number(),
  points: z.number(),
});
const groupStep = z.object({
  indicatorId: z.number(),
  name: z.string(),
  bodyId: z.number().nullable(),
  maxPoints: z.number(),
  sum: z.number(),
  points: z.number(),
  capped: z.boolean(),
  leaves: z.array(leafStep),
});
export const explanation = z.object({
  unitId: z.number(),
  unitName: z.string(),
  category: z.string(),
  groups: z.array(groupStep),
  bodies: z.array(bodyScore),
  indicatorPart: z.number(),
  ballot: z
    .object({
      satisfied: z.number(),
      basic: z.number(),
      unsatisfied: z.number(),
      unknown: z.number(),
      valid: z.number(),
      score: z.number().nullable(),
      weight: z.number(),
      values: z.object({ satisfied: z.number(), basic: z.number(), unsatisfied: z.number() }),
    })
    .nullable(),
  total: z.number(),
  deductionCount: z.number(),
  complete: z.boolean(),
  vetoed: z.boolean(),
  vetoReason: z.string().nullable(),
  rank: z.number().nullable(),
  categorySize: z.number(),
});
export type Explanation = z.infer<typeof explanation>;
