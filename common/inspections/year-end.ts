import { z } from 'zod';
import { id, isoDate, optionalText, text } from '../validation.js';
import { GRADES, version, year } from './base.js';

/** Year-end: ranking of the inspected central groups and the 优秀学习中心组 selection. */

// ---- year-end ----------------------------------------------------------------------------------------

export const yearQuery = z.object({ year });
export const rankingRow = z.object({
  rank: z.number(),
  sessionId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  areaName: z.string().nullable(),
  inspectedOn: z.string(),
  grade: z.enum(GRADES).nullable(),
  baseScore: z.number(),
  practices: z.number(),
  shortcomings: z.number(),
  timeliness: z.enum(['onTime', 'late', 'missing']),
  total: z.number(),
});
export type RankingRow = z.infer<typeof rankingRow>;

export const SELECTION_STATUSES = ['nominated', 'approved', 'publicizing', 'final', 'rejected'] as const;
export const nominationInput = z.object({
  year: z.number().int().min(2000).max(2100),
  unitId: id,
  reason: text(1000).meta({ title: '推荐理由' }),
});
export const approvalInput = z.object({
  approve: z.boolean().meta({ title: '是否同意' }),
  comment: optionalText(500).meta({ title: '审批意见' }),
  version,
});
export const publicityInput = z.object({ days: z.number().int().min(1).max(30), version });
export const objectionInput = z.object({
  content: text(1000).meta({ title: '异议内容' }),
  receivedOn: isoDate.meta({ title: '异议收到日期' }),
});
export const finalizeInput = z.object({
  decision: z.enum(['final', 'rejected']).meta({ title: '评选结果' }),
  comment: optionalText(500).meta({ title: '结果说明' }),
  version,
});
export const selection = z.object({
  id: z.number(),
  year: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  reason: z.string(),
  status: z.enum(SELECTION_STATUSES),
  nominatedByName: z.string().nullable(),
  approvalComment: z.string().nullable(),
  approvedByName: z.string().nullable(),
  publicityStart: z.string().nullable(),
  publicityEnd: z.string().nullable(),
  decisionComment: z.string().nullable(),
  finalizedAt: z.string().nullable(),
  objections: z.array(z.object({ id: z.number(), content: z.string(), receivedOn: z.string() })),
  version: z.number(),
});
export type Selection = z.infer<typeof selection>;
