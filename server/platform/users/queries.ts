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

// ---- accounts (系统管理员 / 安全管理员) ------------------------------------------------------

export interface AccountFilter {
  tenantId: number;
  q?: string;
  role?: string;
  unitId?: number;
  departmentId?: number;
  disabled?: boolean;
}

const ACCOUNT_SORT_COLUMNS = {
  username: 'users.username',
  displayName: 'users.displayName',
  createdAt: 'users.createdAt',
  unit: 'units.name',
} as const;

function accountsQuery(db: Executor, tenantId: number) {
  return db
    .selectFrom('users')
    .leftJoin('units', 'units.id', 'users.unitId')
    .leftJoin('departments', 'departments.id', 'users.departmentId')
    .where('users.tenantId', '=', tenantId);
}

const ACCOUNT_COLUMNS = [
  'users.id',
  'users.tenantId',
  'users.username',
  'users.displayName',
  'users.phone',
  'users.roles',
  'users.unitId',
  'units.name as unitName',
  'users.departmentId',
  'departments.name as departmentName',
  'users.disabled',
  'users.passwordChangedAt',
  'users.createdAt',
  'users.version',
] as const;

export async function findAccounts(
  db: Executor,
  filter: AccountFilter,
  paging: { offset: number; limit: number; sort: keyof typeof ACCOUNT_SORT_COLUMNS; order: 'asc' | 'desc' },
) {
  let query = accountsQuery(db, filter.tenantId);
  if (filter.q) {
    const like = `%${filter.q}%`;
    query = query.where((eb) =>
      eb.or([eb('users.username', 'like', like), eb('users.displayName', 'like', like)]),
    );
  }
  // Roles are a JSON array of identifiers as text; the quoted name matches one element exactly.
  if (filter.role === 'none') query = query.where('users.roles', '=', '[]');
  else if (filter.role) query = query.where('users.roles', 'like', `%"${filter.role}"%`);
  if (filter.unitId) query = query.where('users.unitId', '=', filter.unitId);
  if (filter.departmentId) query = query.where('users.departmentId', '=', filter.departmentId);
  if (filter.disabled !== undefined) query = query.where('users.disabled', '=', filter.disabled ? 1 : 0);
  const [rows, total] = await Promise.all([
    query
      .select(ACCOUNT_COLUMNS)
      .orderBy(ACCOUNT_SORT_COLUMNS[paging.sort], paging.order)
      .orderBy('users.id', paging.order)
      .offset(paging.offset)
      .limit(paging.limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export function findAccountById(db: Executor, tenantId: number, id: number) {
  return accountsQuery(db, tenantId).select(ACCOUNT_COLUMNS).where('users.id', '=', id).executeTakeFirst();
}
export type AccountRow = NonNullable<Awaited<ReturnType<typeof findAccountById>>>;

export function findUsernameOwner(db: Executor, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'tenantId'])
    .where('username', '=', username)
    .executeTakeFirst();
}

export function findTenantUserByUsername(db: Executor, tenantId: number, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'displayName'])
    .where('tenantId', '=', tenantId)
    .where('username', '=', username)
    .executeTakeFirst();
}

/** Lockout rows of this tenant's usernames that lock at or after `now`. */
export function findLockedAccounts(db: Executor, tenantId: number, now: string) {
  return db
    .selectFrom('loginFailures')
    .innerJoin('users', 'users.username', 'loginFailures.username')
    .select([
      'loginFailures.username',
      'users.displayName',
      'loginFailures.failures',
      'loginFailures.lockedUntil',
    ])
    .where('users.tenantId', '=', tenantId)
    .where('loginFailures.lockedUntil', '>', now)
    .orderBy('loginFailures.lockedUntil', 'desc')
    .execute();
}

/** Usernames among the given ones that are locked at `now`. */
export async function findLockedUsernames(db: Executor, usernames: string[], now: string) {
  if (!usernames.length) return new Set<string>();
  const rows = await db
    .selectFrom('loginFailures')
    .select('username')
    .where('username', 'in', usernames)
    .where('lockedUntil', '>', now)
    .execute();
  return new Set(rows.map((r) => r.username));
}

export async function deleteLoginFailures(db: Executor, username: string) {
  await db.deleteFrom('loginFailures').where('username', '=', username).execute();
}

export async function countSessions(db: Executor, userId: number) {
  const row = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('userId', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteAllSessions(db: Executor, userId: number) {
  await db.deleteFrom('sessions').where('userId', '=', userId).execute();
}

/** Each returns whether exactly one row with the expected version was changed. */
export async function updateAccount(
  db: Executor,
  id: number,
  version: number,
  values: {
    displayName?: string;
    phone?: string | null;
    disabled?: number;
    roles?: string;
    unitId?: number | null;
    departmentId?: number | null;
    passwordHash?: string;
    passwordChangedAt?: string;
    updatedAt: string;
  },
) {
  const result = await db
    .updateTable('users')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findUnitOptions(db: Executor, tenantId: number) {
  return db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('tenantId', '=', tenantId)
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

export function findDepartmentOptions(db: Executor, tenantId: number) {
  return db
    .selectFrom('departments')
    .select(['id', 'name'])
    .where('tenantId', '=', tenantId)
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

export function findUnitInTenant(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('units')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findDepartmentInTenant(db: Executor, tenantId: number, id: number) {
  return db
    .selectFrom('departments')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}
