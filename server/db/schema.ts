import type { ColumnType, Generated } from 'kysely';

/**
 * Table types of the platform core. Modules add their own tables by augmenting `Database`
 * in their own `tables.ts` (declaration merging), so no module edits this file.
 *
 * Conventions that keep one query layer valid on SQLite and PostgreSQL:
 * ids are integers; instants are ISO-8601 UTC text (`2010-03-15T02:00:00.000Z`), which sorts
 * correctly as text; calendar dates are `YYYY-MM-DD` text; booleans are 0/1 integers; JSON is text.
 */
export type Id = Generated<number>;
export type Instant = string;
export type Flag = ColumnType<number, number | undefined, number>;

export interface TenantTable {
  id: Id;
  name: string;
  city: string;
  shortName: string;
  createdAt: Instant;
}

export interface DepartmentTable {
  id: Id;
  tenantId: number;
  name: string;
  sort: number;
}

export interface AreaTable {
  id: Id;
  tenantId: number;
  name: string;
  leaderUserId: number | null;
  liaisonDepartmentId: number | null;
  sort: number;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface UnitTable {
  id: Id;
  tenantId: number;
  areaId: number | null;
  code: string;
  name: string;
  shortName: string | null;
  category: string;
  isWindow: Flag;
  contact: string | null;
  phone: string | null;
  sort: number;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface PartyOrgTable {
  id: Id;
  tenantId: number;
  unitId: number;
  parentId: number | null;
  name: string;
  type: string;
  categoryCode: string | null;
  foundedOn: string | null;
  termStart: string | null;
  termEnd: string | null;
  secretary: string | null;
  contact: string | null;
  phone: string | null;
  memberCount: number;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface UserTable {
  id: Id;
  tenantId: number;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: string;
  unitId: number | null;
  departmentId: number | null;
  phone: string | null;
  disabled: Flag;
  passwordChangedAt: Instant;
  version: Generated<number>;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface LoginFailureTable {
  username: string;
  failures: number;
  firstFailedAt: Instant;
  lockedUntil: Instant | null;
}

export interface SessionTable {
  id: string;
  userId: number;
  csrfToken: string;
  createdAt: Instant;
  lastSeenAt: Instant;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditLogTable {
  id: Id;
  tenantId: number | null;
  at: Instant;
  actorId: number | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  ip: string | null;
  userAgent: string | null;
  detail: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditChainTable {
  chainKey: number;
  lastId: number;
  lastHash: string;
}

export interface FileTable {
  id: Id;
  tenantId: number;
  unitId: number | null;
  ownerType: string | null;
  ownerId: number | null;
  originalName: string;
  storageName: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedBy: number;
  createdAt: Instant;
}

export interface CounterTable {
  tenantId: number;
  key: string;
  value: number;
}

export interface Database {
  tenants: TenantTable;
  departments: DepartmentTable;
  areas: AreaTable;
  units: UnitTable;
  partyOrgs: PartyOrgTable;
  users: UserTable;
  loginFailures: LoginFailureTable;
  sessions: SessionTable;
  auditLog: AuditLogTable;
  auditChain: AuditChainTable;
  files: FileTable;
  counters: CounterTable;
}
