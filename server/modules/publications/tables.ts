import type { Generated } from 'kysely';
import type { Id, Instant } from '../../db/schema.js';

export interface BriefingSeriesTable {
  id: Id;
  tenantId: number;
  name: string;
  editorUnit: string;
  hasRunningTotal: number;
  totalBase: number;
  /** The campaign (ws_campaigns) whose briefings this series carries (migration 20261127_0061). */
  campaignId: number | null;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface BriefingTable {
  id: Id;
  tenantId: number;
  seriesId: number;
  isSupplement: number;
  year: number | null;
  number: number | null;
  totalNumber: number | null;
  issuedOn: string | null;
  title: string;
  editorNote: string | null;
  /** JSON text: [{ title, body }]. */
  articles: string;
  reportTo: string | null;
  sendTo: string | null;
  issueTo: string | null;
  copies: number;
  status: string;
  isPublic: number;
  publishedAt: Instant | null;
  createdBy: number;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface NewsTable {
  id: Id;
  tenantId: number;
  title: string;
  summary: string | null;
  bodyHtml: string;
  coverFileId: number | null;
  linkType: string | null;
  linkId: number | null;
  status: string;
  publishedAt: Instant | null;
  createdBy: number;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

declare module '../../db/schema.js' {
  interface Database {
    briefingSeries: BriefingSeriesTable;
    briefings: BriefingTable;
    news: NewsTable;
  }
}
