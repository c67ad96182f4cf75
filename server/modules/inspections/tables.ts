import type { Generated } from 'kysely';
import type { Id, Instant } from '../../db/schema.js';

export interface InspectionPlanTable {
  id: Id;
  tenantId: number;
  year: number;
  title: string;
  docPrefix: string;
  docNo: string | null;
  noticeBody: string;
  status: string;
  issuedOn: string | null;
  issuedBy: number | null;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface InspectionSessionTable {
  id: Id;
  tenantId: number;
  planId: number;
  unitId: number;
  plannedMonth: number;
  scheduledDate: string | null;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface InspectionTeamMemberTable {
  id: Id;
  tenantId: number;
  sessionId: number;
  userId: number;
}

export interface InspectionStudyPlanTable {
  id: Id;
  tenantId: number;
  sessionId: number;
  unitId: number;
  versionNo: number;
  sessionDate: string;
  startTime: string;
  place: string;
  topic: string;
  host: string;
  /** JSON arrays of text. */
  speakers: string;
  questions: string;
  attendees: string;
  submittedAt: Instant;
  /** The Asia/Shanghai calendar day of submission (the day the one-week rule counts from). */
  submittedOn: string;
  submittedBy: number;
  daysAhead: number;
  late: number;
  status: string;
  returnReason: string | null;
  returnedAt: Instant | null;
  returnedBy: number | null;
  acceptedAt: Generated<Instant | null>;
  acceptedBy: Generated<number | null>;
  acceptComment: Generated<string | null>;
}

export interface InspectionRecordTable {
  id: Id;
  tenantId: number;
  sessionId: number;
  status: string;
  inspectedOn: string;
  attendance: string;
  checks: string;
  questionsAsked: string;
  notes: string;
  grade: string | null;
  scores: string;
  feedback: string;
  submittedAt: Instant | null;
  submittedBy: number | null;
  acknowledgedAt: Instant | null;
  acknowledgedBy: number | null;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface InspectionItemTable {
  id: Id;
  tenantId: number;
  sessionId: number;
  kind: string;
  category: string;
  content: string;
  sort: number;
  byCorrection: Generated<number>;
  createdAt: Instant;
}

export interface InspectionCorrectionTable {
  id: Id;
  tenantId: number;
  sessionId: number;
  field: string;
  oldValue: string;
  newValue: string;
  reason: string;
  correctedBy: number;
  correctedAt: Instant;
}

export interface InspectionCheckItemTable {
  id: Id;
  tenantId: number;
  name: string;
  sort: number;
  active: number;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface InspectionSelectionTable {
  id: Id;
  tenantId: number;
  year: number;
  unitId: number;
  reason: string;
  status: string;
  nominatedBy: number;
  approvedBy: number | null;
  approvalComment: string | null;
  publicityStart: string | null;
  publicityEnd: string | null;
  decisionComment: string | null;
  finalizedAt: Instant | null;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface InspectionObjectionTable {
  id: Id;
  tenantId: number;
  selectionId: number;
  content: string;
  receivedOn: string;
  createdBy: number;
  createdAt: Instant;
}

declare module '../../db/schema.js' {
  interface Database {
    inspectionPlans: InspectionPlanTable;
    inspectionSessions: InspectionSessionTable;
    inspectionTeamMembers: InspectionTeamMemberTable;
    inspectionStudyPlans: InspectionStudyPlanTable;
    inspectionRecords: InspectionRecordTable;
    inspectionItems: InspectionItemTable;
    inspectionCorrections: InspectionCorrectionTable;
    inspectionCheckItems: InspectionCheckItemTable;
    inspectionSelections: InspectionSelectionTable;
    inspectionObjections: InspectionObjectionTable;
  }
}
