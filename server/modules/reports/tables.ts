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

// The campaign a briefing series belongs to (migration 20261127_0061), read by the campaign-briefings figure.
declare module '../publications/tables.js' {
  interface BriefingSeriesTable {
    campaignId: number | null;
  }
}

declare module '../../db/schema.js' {
  interface Database {
    summaries: SummaryTable;
    summaryVersions: SummaryVersionTable;
  }
}
