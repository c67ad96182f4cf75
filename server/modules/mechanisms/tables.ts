import type { Generated } from 'kysely';
import type { Id, Instant } from '../../db/schema.js';

export interface MechanismTable {
  id: Id;
  tenantId: number;
  name: string;
  description: string | null;
  startedOn: string | null;
  createdBy: number;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface MechanismElementTable {
  id: Id;
  tenantId: number;
  mechanismId: number;
  groupName: string;
  name: string;
  description: string | null;
  sort: number;
}

export interface MechanismUnitTable {
  id: Id;
  tenantId: number;
  mechanismId: number;
  unitId: number;
  isPilot: number;
}

export interface MechanismAdoptionTable {
  id: Id;
  tenantId: number;
  mechanismId: number;
  elementId: number;
  unitId: number;
  status: string;
  evidence: string | null;
  reviewStatus: string;
  reviewNote: string | null;
  submittedAt: Instant | null;
  reviewedAt: Instant | null;
  reviewedBy: number | null;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

declare module '../../db/schema.js' {
  interface Database {
    mechanisms: MechanismTable;
    mechanismElements: MechanismElementTable;
    mechanismUnits: MechanismUnitTable;
    mechanismAdoptions: MechanismAdoptionTable;
  }
}
