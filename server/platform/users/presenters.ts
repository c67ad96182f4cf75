import type { Account } from '../../../common/users.js';
import type { AccountRow } from './queries.js';

/**
 * A temporary password (created or reset by the system admin) is stored with a change date at
 * the epoch, so it is older than any expiry and the user must replace it at first sign-in.
 */
export const TEMPORARY_PASSWORD_MARK = '1970-01-01T00:00:00.000Z';

export function presentAccount(row: AccountRow, locked: boolean): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    phone: row.phone,
    roles: JSON.parse(row.roles) as string[],
    unitId: row.unitId,
    unitName: row.unitName ?? null,
    departmentId: row.departmentId,
    departmentName: row.departmentName ?? null,
    disabled: row.disabled === 1,
    locked,
    mustChangePassword: row.passwordChangedAt === TEMPORARY_PASSWORD_MARK,
    createdAt: row.createdAt,
    version: row.version,
  };
}

/** The settings in force, each with the environment variable that sets it (null = fixed in code). */
export function presentSetting(value: number, env: string | null) {
  return { value, env };
}
