import { zh } from '../../../common/locale/index.js';
import { type AccountCreate, type AccountListQuery, isProtectedFromSysadmin } from '../../../common/users.js';
import type { Executor } from '../../db/connection.js';
import { mutate } from '../audit/service.js';
import { generatePassword, hashPassword } from '../auth/password.js';
import { clock } from '../clock.js';
import type { RequestContext } from '../context.js';
import type { Deps } from '../deps.js';
import { conflict, fieldError, forbidden, notFound } from '../errors.js';
import { presentAccount, TEMPORARY_PASSWORD_MARK } from './presenters.js';
import * as q from './queries.js';

/**
 * Accounts, managed by the system admin (三权分立: accounts only — no roles, no business data).
 * Every change is one transaction with one audit row; passwords never appear in an audit row.
 */

export async function listAccounts(deps: Deps, ctx: RequestContext, query: AccountListQuery) {
  const { page, pageSize, sort, order, disabled, ...filter } = query;
  const { rows, total } = await q.findAccounts(
    deps.db,
    {
      ...filter,
      tenantId: ctx.user.tenantId,
      disabled: disabled === undefined ? undefined : disabled === 'true',
    },
    { offset: (page - 1) * pageSize, limit: pageSize, sort, order },
  );
  const locked = await q.findLockedUsernames(
    deps.db,
    rows.map((r) => r.username),
    clock.nowIso(),
  );
  return { items: rows.map((r) => presentAccount(r, locked.has(r.username))), total, page, pageSize };
}

/** Loads an account of the caller's tenant; other tenants' ids answer 404 like missing ones. */
export async function loadAccount(db: Executor, ctx: RequestContext, id: number) {
  const row = await q.findAccountById(db, ctx.user.tenantId, id);
  if (!row) throw notFound();
  return row;
}

export async function getAccount(deps: Deps, ctx: RequestContext, id: number) {
  const row = await loadAccount(deps.db, ctx, id);
  const locked = await q.findLockedUsernames(deps.db, [row.username], clock.nowIso());
  return {
    ...presentAccount(row, locked.has(row.username)),
    activeSessions: await q.countSessions(deps.db, id),
  };
}

export async function bindingOptions(deps: Deps, ctx: RequestContext) {
  const [units, departments] = await Promise.all([
    q.findUnitOptions(deps.db, ctx.user.tenantId),
    q.findDepartmentOptions(deps.db, ctx.user.tenantId),
  ]);
  return { units, departments };
}

/** A unit or a department of the caller's tenant, never both. */
export async function checkBinding(
  db: Executor,
  tenantId: number,
  binding: { unitId: number | null; departmentId: number | null },
) {
  if (binding.unitId !== null && binding.departmentId !== null)
    throw fieldError('departmentId', zh.users.unitOrDepartment);
  if (binding.unitId !== null && !(await q.findUnitInTenant(db, tenantId, binding.unitId)))
    throw fieldError('unitId', zh.users.unitNotFound);
  if (binding.departmentId !== null && !(await q.findDepartmentInTenant(db, tenantId, binding.departmentId)))
    throw fieldError('departmentId', zh.users.departmentNotFound);
}

/** Creates an account without roles and a temporary password, returned once and never stored in clear. */
export async function createAccount(deps: Deps, ctx: RequestContext, input: AccountCreate) {
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return mutate(deps.db, ctx, 'users.create', async (trx, audit) => {
    // Usernames are unique across every committee: a sign-in names no committee.
    if (await q.findUsernameOwner(trx, input.username)) throw fieldError('username', zh.users.usernameTaken);
    await checkBinding(trx, ctx.user.tenantId, input);
    const now = clock.nowIso();
    const id = await q.insertUser(trx, {
      tenantId: ctx.user.tenantId,
      ...input,
      passwordHash,
      roles: [],
      passwordChangedAt: TEMPORARY_PASSWORD_MARK,
      createdAt: now,
    });
    Object.assign(audit, {
      objectType: 'user',
      objectId: id,
      detail: { ...input, temporaryPasswordIssued: true },
    });
    return { id, username: input.username, temporaryPassword };
  });
}

export function updateAccount(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: { displayName: string; phone: string | null; version: number },
) {
  return mutate(deps.db, ctx, 'users.update', async (trx, audit) => {
    const before = await loadAccount(trx, ctx, id);
    const { version, ...values } = input;
    if (!(await q.updateAccount(trx, id, version, { ...values, updatedAt: clock.nowIso() })))
      throw conflict();
    Object.assign(audit, {
      objectType: 'user',
      objectId: id,
      detail: { before: { displayName: before.displayName, phone: before.phone }, after: values },
    });
    return { id };
  });
}

/** Disabling ends every session of the account in the same transaction. */
export function setAccountDisabled(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  disabled: boolean,
  version: number,
) {
  return mutate(deps.db, ctx, disabled ? 'users.disable' : 'users.enable', async (trx, audit) => {
    const row = await loadAccount(trx, ctx, id);
    if (id === ctx.user.id) throw fieldError('id', zh.users.notSelf);
    if (disabled && isProtectedFromSysadmin(JSON.parse(row.roles)))
      throw forbidden(zh.users.otherAdminProtected);
    const ok = await q.updateAccount(trx, id, version, {
      disabled: disabled ? 1 : 0,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    const sessionsEnded = disabled ? await q.countSessions(trx, id) : 0;
    if (disabled) await q.deleteAllSessions(trx, id);
    Object.assign(audit, {
      objectType: 'user',
      objectId: id,
      detail: { username: row.username, sessionsEnded },
    });
    return { id };
  });
}

/** A new temporary password, returned once; the account's sessions end at once. */
export async function resetPassword(deps: Deps, ctx: RequestContext, id: number, version: number) {
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return mutate(deps.db, ctx, 'users.password.reset', async (trx, audit) => {
    const row = await loadAccount(trx, ctx, id);
    if (id === ctx.user.id) throw fieldError('id', zh.users.notSelf);
    if (isProtectedFromSysadmin(JSON.parse(row.roles))) throw forbidden(zh.users.otherAdminProtected);
    const ok = await q.updateAccount(trx, id, version, {
      passwordHash,
      passwordChangedAt: TEMPORARY_PASSWORD_MARK,
      updatedAt: clock.nowIso(),
    });
    if (!ok) throw conflict();
    await q.deleteAllSessions(trx, id);
    Object.assign(audit, { objectType: 'user', objectId: id, detail: { username: row.username } });
    return { id, username: row.username, temporaryPassword };
  });
}
