import type { Scope } from '../../common/permissions.js';

/** The signed-in user as every service sees it. */
export interface SessionUser {
  id: number;
  tenantId: number;
  username: string;
  displayName: string;
  roles: string[];
  unitId: number | null;
  departmentId: number | null;
  /** Areas the user leads (area leader) — computed at sign-in of each request. */
  ledAreaIds: number[];
  /** The area of the user's own unit, if any. */
  unitAreaId: number | null;
  passwordExpired: boolean;
  sessionId: string;
  csrfToken: string;
}

/** What a service needs about the caller: who, from where, with which grant. */
export interface RequestContext {
  user: SessionUser;
  ip: string;
  userAgent: string | null;
  /** The scope the route's declared action grants this user (set by the permission guard). */
  scope: Scope;
}
