import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * CORS closed by default: only origins listed in `[server] cors_origins` get CORS headers.
 * Credentials (cookies) are never allowed cross-origin; cross-origin callers use bearer tokens.
 */
export function corsPolicy(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type', 'Last-Event-ID', 'X-Request-Id'],
    exposeHeaders: ['X-Request-Id', 'Retry-After'],
    credentials: false,
    maxAge: 600,
  });
}
