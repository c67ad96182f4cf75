import type { Generated } from 'kysely';
import type { Id, Instant } from '../../db/schema.js';
import '../publications/tables.js';

export interface SummaryTable {
  id: Id;
  tenantId: number;
  title: string;
  periodFrom: string;
  periodTo: string;
  signature: string;
  signDate: string;
  /** JSON: SummaryBlock[] whose text may hold figure tokens {{key}}. */
  blocks: string;
  /** JSON: Figure[] as counted at drafting or the last recount. */
  figures: string;
  version: Generated<number>;
  createdBy: number;
  createdAt: Instant;
  updatedBy: number;
  updatedAt: Instant;
}

export interface SummaryVersionTable {
  id: Id;
  tenantId: number;
  summaryId: number;
  version: number;
  title: string;
  blocks: string;
  figures: string;
  savedBy: number;
  savedAt: Instant;
}

declare module '../../db/schema.js' {
  interface Database {
    summaries: SummaryTable;
    summaryVersions: SummaryVersionTable;
  }
}
