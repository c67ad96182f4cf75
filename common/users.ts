import { z } from 'zod';
import './validation.js';
import { zh } from './locale/index.js';
import { ROLES, rolesAreSeparated } from './roles.js';
import { dbVersion, id, pageQuery, phone, text } from './validation.js';

/**
 * Accounts (系统管理员), role grants (安全管理员) and security settings: the schemas shared by the
 * server and the web forms, and the one role-assignment rule both of them enforce.
 */

export const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,32}$/, zh.users.usernameFormat);

const optionalId = id.nullish().transform((v) => v ?? null);

/** Strict: a password in the request is refused — the server generates the temporary one. */
export const accountCreate = z.strictObject({
  username,
  displayName: text(50),
  phone: phone.transform((v) => v ?? null),
  unitId: optionalId,
  departmentId: optionalId,
});
export type AccountCreate = z.infer<typeof accountCreate>;

export const accountUpdate = z.object({
  displayName: text(50),
  phone: phone.transform((v) => v ?? null),
  version: dbVersion,
});

export const versionOnly = z.object({ version: dbVersion });

export const roleAssignment = z.object({
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  unitId: optionalId,
  departmentId: optionalId,
  version: dbVersion,
});
export type RoleAssignment = z.infer<typeof roleAssignment>;

export const ACCOUNT_SORTS = ['username', 'displayName', 'createdAt', 'unit'] as const;
export const accountListQuery = z.object({
  ...pageQuery,
  sort: z.enum(ACCOUNT_SORTS).default('username'),
  q: z.string().trim().max(50).optional(),
  /** A role, or `none` for accounts not granted any role yet. */
  role: z.enum([...ROLES, 'none']).optional(),
  unitId: id.optional(),
  departmentId: id.optional(),
  disabled: z.enum(['true', 'false']).optional(),
});
export type AccountListQuery = z.infer<typeof accountListQuery>;

export const account = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  roles: z.array(z.string()),
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  departmentId: z.number().nullable(),
  departmentName: z.string().nullable(),
  disabled: z.boolean(),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  version: z.number(),
});
export type Account = z.infer<typeof account>;
export const accountDetail = account.extend({ activeSessions: z.number() });

export const temporaryPassword = z.object({
  id: z.number(),
  username: z.string(),
  temporaryPassword: z.string(),
});

export const bindingOptions = z.object({
  units: z.array(z.object({ id: z.number(), name: z.string() })),
  departments: z.array(z.object({ id: z.number(), name: z.string() })),
});
export type BindingOptions = z.infer<typeof bindingOptions>;

export const unlockBody = z.object({ username: z.string().trim().min(1).max(64) });

const setting = z.object({ value: z.number(), env: z.string().nullable() });
export const securitySettings = z.object({
  passwordPolicy: z.object({
    minLength: setting,
    maxLength: setting,
    minClasses: setting,
    expiryDays: setting,
  }),
  lockout: z.object({ maxFailures: setting, windowMinutes: setting, lockMinutes: setting }),
  session: z.object({ idleMinutes: setting, absoluteHours: setting }),
  locked: z.array(
    z.object({
      username: z.string(),
      displayName: z.string(),
      failures: z.number(),
      lockedUntil: z.string(),
    }),
  ),
});
export type SecuritySettings = z.infer<typeof securitySettings>;

/**
 * 三权分立: the system admin must not be able to take over or silence the other two admins, so it
 * neither resets their passwords (it would learn them) nor disables them.
 */
export const isProtectedFromSysadmin = (roles: readonly string[]) =>
  roles.includes('secadmin') || roles.includes('auditor');

/** Roles that may carry a committee department. */
const DEPARTMENT_ROLES = ['committee_leader', 'committee_staff', 'area_leader'];

/**
 * The role-assignment rule, shared by the server (400 on the named field) and the web form
 * (the same message on the same field): 三权分立 first, then what each role may be bound to.
 */
export function checkRoleAssignment(input: {
  roles: readonly string[];
  unitId: number | null;
  departmentId: number | null;
}): { field: 'roles' | 'unitId' | 'departmentId'; message: string } | null {
  const t = zh.users;
  if (!rolesAreSeparated(input.roles)) return { field: 'roles', message: t.rolesNotSeparated };
  const isUnitAdmin = input.roles.includes('unit_admin');
  if (isUnitAdmin && input.unitId === null) return { field: 'unitId', message: t.unitAdminNeedsUnit };
  if (!isUnitAdmin && input.unitId !== null) return { field: 'unitId', message: t.unitOnlyForUnitAdmin };
  if (input.unitId !== null && input.departmentId !== null)
    return { field: 'departmentId', message: t.unitOrDepartment };
  if (input.departmentId !== null && !input.roles.some((r) => DEPARTMENT_ROLES.includes(r)))
    return { field: 'departmentId', message: t.departmentOnlyForCommittee };
  return null;
}
