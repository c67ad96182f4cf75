import type { Generated } from 'kysely';
import type { Id, Instant } from '../../db/schema.js';

/** JSON-as-text columns: phases, documents, scope_unit_ids, member_user_ids, praised/criticised ids. */
export interface WsCampaignTable {
  id: Id;
  tenantId: number;
  year: number;
  name: string;
  startOn: string;
  endOn: string;
  phases: string;
  documents: string;
  scopeUnitIds: string;
  remarks: string | null;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface WsTeamTable {
  id: Id;
  tenantId: number;
  campaignId: number;
  name: string;
  leaderId: number;
  memberUserIds: string;
  formedOn: string;
  remit: string | null;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface WsVisitTable {
  id: Id;
  tenantId: number;
  campaignId: number;
  teamId: number | null;
  kind: string;
  targetType: string;
  unitId: number | null;
  targetName: string;
  visitedOn: string;
  visitedTime: string | null;
  observers: string | null;
  peopleMet: string | null;
  record: string | null;
  findings: string | null;
  createdBy: number;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface WsReviewTable {
  id: Id;
  tenantId: number;
  campaignId: number;
  heldOn: string;
  title: string;
  chair: string;
  praisedUnitIds: string;
  criticisedUnitIds: string;
  remarks: string | null;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

declare module '../../db/schema.js' {
  interface Database {
    wsCampaigns: WsCampaignTable;
    wsTeams: WsTeamTable;
    wsVisits: WsVisitTable;
    wsReviews: WsReviewTable;
  }
}
