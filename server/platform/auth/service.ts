import { createHash, randomBytes } from 'node:crypto';
import { zh } from '../../../common/locale/index.js';
import { actorOf, mutate, writeAuditNow } from '../audit/service.js';
import { clock } from '../clock.js';
import type { RequestContext, SessionUser } from '../context.js';
import type { Deps } from '../deps.js';
import { AppError, fieldError, unauthenticated } from '../errors.js';
import { TEMPORARY_PASSWORD_MARK } from '../users/presenters.js';
import { checkPasswordPolicy, dummyPasswordHash, hashPassword, verifyPassword } from './password.js';
import * as q from './queries.js';

export const SESSION_COOKIE = 'luoshi_sid';

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface Origin {
  ip: string;
  userAgent: string | null;
}

const MINUTE = 60_000;

/**
 * Checks the credentials and opens a server-side session. Unknown usernames are counted and
 * locked exactly like real ones, so the responses cannot tell the two apart.
 */
export async function login(deps: Deps, username: string, password: string, origin: Origin) {
  const { db, config } = deps;
  const now = clock.now();
  const anonymous = {
    tenantId: null,
    actorId: null,
    actorName: username.slice(0, 64),
    actorRole: null,
    ...origin,
  };
  const failure = await q.findLoginFailure(db, username);
  if (failure?.lockedUntil && new Date(failure.lockedUntil) > now) {
    const minutes = Math.ceil((new Date(failure.lockedUntil).getTime() - now.getTime()) / MINUTE);
    await writeAuditNow(db, anonymous, {
      action: 'auth.login',
      result: 'denied',
      detail: { reason: 'locked' },
    });
    throw new AppError(423, 'LOCKED', zh.auth.locked(minutes));
  }
  const user = await q.findUserByUsername(db, username);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) {
    const inWindow =
      failure &&
      now.getTime() - new Date(failure.firstFailedAt).getTime() < config.lockout.windowMinutes * MINUTE;
    const failures = inWindow && !failure.lockedUntil ? failure.failures + 1 : 1;
    const firstFailedAt = inWindow && !failure.lockedUntil ? failure.firstFailedAt : now.toISOString();
    const locks = failures >= config.lockout.maxFailures;
    const lockedUntil = locks
      ? new Date(now.getTime() + config.lockout.lockMinutes * MINUTE).toISOString()
      : null;
    await db.transaction().execute(async (trx) => {
      await q.saveLoginFailure(trx, { username, failures, firstFailedAt, lockedUntil });
    });
    const actor = user
      ? { ...anonymous, tenantId: user.tenantId, actorId: user.id, actorName: user.displayName }
      : anonymous;
    await writeAuditNow(db, actor, { action: 'auth.login', result: 'failure', detail: { failures } });
    if (locks)
      await writeAuditNow(db, actor, { action: 'auth.lockout', result: 'success', detail: { lockedUntil } });
    throw new AppError(401, 'BAD_CREDENTIALS', zh.auth.badCredentials);
  }
  if (user.disabled) {
    await writeAuditNow(
      db,
      { ...anonymous, tenantId: user.tenantId, actorId: user.id },
      { action: 'auth.login', result: 'denied', detail: { reason: 'disabled' } },
    );
    throw new AppError(401, 'BAD_CREDENTIALS', zh.auth.badCredentials);
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await q.clearLoginFailures(trx, username);
    await q.insertSession(trx, {
      id: sessionIdOf(token),
      userId: user.id,
      csrfToken,
      createdAt: at,
      lastSeenAt: at,
      ...origin,
    });
  });
  await writeAuditNow(
    db,
    {
      ...anonymous,
      tenantId: user.tenantId,
      actorId: user.id,
      actorName: user.displayName,
      actorRole: JSON.parse(user.roles).join(','),
    },
    { action: 'auth.login', objectType: 'user', objectId: user.id },
  );
  return { token, csrfToken };
}

/** Resolves a session cookie to the user, enforcing idle and absolute timeouts. */
export async function resolveSession(deps: Deps, token: string): Promise<SessionUser> {
  const { db, config } = deps;
  const sessionId = sessionIdOf(token);
  const row = await q.findSessionWithUser(db, sessionId);
  if (!row) throw unauthenticated();
  const now = clock.now().getTime();
  const idleExpired = now - new Date(row.lastSeenAt).getTime() > config.session.idleMinutes * MINUTE;
  const absoluteExpired =
    now - new Date(row.sessionCreatedAt).getTime() > config.session.absoluteHours * 60 * MINUTE;
  if (idleExpired || absoluteExpired || row.disabled) {
    await q.deleteSession(db, sessionId);
    throw unauthenticated(zh.errors.sessionExpired);
  }
  // Writing last_seen_at on every request would turn each read into a write; a minute's precision is enough.
  if (now - new Date(row.lastSeenAt).getTime() > MINUTE)
    await q.touchSession(db, sessionId, new Date(now).toISOString());
  const roles: string[] = JSON.parse(row.roles);
  const expiryDays = config.passwordPolicy.expiryDays;
  return {
    id: row.id,
    tenantId: row.tenantId,
    username: row.username,
    displayName: row.displayName,
    roles,
    unitId: row.unitId,
    departmentId: row.departmentId,
    ledAreaIds: roles.includes('area_leader') ? await q.findLedAreaIds(db, row.id) : [],
    unitAreaId: row.unitAreaId ?? null,
    // A temporary password (set by an administrator) must be changed whatever the expiry policy says.
    passwordExpired:
      row.passwordChangedAt === TEMPORARY_PASSWORD_MARK ||
      (expiryDays > 0 && now - new Date(row.passwordChangedAt).getTime() > expiryDays * 24 * 60 * MINUTE),
    sessionId,
    csrfToken: row.csrfToken,
  };
}

export async function logout(deps: Deps, ctx: RequestContext) {
  await deps.db.transaction().execute(async (trx) => {
    await q.deleteSession(trx, ctx.user.sessionId);
  });
  await writeAuditNow(deps.db, actorOf(ctx), {
    action: 'auth.logout',
    objectType: 'user',
    objectId: ctx.user.id,
  });
}

/** Changing the password ends every other session of the user at once. */
export async function changePassword(
  deps: Deps,
  ctx: RequestContext,
  oldPassword: string,
  newPassword: string,
) {
  const user = await q.findUserById(deps.db, ctx.user.id);
  if (!user || !(await verifyPassword(user.passwordHash, oldPassword)))
    throw fieldError('oldPassword', zh.auth.wrongOldPassword);
  if (oldPassword === newPassword) throw fieldError('newPassword', zh.auth.passwordSameAsOld);
  const problem = checkPasswordPolicy(newPassword, deps.config.passwordPolicy, user.username);
  if (problem) throw fieldError('newPassword', problem);
  const passwordHash = await hashPassword(newPassword);
  await mutate(deps.db, ctx, 'auth.password.change', async (trx, target) => {
    target.objectType = 'user';
    target.objectId = user.id;
    await q.updatePasswordHash(trx, user.id, passwordHash, clock.nowIso());
    await q.deleteUserSessions(trx, user.id, ctx.user.sessionId);
  });
}
