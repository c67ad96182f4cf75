import { z } from 'zod';
import { dbVersion, id, isoDate, optionalText, text } from '../validation.js';

export const AWARD_STATUSES = ['nominated', 'publicity', 'final', 'rejected', 'withdrawn'] as const;
/** Statuses in which the committee staff may still change or withdraw a nomination. */
export const AWARD_EDITABLE: readonly AwardStatus[] = ['nominated', 'rejected'];
export type AwardStatus = (typeof AWARD_STATUSES)[number];

export const awardInput = z
  .object({
    title: text(100).meta({ title: '奖项名称' }),
    topN: z.number().int().min(1).max(100).meta({ title: '每类推荐名额' }),
    publicityDays: z.number().int().min(1).max(30).default(5).meta({ title: '公示天数' }),
  })
  .strict();

/** Changes a nomination before approval (or re-nominates a returned one): title, 公示 days, the units. */
export const awardUpdate = z
  .object({
    title: text(100).meta({ title: '奖项名称' }),
    publicityDays: z.number().int().min(1).max(30).meta({ title: '公示天数' }),
    unitIds: z.array(id).min(1, '至少提名一个单位').max(500).meta({ title: '提名单位' }),
    version: dbVersion,
  })
  .strict();
export type AwardUpdate = z.infer<typeof awardUpdate>;

export const awardWithdrawInput = z
  .object({
    version: dbVersion,
    reason: optionalText(500).meta({ title: '撤回理由' }),
  })
  .strict();

export const approveInput = z
  .object({
    version: dbVersion,
    decision: z.enum(['approve', 'reject']).meta({ title: '审批意见' }),
    note: optionalText(500).meta({ title: '审批说明' }),
  })
  .strict();

export const objectionInput = z
  .object({
    unitId: id.meta({ title: '被反映单位' }),
    content: text(1000).meta({ title: '异议内容' }),
    raisedBy: optionalText(100).meta({ title: '反映人' }),
    receivedOn: isoDate.meta({ title: '收到日期' }),
  })
  .strict();

export const resolveInput = z
  .object({
    decision: z.enum(['upheld', 'dismissed']).meta({ title: '核查结论' }),
    resolution: text(1000).meta({ title: '核查情况' }),
  })
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

export const awardTodos = z.object({
  awaitingApproval: z.array(z.object({ id: z.number(), title: z.string(), schemeName: z.string() })),
  publicityEnding: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      schemeName: z.string(),
      publicityEnd: z.string(),
      openObjections: z.number(),
    }),
  ),
});
export type AwardTodos = z.infer<typeof awardTodos>;
