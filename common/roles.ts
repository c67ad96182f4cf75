export const BUSINESS_ROLES = [
  'committee_leader',
  'committee_staff',
  'area_leader',
  'unit_admin',
  'efficiency_evaluator',
] as const;
/** 三权分立: the three administrator roles, never combined with each other or with business roles. */
export const ADMIN_ROLES = ['sysadmin', 'secadmin', 'auditor'] as const;
export const ROLES = [...BUSINESS_ROLES, ...ADMIN_ROLES] as const;
export type Role = (typeof ROLES)[number];

export function isAdminRole(role: string): boolean {
  return (ADMIN_ROLES as readonly string[]).includes(role);
}

/** True when a set of roles respects 三权分立: at most one admin role, and then no other role. */
export function rolesAreSeparated(roles: readonly string[]): boolean {
  const admin = roles.filter(isAdminRole);
  return admin.length === 0 || roles.length === 1;
}
