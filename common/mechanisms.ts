import { z } from 'zod';
import { documentsTitles as T } from './locale/zh-CN/documents.js';
import { dbVersion, id, isoDate, optionalText, pageQuery, text } from './validation.js';

export const ADOPTION_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];
export const REVIEW_STATUSES = ['none', 'submitted', 'accepted', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** A matrix cell of the mechanism rollout. */
export const ADOPTION_CELLS = ['done', 'review', 'returned', 'in_progress', 'not_started'] as const;
export type AdoptionCell = (typeof ADOPTION_CELLS)[number];

export const elementInput = z.object({
  id: id.nullish().transform((v) => v ?? null),
  groupName: text(50).meta({ title: T.elementGroup }),
  name: text(100).meta({ title: T.elementName }),
  description: optionalText(500).meta({ title: T.elementDescription }),
});

const mechanismFields = {
  name: text(100).meta({ title: T.mechanismName }),
  description: optionalText(2000).meta({ title: T.mechanismDescription }),
  startedOn: isoDate.nullish().transform((v) => v ?? null),
  elements: z.array(elementInput).min(1).max(100),
  unitIds: z.array(id).max(2000).default([]).meta({ title: T.mechanismUnits }),
  pilotUnitIds: z.array(id).max(2000).default([]).meta({ title: T.pilotUnits }),
};
export const mechanismInput = z.object(mechanismFields);
export type MechanismInput = z.infer<typeof mechanismInput>;
export const mechanismUpdate = z.object({ ...mechanismFields, version: dbVersion });

export const mechanismSummary = z.object({
  id: z.number(),
  name: z.string(),
  description: z.string().nullable(),
  startedOn: z.string().nullable(),
  elementCount: z.number(),
  unitCount: z.number(),
  pilotCount: z.number(),
  doneCount: z.number(),
  pendingReviewCount: z.number(),
  rate: z.number(),
  version: z.number(),
});
export type MechanismSummary = z.infer<typeof mechanismSummary>;

export const mechanismDetail = mechanismSummary.extend({
  elements: z.array(
    z.object({
      id: z.number(),
      groupName: z.string(),
      name: z.string(),
      description: z.string().nullable(),
      sort: z.number(),
    }),
  ),
  units: z.array(z.object({ unitId: z.number(), unitName: z.string(), isPilot: z.boolean() })),
});
export type MechanismDetail = z.infer<typeof mechanismDetail>;

export const mechanismListQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['name', 'startedOn']).default('startedOn'),
});

const fileMeta = z.object({
  id: z.number(),
  originalName: z.string(),
  size: z.number(),
  mime: z.string(),
  createdAt: z.string(),
});
export const adoption = z.object({
  id: z.number().nullable(),
  elementId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  status: z.enum(ADOPTION_STATUSES),
  evidence: z.string().nullable(),
  reviewStatus: z.enum(REVIEW_STATUSES),
  reviewNote: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  files: z.array(fileMeta),
  version: z.number().nullable(),
});
export type Adoption = z.infer<typeof adoption>;

export const adoptionQuery = z.object({
  unitId: id.optional(),
  reviewStatus: z.enum(REVIEW_STATUSES).optional(),
});

export const adoptionInput = z.object({
  elementId: id,
  unitId: id,
  status: z.enum(ADOPTION_STATUSES).meta({ title: T.adoptionStatus }),
  evidence: optionalText(2000).meta({ title: T.adoptionEvidence }),
  fileIds: z.array(id).max(20).default([]),
  /** null for the first report of an element, then the version read. */
  version: z
    .number()
    .int()
    .positive()
    .nullish()
    .transform((v) => v ?? null),
});
export const adoptionReview = z
  .object({
    decision: z.enum(['accept', 'return']),
    note: optionalText(500),
    version: dbVersion,
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'return' && !v.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: '退回时须说明理由' });
  });

/** How an adoption shows on the rollout matrix. */
export function adoptionCell(a: { status: string; reviewStatus: string } | undefined): AdoptionCell {
  if (!a) return 'not_started';
  if (a.reviewStatus === 'submitted') return 'review';
  if (a.reviewStatus === 'returned') return 'returned';
  if (a.reviewStatus === 'accepted' && a.status === 'done') return 'done';
  return a.status === 'not_started' ? 'not_started' : 'in_progress';
}
