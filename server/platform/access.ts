import { type Action, type Relation, type Scope, scopeAllows, scopeFor } from '../../common/permissions.js';
import type { RequestContext, SessionUser } from './context.js';
import { forbidden, notFound } from './errors.js';

/**
 * The one place that turns a user and a grant into data reach. Services call `assertReach`
 * for a single record and pass `dataScope` to queries for lists; queries apply it with
 * `whereInScope` (server/db/scope.ts) and never decide policy themselves.
 */
export interface DataScope {
  tenantId: number;
  /** null = no restriction below the tenant. */
  unitIds: number[] | null;
  areaIds: number[] | null;
}

export interface RecordPlace {
  tenantId: number;
  unitId: number | null;
  /** The area of the record's unit (or of the record itself, for area-level records). */
  areaId: number | null;
}

export function relationOf(user: SessionUser, place: RecordPlace): Relation {
  if (place.tenantId !== user.tenantId) return 'other_tenant';
  if (place.unitId === null && place.areaId === null) return 'tenant_level';
  if (place.unitId !== null && place.unitId === user.unitId) return 'own_unit';
  const myAreas = user.ledAreaIds.length
    ? user.ledAreaIds
    : user.unitAreaId !== null
      ? [user.unitAreaId]
      : [];
  if (place.areaId !== null && myAreas.includes(place.areaId)) return 'same_area';
  return 'other_area';
}

export function dataScope(ctx: Pick<RequestContext, 'user' | 'scope'>): DataScope {
  const { user, scope } = ctx;
  switch (scope) {
    case 'tenant':
      return { tenantId: user.tenantId, unitIds: null, areaIds: null };
    case 'area': {
      const areas = user.ledAreaIds.length
        ? user.ledAreaIds
        : user.unitAreaId !== null
          ? [user.unitAreaId]
          : [];
      return { tenantId: user.tenantId, unitIds: null, areaIds: areas };
    }
    case 'unit':
      return { tenantId: user.tenantId, unitIds: user.unitId !== null ? [user.unitId] : [], areaIds: null };
    default:
      // invited / self: no unit-bound data at all unless a module widens it explicitly.
      return { tenantId: user.tenantId, unitIds: [], areaIds: null };
  }
}

/** Throws 404 when the record is outside the caller's reach (existence is not revealed). */
export function assertReach(ctx: Pick<RequestContext, 'user' | 'scope'>, place: RecordPlace): void {
  if (!scopeAllows(ctx.scope, relationOf(ctx.user, place))) throw notFound();
}

/** For an extra action checked inside a service (beyond the route's declared one). */
export function requireScope(user: SessionUser, action: Action): Scope {
  const scope = scopeFor(user.roles, action);
  if (!scope) throw forbidden();
  return scope;
}

export function can(user: SessionUser, action: Action, place: RecordPlace): boolean {
  return scopeAllows(scopeFor(user.roles, action), relationOf(user, place));
}
