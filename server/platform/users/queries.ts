import type { Executor } from '../../db/connection.js';

export interface NewUser {
  tenantId: number;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: string[];
  unitId?: number | null;
  departmentId?: number | null;
  phone?: string | null;
  passwordChangedAt: string;
  createdAt: string;
}

export async function insertUser(db: Executor, user: NewUser): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      ...user,
      roles: JSON.stringify(user.roles),
      unitId: user.unitId ?? null,
      departmentId: user.departmentId ?? null,
      phone: user.phone ?? null,
      updatedAt: user.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setUserDisabled(db: Executor, userId: number, disabled: boolean, at: string) {
  await db
    .updateTable('users')
    .set((eb) => ({ disabled: disabled ? 1 : 0, updatedAt: at, version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .execute();
}

export async function insertTenant(
  db: Executor,
  tenant: { name: string; city: string; shortName: string; createdAt: string },
) {
  return (await db.insertInto('tenants').values(tenant).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertDepartment(
  db: Executor,
  department: { tenantId: number; name: string; sort: number },
) {
  return (await db.insertInto('departments').values(department).returning('id').executeTakeFirstOrThrow()).id;
}
