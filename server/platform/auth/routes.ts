import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordBody, loginBody, meResponse } from '../../../common/auth.js';
import { zh } from '../../../common/locale/index.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { ctxOf } from '../http.js';
import { findMeDetails } from './me-queries.js';
import { createRateLimiter } from './rate-limit.js';
import { changePassword, login, logout, SESSION_COOKIE } from './service.js';

const ok = z.object({ ok: z.literal(true) });

export function authRoutes(deps: Deps) {
  const limiter = createRateLimiter({ db: deps.db, scope: 'login', limit: 30, windowMs: 60_000 });
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: deps.config.secureCookies,
  };

  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.post('/api/auth/login', {
      config: { public: true },
      schema: { tags: ['auth'], body: loginBody, response: { 200: z.object({ csrfToken: z.string() }) } },
      handler: async (req, reply) => {
        if (!(await limiter.hit(req.ip))) throw new AppError(429, 'RATE_LIMITED', zh.errors.tooMany);
        const { token, csrfToken } = await login(deps, req.body.username, req.body.password, {
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
        });
        reply.setCookie(SESSION_COOKIE, token, cookieOptions);
        return { csrfToken };
      },
    });

    r.post('/api/auth/logout', {
      config: { action: 'account.self' },
      schema: { tags: ['auth'], response: { 200: ok } },
      handler: async (req, reply) => {
        await logout(deps, ctxOf(req));
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return { ok: true as const };
      },
    });

    r.post('/api/auth/password', {
      config: { action: 'account.self' },
      schema: { tags: ['auth'], body: changePasswordBody, response: { 200: ok } },
      handler: async (req) => {
        await changePassword(deps, ctxOf(req), req.body.oldPassword, req.body.newPassword);
        return { ok: true as const };
      },
    });

    r.get('/api/me', {
      config: { action: 'account.self' },
      schema: { tags: ['auth'], response: { 200: meResponse } },
      handler: async (req) => {
        const { user } = ctxOf(req);
        const details = await findMeDetails(deps.db, user.tenantId, user.unitId);
        return {
          id: user.id,
          username: user.username,
          displayName: user.displayName,
          roles: user.roles,
          tenant: details.tenant,
          unit: details.unit,
          scope: {
            ledAreaIds: user.ledAreaIds,
            unitAreaId: user.unitAreaId,
            departmentId: user.departmentId,
          },
          passwordExpired: user.passwordExpired,
          csrfToken: user.csrfToken,
        };
      },
    });
  };
}
