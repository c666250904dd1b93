import { timingSafeEqual } from 'node:crypto';
import { unauthenticated, type KernelError, type TokenRecord } from '@oxios/kernel';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { err, ok, type Result } from 'neverthrow';
import type { ServerDeps } from '../deps.js';
import { callerFromToken } from '../http/caller.js';
import { errorResponse, kernelErrorResponse } from '../http/error-body.js';
import { rateLimited } from '../http/rate-limited.js';
import { clientAddress } from '../security/client-address.js';
import { KeyedRateLimiter } from '../security/token-bucket.js';
import type { WebSession } from '../security/web-sessions.js';
import type { ServerEnv } from '../server-env.js';

/** Name of the HttpOnly session cookie set by `POST /api/auth/session`. */
export const SESSION_COOKIE = 'oxios_session';
/** Name of the (script-readable) cookie carrying the CSRF token. */
export const CSRF_COOKIE = 'oxios_csrf';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const BEARER = /^Bearer ([\x21-\x7e]+)$/;

/** API routes reachable without credentials (the login itself). */
export function isPublicApiRoute(method: string, path: string): boolean {
  return method === 'POST' && path === '/api/auth/session';
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function checkRecord(record: TokenRecord, now: number): Result<TokenRecord, KernelError> {
  if (record.revokedAt !== null) return err(unauthenticated('revoked'));
  if (record.expiresAt !== null && record.expiresAt <= now) return err(unauthenticated('expired'));
  return ok(record);
}

/**
 * Authenticates every `/api/*` request (except the login): `Authorization: Bearer <token>`, or
 * the session cookie plus `X-CSRF-Token` on state-changing requests. Failures answer 401 (never
 * saying which part was wrong beyond the reason) and count against the client address; too many
 * failures answer 429. Authenticated callers are rate limited per token.
 */
export function authenticate(deps: ServerDeps): MiddlewareHandler<ServerEnv> {
  const failures = new KeyedRateLimiter(deps.config.server.auth_failures_per_minute);
  const perCaller = new KeyedRateLimiter(deps.config.server.rate_limit_per_minute);
  const trustProxy = deps.config.server.trust_proxy;

  const resolve = (context: Context<ServerEnv>): Result<{ record: TokenRecord; session?: WebSession }, KernelError> => {
    const header = context.req.header('authorization');
    if (header !== undefined) {
      const match = BEARER.exec(header);
      return match?.[1]
        ? deps.tokens.verify(match[1]).map((record) => ({ record }))
        : err(unauthenticated('malformed'));
    }
    const cookie = getCookie(context, SESSION_COOKIE);
    if (cookie === undefined) return err(unauthenticated('missing'));
    const session = deps.webSessions.get(cookie);
    if (!session) return err(unauthenticated('unknown'));
    return deps.tokens
      .get(session.tokenId)
      .mapErr((error) => (error.code === 'not-found' ? unauthenticated('revoked') : error))
      .andThen((record) => checkRecord(record, Date.now()))
      .map((record) => ({ record, session }));
  };

  return async (context, next) => {
    const address = clientAddress(context, trustProxy);
    if (isPublicApiRoute(context.req.method, context.req.path)) {
      if (failures.exhausted(address)) return rateLimited(context, 60, 'too many failed logins');
      await next();
      if (context.res.status === 401) failures.take(address);
      return undefined;
    }
    if (failures.exhausted(address)) return rateLimited(context, 60, 'too many failed authentications');
    const resolved = resolve(context);
    if (resolved.isErr()) {
      if (resolved.error.code !== 'unauthenticated') return kernelErrorResponse(context, resolved.error);
      failures.take(address);
      context.header('WWW-Authenticate', 'Bearer realm="oxios"');
      return kernelErrorResponse(context, resolved.error);
    }
    const { record, session } = resolved.value;
    if (session && UNSAFE_METHODS.has(context.req.method)) {
      const presented = context.req.header('x-csrf-token');
      if (presented === undefined || !sameSecret(presented, session.csrfToken)) {
        return errorResponse(
          context,
          403,
          'csrf-invalid',
          'state-changing requests from the dashboard need the X-CSRF-Token header',
        );
      }
    }
    const decision = perCaller.take(record.id);
    if (!decision.allowed) return rateLimited(context, decision.retryAfterSeconds);
    context.set('caller', callerFromToken(record));
    if (session) context.set('webSession', session);
    await next();
    return undefined;
  };
}
