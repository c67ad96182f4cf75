import { z } from 'zod';
import { pageQuery } from './validation.js';

export const auditListQuery = z.object({
  ...pageQuery,
  order: z.enum(['asc', 'desc']).default('desc'),
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
  action: z.string().trim().max(64).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  objectType: z.string().trim().max(32).optional(),
  result: z.enum(['success', 'failure', 'denied']).optional(),
  q: z.string().trim().max(50).optional(),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditRow = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.number().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  result: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  detail: z.string().nullable(),
});

export const auditFacets = z.object({
  actions: z.array(z.string()),
  actors: z.array(z.object({ id: z.number(), name: z.string() })),
});
export type AuditFacets = z.infer<typeof auditFacets>;
