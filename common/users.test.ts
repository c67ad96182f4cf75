import { describe, expect, it } from 'vitest';
import { ADMIN_ROLES, BUSINESS_ROLES } from './roles.js';
import { accountCreate, checkRoleAssignment } from './users.js';

const check = (roles: string[], unitId: number | null = null, departmentId: number | null = null) =>
  checkRoleAssignment({ roles, unitId, departmentId });

describe('checkRoleAssignment (the rule the server and the form share)', () => {
  it('accepts each admin role alone and business roles in combination', () => {
    for (const role of ADMIN_ROLES) expect(check([role])).toBeNull();
    expect(check(['committee_leader', 'area_leader'])).toBeNull();
    expect(check(['committee_staff', 'area_leader'], null, 3)).toBeNull();
    expect(check(['unit_admin'], 7)).toBeNull();
  });

  it('refuses any admin role combined with another role (三权分立)', () => {
    for (const admin of ADMIN_ROLES)
      for (const other of [...ADMIN_ROLES, ...BUSINESS_ROLES].filter((r) => r !== admin))
        expect(check([admin, other], other === 'unit_admin' ? 1 : null)?.field).toBe('roles');
  });

  it('binds units only to unit admins, who must have one; departments only to committee roles', () => {
    expect(check(['unit_admin'])).toMatchObject({
      field: 'unitId',
      message: '单位党组织管理员必须绑定所属单位',
    });
    expect(check(['committee_staff'], 1)?.field).toBe('unitId');
    expect(check(['unit_admin'], 1, 2)?.field).toBe('departmentId');
    expect(check(['efficiency_evaluator'], null, 2)?.field).toBe('departmentId');
    expect(check(['sysadmin'], null, 2)?.field).toBe('departmentId');
  });
});

describe('accountCreate', () => {
  it('refuses a password in the request and malformed usernames', () => {
    expect(accountCreate.safeParse({ username: 'abc', displayName: '张三', password: 'x' }).success).toBe(
      false,
    );
    expect(accountCreate.safeParse({ username: 'ab', displayName: '张三' }).success).toBe(false);
    expect(accountCreate.safeParse({ username: '张三', displayName: '张三' }).success).toBe(false);
    expect(accountCreate.parse({ username: ' li.si ', displayName: '李四', phone: '' })).toEqual({
      username: 'li.si',
      displayName: '李四',
      phone: null,
      unitId: null,
      departmentId: null,
    });
  });
});
