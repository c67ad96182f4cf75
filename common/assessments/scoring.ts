import { z } from 'zod';
import { dbVersion, id, optionalText } from '../validation.js';

export const sourceRef = z.object({ type: z.string(), id: z.number(), label: z.string() });
export type SourceRef = z.infer<typeof sourceRef>;

export const scoreItem = z
  .object({
    indicatorId: id,
    value: z.number().min(0).max(1000),
    reason: optionalText(500),
    /** The version of the score being changed; omitted for a first score. */
    version: dbVersion.nullish(),
  })
  .strict();

export const scoreInput = z.object({ unitId: id, items: z.array(scoreItem).min(1).max(200) }).strict();
export type ScoreInput = z.infer<typeof scoreInput>;

export const prefillInput = z.object({ indicatorId: id.optional() }).strict();

export const scoreCell = z.object({
  id: z.number(),
  unitId: z.number(),
  indicatorId: z.number(),
  value: z.number(),
  prefilledValue: z.number().nullable(),
  sources: z.array(sourceRef),
  reason: z.string().nullable(),
  scoredByName: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number(),
});
export type ScoreCell = z.infer<typeof scoreCell>;

export const scoreSheetQuery = z.object({ unitId: id.optional() }).strict();
export const scoreSheet = z.object({ items: z.array(scoreCell) });

export const scoreChange = z.object({
  id: z.number(),
  unitId: z.number(),
  indicatorId: z.number(),
  oldValue: z.number().nullable(),
  newValue: z.number(),
  kind: z.string(),
  reason: z.string().nullable(),
  changedByName: z.string().nullable(),
  changedAt: z.string(),
});
export const scoreHistoryQuery = z.object({ unitId: id, indicatorId: id.optional() }).strict();

const count = z.number().int().min(0).max(100000);
export const ballotRow = z
  .object({ unitId: id, satisfied: count, basic: count, unsatisfied: count, unknown: count })
  .strict();
export const ballotsInput = z.object({ items: z.array(ballotRow).min(1).max(1000) }).strict();
export type BallotRow = z.infer<typeof ballotRow>;
export const ballot = ballotRow.extend({ unitId: z.number(), version: z.number() }).strip();

export const vetoInput = z.object({ unitId: id, reason: z.string().trim().min(1).max(500) }).strict();
export const veto = z.object({
  unitId: z.number(),
  unitName: z.string(),
  reason: z.string(),
  createdAt: z.string(),
});

export const ballotImportResult = z.object({
  saved: z.number(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
});
