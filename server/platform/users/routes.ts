import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  account,
  accountCreate,
  accountDetail,
  accountListQuery,
  accountUpdate,
  bindingOptions,
  roleAssignment,
  securitySettings,
  temporaryPassword,
  unlockBody,
  versionOnly,
} from '../../../common/users.js';
import { id, pageOf } from '../../../common/validation.js';
import type { Deps } from '../deps.js';
import { ctxOf } from '../http.js';
import { assignRoles, securitySettings as readSettings, unlockUsername } from './security-service.js';
import * as users from './service.js';

const idParams = z.object({ id });
const saved = z.object({ id: z.number() });
const ok = z.object({ ok: z.literal(true) });

/** Accounts (系统管理员), role grants and security settings (安全管理员). */
export function usersRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['users'];

    r.get('/api/users', {
      config: { action: 'users.read' },
      schema: { tags, querystring: accountListQuery, response: { 200: pageOf(account) } },
      handler: (req) => users.listAccounts(deps, ctxOf(req), req.query),
    });
    r.get('/api/users/options', {
      config: { action: 'users.read' },
      schema: { tags, response: { 200: bindingOptions } },
      handler: (req) => users.bindingOptions(deps, ctxOf(req)),
    });
    r.get('/api/users/:id', {
      config: { action: 'users.read' },
      schema: { tags, params: idParams, response: { 200: accountDetail } },
      handler: (req) => users.getAccount(deps, ctxOf(req), req.params.id),
    });
    r.post('/api/users', {
      config: { action: 'users.manage' },
      schema: { tags, body: accountCreate, response: { 200: temporaryPassword } },
      handler: (req) => users.createAccount(deps, ctxOf(req), req.body),
    });
    r.put('/api/users/:id', {
      config: { action: 'users.manage' },
      schema: { tags, params: idParams, body: accountUpdate, response: { 200: saved } },
      handler: (req) => users.updateAccount(deps, ctxOf(req), req.params.id, req.body),
    });
    for (const [path, disabled] of [
      ['disable', true],
      ['enable', false],
    ] as const) {
      r.post(`/api/users/:id/${path}`, {
        config: { action: 'users.manage' },
        schema: { tags, params: idParams, body: versionOnly, response: { 200: saved } },
        handler: (req) =>
          users.setAccountDisabled(deps, ctxOf(req), req.params.id, disabled, req.body.version),
      });
    }
    r.post('/api/users/:id/reset-password', {
      config: { action: 'users.manage' },
      schema: { tags, params: idParams, body: versionOnly, response: { 200: temporaryPassword } },
      handler: (req) => users.resetPassword(deps, ctxOf(req), req.params.id, req.body.version),
    });

    r.put('/api/users/:id/roles', {
      config: { action: 'users.roles' },
      schema: { tags, params: idParams, body: roleAssignment, response: { 200: saved } },
      handler: (req) => assignRoles(deps, ctxOf(req), req.params.id, req.body),
    });
    r.get('/api/security/settings', {
      config: { action: 'security.settings' },
      schema: { tags, response: { 200: securitySettings } },
      handler: (req) => readSettings(deps, ctxOf(req)),
    });
    r.post('/api/security/unlock', {
      config: { action: 'security.settings' },
      schema: { tags, body: unlockBody, response: { 200: ok } },
      handler: (req) => unlockUsername(deps, ctxOf(req), req.body.username),
    });
  };
}
