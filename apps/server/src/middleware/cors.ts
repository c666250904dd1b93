import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * CORS closed by default: only origins listed in `[server] cors_origins` get CORS headers.
 * Credentials (cookies) are never allowed cross-origin; cross-origin callers use bearer tokens.
 * Requests from anywhere else (no `Origin`, or one not allowed) pass untouched: the CORS
 * middleware would otherwise build a response before the route does and copy it afterwards.
 */
export function corsPolicy(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  const policy = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type', 'Last-Event-ID', 'X-Request-Id'],
    exposeHeaders: ['X-Request-Id', 'Retry-After'],
    credentials: false,
    maxAge: 600,
  });
  return async (context, next) => {
    const origin = context.req.header('origin');
    if (origin !== undefined && allowed.has(origin)) return policy(context, next);
    await next();
    // The answer depends on the origin when some origins are allowed: tell caches.
    if (allowed.size > 0) context.res.headers.append('Vary', 'Origin');
    return undefined;
  };
}
