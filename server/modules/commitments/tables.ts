import type { Generated } from 'kysely';
import type { Flag, Id, Instant } from '../../db/schema.js';

export interface CommitmentTable {
  id: Id;
  tenantId: number;
  campaignId: number | null;
  unitId: number;
  medium: string;
  committedOn: string;
  /** JSON array of the promised items (strings). */
  items: string;
  isPublic: Flag;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface CommitmentCheckTable {
  id: Id;
  tenantId: number;
  commitmentId: number;
  checkedOn: string;
  /** JSON array, one entry per item: { kept: boolean, note: string | null }. */
  results: string;
  note: string | null;
  checkerId: number;
  createdAt: Instant;
}

declare module '../../db/schema.js' {
  interface Database {
    commitments: CommitmentTable;
    commitmentChecks: CommitmentCheckTable;
  }
}
