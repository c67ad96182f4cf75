import type { Db, Executor } from '../../db/connection.js';

export function findUserByUsername(db: Executor, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUserById(db: Executor, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findLoginFailure(db: Executor, username: string) {
  return db.selectFrom('loginFailures').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function saveLoginFailure(
  db: Executor,
  row: { username: string; failures: number; firstFailedAt: string; lockedUntil: string | null },
) {
  await db
    .insertInto('loginFailures')
    .values(row)
    .onConflict((oc) =>
      oc.column('username').doUpdateSet({
        failures: row.failures,
        firstFailedAt: row.firstFailedAt,
        lockedUntil: row.lockedUntil,
      }),
    )
    .execute();
}

export async function clearLoginFailures(db: Executor, username: string) {
  await db.deleteFrom('loginFailures').where('username', '=', username).execute();
}

export async function insertSession(
  db: Executor,
  row: {
    id: string;
    userId: number;
    csrfToken: string;
    createdAt: string;
    lastSeenAt: string;
    ip: string | null;
    userAgent: string | null;
  },
) {
  await db.insertInto('sessions').values(row).execute();
}

/** The session with everything the request needs about its user, in one round trip. */
export function findSessionWithUser(db: Db, sessionId: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .leftJoin('units', 'units.id', 'users.unitId')
    .select([
      'sessions.id as sessionId',
      'sessions.csrfToken',
      'sessions.createdAt as sessionCreatedAt',
      'sessions.lastSeenAt',
      'users.id',
      'users.tenantId',
      'users.username',
      'users.displayName',
      'users.roles',
      'users.unitId',
      'users.departmentId',
      'users.disabled',
      'users.passwordChangedAt',
      'units.areaId as unitAreaId',
    ])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
}

export async function findLedAreaIds(db: Db, userId: number): Promise<number[]> {
  const rows = await db.selectFrom('areas').select('id').where('leaderUserId', '=', userId).execute();
  return rows.map((r) => r.id);
}

export async function touchSession(db: Db, sessionId: string, at: string) {
  await db.updateTable('sessions').set({ lastSeenAt: at }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Executor, sessionId: string) {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteUserSessions(db: Executor, userId: number, exceptSessionId?: string) {
  let q = db.deleteFrom('sessions').where('userId', '=', userId);
  if (exceptSessionId) q = q.where('id', '!=', exceptSessionId);
  await q.execute();
}

export async function updatePasswordHash(db: Executor, userId: number, passwordHash: string, at: string) {
  await db
    .updateTable('users')
    .set((eb) => ({ passwordHash, passwordChangedAt: at, updatedAt: at, version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .execute();
}
