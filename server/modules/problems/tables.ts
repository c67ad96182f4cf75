import type { Generated } from 'kysely';
import type { Id, Instant } from '../../db/schema.js';

export interface ProblemTable {
  id: Id;
  tenantId: number;
  campaignId: number | null;
  code: string;
  sourceType: string;
  sourceId: number | null;
  unitId: number;
  category: string;
  severity: string;
  description: string;
  foundOn: string;
  status: string;
  replyBy: string | null;
  fedBackAt: Instant | null;
  measures: string | null;
  responsibleLeader: string | null;
  responsiblePerson: string | null;
  deadlineType: string | null;
  deadlineOn: string | null;
  returnReason: string | null;
  verifiedAt: Instant | null;
  verifiedBy: number | null;
  closedAt: Instant | null;
  closedBy: number | null;
  reminderCount: Generated<number>;
  lastRemindedAt: Instant | null;
  createdBy: number;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

/** The rectification log of a problem: every step, reminder and progress report, in order. */
export interface ProblemEventTable {
  id: Id;
  tenantId: number;
  problemId: number;
  kind: string;
  note: string | null;
  actorId: number | null;
  actorName: string | null;
  at: Instant;
}

export interface ProblemCategoryTable {
  id: Id;
  tenantId: number;
  name: string;
  sort: number;
}

declare module '../../db/schema.js' {
  interface Database {
    problems: ProblemTable;
    problemEvents: ProblemEventTable;
    problemCategories: ProblemCategoryTable;
  }
}
