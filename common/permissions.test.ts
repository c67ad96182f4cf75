import { describe, expect, it } from 'vitest';
import { dataScope, relationOf } from '../server/platform/access.js';
import type { SessionUser } from '../server/platform/context.js';
import { type Action, PERMISSIONS, type Relation, scopeAllows, scopeFor } from './permissions.js';
import { ADMIN_ROLES, ROLES } from './roles.js';

const RELATIONS: Relation[] = ['own_unit', 'same_area', 'other_area', 'tenant_level', 'other_tenant'];

describe('scopeFor', () => {
  it('gives the grant of the table, or null', () => {
    expect(scopeFor(['committee_staff'], 'orgs.write')).toBe('tenant');
    expect(scopeFor(['unit_admin'], 'orgs.unit.edit')).toBe('unit');
    expect(scopeFor(['area_leader'], 'orgs.export')).toBe('area');
    expect(scopeFor(['area_leader'], 'orgs.read')).toBe('tenant');
    expect(scopeFor(['committee_leader'], 'orgs.import')).toBeNull();
    expect(scopeFor([], 'orgs.read')).toBeNull();
    expect(scopeFor(['no_such_role'], 'orgs.read')).toBeNull();
  });
  it('takes the widest scope of several roles', () => {
    expect(scopeFor(['unit_admin', 'area_leader'], 'orgs.export')).toBe('area');
    expect(scopeFor(['unit_admin', 'committee_staff'], 'orgs.unit.edit')).toBe('tenant');
  });
  it('never grants a business action to the three administrators (三权分立)', () => {
    for (const action of Object.keys(PERMISSIONS) as Action[]) {
      if (action === 'account.self' || /^(users|security|audit)\./.test(action)) continue;
      for (const role of ADMIN_ROLES) expect(scopeFor([role], action), `${role} ${action}`).toBeNull();
    }
    expect(scopeFor(['auditor'], 'audit.read')).toBe('tenant');
    expect(scopeFor(['sysadmin'], 'audit.read')).toBeNull();
  });
});

describe('scopeAllows', () => {
  const table: Record<string, Record<Relation, boolean>> = {
    tenant: { own_unit: true, same_area: true, other_area: true, tenant_level: true, other_tenant: false },
    area: { own_unit: true, same_area: true, other_area: false, tenant_level: false, other_tenant: false },
    unit: { own_unit: true, same_area: false, other_area: false, tenant_level: false, other_tenant: false },
    invited: {
      own_unit: false,
      same_area: false,
      other_area: false,
      tenant_level: false,
      other_tenant: false,
    },
    self: { own_unit: false, same_area: false, other_area: false, tenant_level: false, other_tenant: false },
  };
  for (const [scope, row] of Object.entries(table)) {
    for (const relation of RELATIONS) {
      it(`${scope} × ${relation} → ${row[relation]}`, () => {
        expect(scopeAllows(scope as Parameters<typeof scopeAllows>[0], relation)).toBe(row[relation]);
      });
    }
  }
  it('null reaches nothing; no role ever reaches another tenant', () => {
    for (const relation of RELATIONS) expect(scopeAllows(null, relation)).toBe(false);
    for (const action of Object.keys(PERMISSIONS) as Action[])
      for (const role of ROLES) expect(scopeAllows(scopeFor([role], action), 'other_tenant')).toBe(false);
  });
});

const user = (over: Partial<SessionUser>): SessionUser => ({
  id: 1,
  tenantId: 10,
  username: 'u',
  displayName: 'u',
  roles: [],
  unitId: null,
  departmentId: null,
  ledAreaIds: [],
  unitAreaId: null,
  passwordExpired: false,
  sessionId: 's',
  csrfToken: 'c',
  ...over,
});

describe('relationOf', () => {
  const admin = user({ roles: ['unit_admin'], unitId: 5, unitAreaId: 2 });
  const leader = user({ roles: ['area_leader'], ledAreaIds: [2, 3] });
  it('places a record relative to a unit admin', () => {
    expect(relationOf(admin, { tenantId: 10, unitId: 5, areaId: 2 })).toBe('own_unit');
    expect(relationOf(admin, { tenantId: 10, unitId: 6, areaId: 2 })).toBe('same_area');
    expect(relationOf(admin, { tenantId: 10, unitId: 7, areaId: 4 })).toBe('other_area');
    expect(relationOf(admin, { tenantId: 10, unitId: null, areaId: null })).toBe('tenant_level');
    expect(relationOf(admin, { tenantId: 11, unitId: 5, areaId: 2 })).toBe('other_tenant');
  });
  it('uses the led areas of an area leader', () => {
    expect(relationOf(leader, { tenantId: 10, unitId: 8, areaId: 3 })).toBe('same_area');
    expect(relationOf(leader, { tenantId: 10, unitId: 8, areaId: 9 })).toBe('other_area');
    expect(relationOf(leader, { tenantId: 10, unitId: null, areaId: 2 })).toBe('same_area');
  });
  it('turns a scope into the list filter', () => {
    expect(dataScope({ user: admin, scope: 'unit' })).toEqual({ tenantId: 10, unitIds: [5], areaIds: null });
    expect(dataScope({ user: leader, scope: 'area' })).toEqual({
      tenantId: 10,
      unitIds: null,
      areaIds: [2, 3],
    });
    expect(dataScope({ user: admin, scope: 'tenant' })).toEqual({
      tenantId: 10,
      unitIds: null,
      areaIds: null,
    });
    expect(dataScope({ user: leader, scope: 'invited' })).toEqual({
      tenantId: 10,
      unitIds: [],
      areaIds: null,
    });
    expect(dataScope({ user: user({ roles: ['unit_admin'] }), scope: 'unit' }).unitIds).toEqual([]);
  });
});
