import { zh } from '../../../common/locale/index.js';
import { checkRoleAssignment, type RoleAssignment } from '../../../common/users.js';
import { mutate } from '../audit/service.js';
import { clock } from '../clock.js';
import type { RequestContext } from '../context.js';
import type { Deps } from '../deps.js';
import { conflict, fieldError } from '../errors.js';
import { presentSetting } from './presenters.js';
import * as q from './queries.js';
import { checkBinding, loadAccount } from './service.js';

/**
 * The security admin's side of 三权分立: who holds which role (and the unit/department it is bound
 * to), the security settings in force, and unlocking locked usernames.
 */

export function assignRoles(deps: Deps, ctx: RequestContext, id: number, input: RoleAssignment) {
  return mutate(deps.db, ctx, 'users.roles.change', async (trx, audit) => {
    const before = await loadAccount(trx, ctx, id);
    // Nobody grants roles to themselves: a security admin cannot widen or drop its own grant.
    if (id === ctx.user.id) throw fieldError('roles', zh.users.notSelf);
    const roles = [...new Set(input.roles)];
    const problem = checkRoleAssignment({ ...input, roles });
    if (problem) throw fieldError(problem.field, problem.message);
    await checkBinding(trx, ctx.user.tenantId, input);
    const ok = await q.updateAccount(trx, id, input.version, {
      roles: JSON.stringify(roles),
      unitId: input.unitId,
      departmentId: input.departmentId,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    // Sessions carry no roles (they are read per request), so the change applies at the next request.
    Object.assign(audit, {
      objectType: 'user',
      objectId: id,
      detail: {
        kind: 'permission',
        username: before.username,
        before: { roles: JSON.parse(before.roles), unitId: before.unitId, departmentId: before.departmentId },
        after: { roles, unitId: input.unitId, departmentId: input.departmentId },
      },
    });
    return { id };
  });
}

export async function securitySettings(deps: Deps, ctx: RequestContext) {
  const { passwordPolicy: p, lockout: l, session: s } = deps.config;
  const locked = await q.findLockedAccounts(deps.db, ctx.user.tenantId, clock.nowIso());
  return {
    passwordPolicy: {
      minLength: presentSetting(p.minLength, 'PASSWORD_MIN_LENGTH'),
      maxLength: presentSetting(p.maxLength, null),
      minClasses: presentSetting(p.minClasses, 'PASSWORD_MIN_CLASSES'),
      expiryDays: presentSetting(p.expiryDays, 'PASSWORD_EXPIRY_DAYS'),
    },
    lockout: {
      maxFailures: presentSetting(l.maxFailures, 'LOCKOUT_MAX_FAILURES'),
      windowMinutes: presentSetting(l.windowMinutes, 'LOCKOUT_WINDOW_MINUTES'),
      lockMinutes: presentSetting(l.lockMinutes, 'LOCKOUT_MINUTES'),
    },
    session: {
      idleMinutes: presentSetting(s.idleMinutes, 'SESSION_IDLE_MINUTES'),
      absoluteHours: presentSetting(s.absoluteHours, 'SESSION_ABSOLUTE_HOURS'),
    },
    locked: locked.map((r) => ({ ...r, lockedUntil: r.lockedUntil ?? '' })),
  };
}

/** Clears the failed-login count of one of this committee's usernames (the lock ends at once). */
export function unlockUsername(deps: Deps, ctx: RequestContext, username: string) {
  return mutate(deps.db, ctx, 'security.unlock', async (trx, audit) => {
    const user = await q.findTenantUserByUsername(trx, ctx.user.tenantId, username);
    if (!user) throw fieldError('username', zh.users.noSuchUsername);
    const locked = await q.findLockedUsernames(trx, [username], clock.nowIso());
    if (!locked.has(username)) throw fieldError('username', zh.users.notLocked);
    await q.deleteLoginFailures(trx, username);
    Object.assign(audit, { objectType: 'user', objectId: user.id, detail: { username } });
    return { ok: true as const };
  });
}
