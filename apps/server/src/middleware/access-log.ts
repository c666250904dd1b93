import type { Logger } from '@oxios/kernel';
import type { MiddlewareHandler } from 'hono';
import type { ServerEnv } from '../server-env.js';

/**
 * Logs one line per request with its request id, method, path, status, duration and caller (the
 * token's name and user, never the token). Query strings are left out: they may carry tokens.
 */
export function accessLog(logger: Logger): MiddlewareHandler<ServerEnv> {
  return async (context, next) => {
    const started = performance.now();
    await next();
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const caller = context.get('caller');
    const fields = {
      requestId: context.get('requestId'),
      method: context.req.method,
      path: context.req.path,
      status: context.res.status,
      durationMs,
      ...(caller ? { caller: { tokenName: caller.tokenName, userName: caller.userName } } : {}),
    };
    if (context.res.status >= 500) logger.error(fields, 'request failed');
    else logger.info(fields, 'request');
  };
}
