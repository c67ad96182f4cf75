import { z } from 'zod';
import './validation.js';
import { exportJobs as t } from './locale/zh-CN/exports.js';

/**
 * Export jobs: a large Excel export runs on the server in the background; the web starts it,
 * polls its progress and downloads the file when it is done (server/platform/exports).
 */
export const EXPORT_KINDS = [
  'problems.ledger',
  'orgs.units',
  'inspections.registers',
  'reports.dashboard',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** POST /api/exports: which export, with the same filters as the kind's list (checked per kind). */
export const exportStartInput = z.object({
  kind: z.enum(EXPORT_KINDS).meta({ title: t.fields.kind }),
  params: z.record(z.string(), z.unknown()).default({}).meta({ title: t.fields.params }),
});
export type ExportStartInput = z.infer<typeof exportStartInput>;

export const exportStarted = z.object({ id: z.number() });

export const exportJob = z.object({
  id: z.number(),
  kind: z.enum(EXPORT_KINDS),
  status: z.enum(EXPORT_STATUSES),
  /** Rows written so far; totalRows is null until the rows have been read. */
  doneRows: z.number(),
  totalRows: z.number().nullable(),
  fileName: z.string().nullable(),
  /** The Chinese reason of a failure. */
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ExportJob = z.infer<typeof exportJob>;
