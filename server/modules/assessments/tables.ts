import type { Generated } from 'kysely';
import type { Id, Instant } from '../../db/schema.js';

interface Stamped {
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface AssessmentSchemeTable extends Stamped {
  id: Id;
  tenantId: number;
  name: string;
  kind: string;
  year: number;
  periodStart: string;
  periodEnd: string;
  edition: number;
  derivedFromId: number | null;
  status: string;
  ballotEnabled: number;
  ballotWeight: number;
  /** JSON {satisfied, basic, unsatisfied}. */
  ballotValues: string;
  lockedAt: Instant | null;
  publishedAt: Instant | null;
  createdBy: number;
}

export interface AssessmentBodyTable extends Stamped {
  id: Id;
  tenantId: number;
  schemeId: number;
  name: string;
  weight: number;
  sort: number;
}

export interface AssessmentBodyMemberTable {
  id: Id;
  tenantId: number;
  schemeId: number;
  bodyId: number;
  userId: number;
}

export interface AssessmentIndicatorTable extends Stamped {
  id: Id;
  tenantId: number;
  schemeId: number;
  parentId: number | null;
  bodyId: number | null;
  name: string;
  maxPoints: number;
  method: string;
  deductionPer: number | null;
  deductionCap: number | null;
  ruleText: string | null;
  sourceKey: string | null;
  /** JSON GradeShares for the 巡听-grade source; null = the default shares. */
  gradeShares: Generated<string | null>;
  sort: number;
}

export interface AssessmentSchemeUnitTable {
  id: Id;
  tenantId: number;
  schemeId: number;
  unitId: number;
  category: string;
}

export interface AssessmentScoreTable extends Stamped {
  id: Id;
  tenantId: number;
  schemeId: number;
  unitId: number;
  indicatorId: number;
  value: number;
  prefilledValue: number | null;
  /** JSON [{type, id, label}] — the records a pre-filled value was counted from. */
  sources: string | null;
  reason: string | null;
  scoredBy: number;
}

export interface AssessmentScoreChangeTable {
  id: Id;
  tenantId: number;
  schemeId: number;
  unitId: number;
  indicatorId: number;
  oldValue: number | null;
  newValue: number;
  kind: string;
  reason: string | null;
  changedBy: number;
  changedAt: Instant;
}

export interface AssessmentBallotTable extends Stamped {
  id: Id;
  tenantId: number;
  schemeId: number;
  unitId: number;
  satisfied: number;
  basic: number;
  unsatisfied: number;
  unknown: number;
  enteredBy: number;
}

export interface AssessmentVetoTable {
  id: Id;
  tenantId: number;
  schemeId: number;
  unitId: number;
  reason: string;
  createdBy: number;
  createdAt: Instant;
}

export interface AssessmentAwardTable extends Stamped {
  id: Id;
  tenantId: number;
  schemeId: number;
  title: string;
  topN: number;
  publicityDays: number;
  status: string;
  publicityStart: Instant | null;
  publicityEnd: Instant | null;
  approvedBy: number | null;
  approvedAt: Instant | null;
  decisionNote: string | null;
  finalisedAt: Instant | null;
  createdBy: number;
}

export interface AssessmentAwardEntryTable {
  id: Id;
  tenantId: number;
  awardId: number;
  unitId: number;
  category: string;
  rank: number;
  total: number;
  withdrawn: Generated<number>;
  withdrawnReason: string | null;
}

export interface AssessmentObjectionTable {
  id: Id;
  tenantId: number;
  awardId: number;
  unitId: number;
  content: string;
  raisedBy: string | null;
  receivedOn: string;
  status: string;
  resolution: string | null;
  resolvedBy: number | null;
  resolvedAt: Instant | null;
  recordedBy: number;
  createdAt: Instant;
}

declare module '../../db/schema.js' {
  interface Database {
    assessmentSchemes: AssessmentSchemeTable;
    assessmentBodies: AssessmentBodyTable;
    assessmentBodyMembers: AssessmentBodyMemberTable;
    assessmentIndicators: AssessmentIndicatorTable;
    assessmentSchemeUnits: AssessmentSchemeUnitTable;
    assessmentScores: AssessmentScoreTable;
    assessmentScoreChanges: AssessmentScoreChangeTable;
    assessmentBallots: AssessmentBallotTable;
    assessmentVetoes: AssessmentVetoTable;
    assessmentAwards: AssessmentAwardTable;
    assessmentAwardEntries: AssessmentAwardEntryTable;
    assessmentObjections: AssessmentObjectionTable;
  }
}
