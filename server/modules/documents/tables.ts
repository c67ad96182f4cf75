import type { Generated } from 'kysely';
import type { Id, Instant } from '../../db/schema.js';

export interface DocumentTable {
  id: Id;
  tenantId: number;
  kind: string;
  status: string;
  orgCode: string;
  docYear: number | null;
  docSeq: number | null;
  docNumber: string | null;
  title: string;
  recipientsText: string | null;
  /** JSON: [{ kind, text }]. */
  blocks: string;
  /** JSON: string[]. */
  attachmentNotes: string;
  signature: string;
  writtenOn: string;
  copyTo: string | null;
  targetMode: string;
  targetAreaId: number | null;
  targetCategory: string | null;
  /** JSON: number[]. */
  targetUnitIds: string;
  issuedAt: Instant | null;
  issuedBy: number | null;
  createdBy: number;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface DocumentRecipientTable {
  id: Id;
  tenantId: number;
  documentId: number;
  unitId: number;
  readAt: Instant | null;
  readBy: number | null;
}

declare module '../../db/schema.js' {
  interface Database {
    documents: DocumentTable;
    documentRecipients: DocumentRecipientTable;
  }
}
