import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { zh } from '../../common/locale/index.js';
import { type Action, PERMISSIONS, scopeFor } from '../../common/permissions.js';
import { writeAuditNow } from './audit/service.js';
import { resolveSession, SESSION_COOKIE } from './auth/service.js';
import type { RequestContext } from './context.js';
import type { Deps } from './deps.js';
import { AppError, FieldRuleError, forbidden, unauthenticated } from './errors.js';
import { labelFromSchema } from './field-labels.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission this route requires (see common/permissions.ts). */
    action?: Action;
    /** Reachable without signing in (login, health, public pages). */
    public?: boolean;
  }
  interface FastifyRequest {
    ctx: RequestContext | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The caller of a route that declared an action; the guard guarantees it is set. */
export function ctxOf(req: FastifyRequest): RequestContext {
  if (!req.ctx) throw unauthenticated();
  return req.ctx;
}

/**
 * Installs the request guard: every /api route must declare `config.action` or `config.public`
 * (a route without either refuses to register), sessions are resolved from the cookie, CSRF is
 * checked on state-changing methods, and the declared action is checked against the roles.
 */
export function installGuard(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('ctx', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const config = route.config as { action?: Action; public?: boolean } | undefined;
    if (!config?.public && !config?.action)
      throw new Error(`Route ${route.method} ${route.url} declares no permission`);
    if (config?.action && !(config.action in PERMISSIONS))
      throw new Error(`Route ${route.url} uses unknown action ${config.action}`);
    if (config?.action && route.method === 'GET' && /\/(create|update|delete)/.test(route.url)) {
      throw new Error(`Route ${route.url}: state changes must not use GET`);
    }
  });

  // preValidation: who may call is decided before the body is validated, so a caller without the
  // grant learns 401/403, not the shape of a valid request.
  app.addHook('preValidation', async (req) => {
    const config = req.routeOptions.config as { action?: Action; public?: boolean };
    if (config.public || !config.action) return;
    const token = req.cookies[SESSION_COOKIE];
    const origin = { ip: req.ip, userAgent: req.headers['user-agent'] ?? null };
    if (!token) {
      await auditDenial(deps, req, null, 'unauthenticated');
      throw unauthenticated();
    }
    let user: RequestContext['user'];
    try {
      user = await resolveSession(deps, token);
    } catch (error) {
      await auditDenial(deps, req, null, 'session');
      throw error;
    }
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== user.csrfToken) {
      await auditDenial(deps, req, user, 'csrf');
      throw new AppError(403, 'CSRF', zh.errors.csrf);
    }
    if (user.passwordExpired && config.action !== 'account.self') {
      throw new AppError(403, 'PASSWORD_EXPIRED', zh.errors.passwordExpired);
    }
    // Every signed-in account may read and manage itself, even before a role is granted.
    const scope = config.action === 'account.self' ? 'self' : scopeFor(user.roles, config.action);
    if (!scope) {
      await auditDenial(deps, req, user, 'forbidden');
      throw forbidden();
    }
    req.ctx = { user, scope, ...origin };
  });
}

async function auditDenial(
  deps: Deps,
  req: FastifyRequest,
  user: RequestContext['user'] | null,
  reason: string,
) {
  await writeAuditNow(
    deps.db,
    {
      tenantId: user?.tenantId ?? null,
      actorId: user?.id ?? null,
      actorName: user?.displayName ?? null,
      actorRole: user?.roles.join(',') ?? null,
      ip: req.ip,
      userAgent: req.headers['user-agent'] ?? null,
    },
    {
      action: 'http.denied',
      objectType: 'route',
      objectId: `${req.method} ${req.routeOptions.url}`,
      result: 'denied',
      detail: { reason },
    },
  );
}

/** Maps every error to a JSON body with a Chinese message; never leaks internals. */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: unknown, req: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext;
      const fields = error.validation.map((v) => {
        const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || context || '';
        const schema = context
          ? (req.routeOptions.schema as Record<string, unknown> | undefined)?.[context]
          : undefined;
        return { field, message: `${zh.errors.fieldPrefix(labelFromSchema(schema, field))}${v.message}` };
      });
      return reply
        .code(400)
        .send({ code: 'VALIDATION', message: fields.map((f) => f.message).join('；'), fields });
    }
    if (error instanceof FieldRuleError) {
      const schemas = (req.routeOptions.schema ?? {}) as Record<string, unknown>;
      const schema = schemas.body ?? schemas.querystring;
      error = error.relabel(
        schema ? labelFromSchema(schema, error.field) : (zh.fieldLabels[error.field] ?? error.field),
      );
    }
    if (error instanceof AppError) {
      return reply
        .code(error.statusCode)
        .send({ code: error.code, message: error.message, fields: error.fields });
    }
    if (isResponseSerializationError(error)) {
      req.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return reply.code(500).send({ code: 'INTERNAL', message: zh.errors.internal });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      const messages: Record<number, string> = {
        400: zh.errors.validation,
        413: '上传内容过大',
        415: '不支持的内容类型',
        429: zh.errors.tooMany,
      };
      return reply
        .code(status)
        .send({ code: 'BAD_REQUEST', message: messages[status] ?? zh.errors.validation });
    }
    req.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ code: 'INTERNAL', message: zh.errors.internal });
  });
}
