import type { Logger } from '@oxios/kernel';
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { errorResponse } from './http/error-body.js';
import { accessLog } from './middleware/access-log.js';
import { healthRoutes } from './routes/health.js';
import type { ServerEnv } from './server-env.js';

/** Options for {@link createServerApp}. */
export interface ServerAppOptions {
  /** Reported by `/health`. */
  readonly version: string;
  readonly logger: Logger;
}

/**
 * Builds the HTTP application without listening, so tests can call `app.request()` and the
 * listener stays a separate concern.
 */
export function createServerApp(options: ServerAppOptions): Hono<ServerEnv> {
  const logger = options.logger.child({ component: 'http' });
  const app = new Hono<ServerEnv>();
  // A caller's X-Request-Id is kept only when short and plain (hono regenerates anything else),
  // so it cannot forge log lines.
  app.use(requestId({ limitLength: 128 }));
  app.use(accessLog(logger));
  app.route('/', healthRoutes(options.version));
  app.notFound((context) =>
    errorResponse(context, 404, 'not-found', `no route for ${context.req.method} ${context.req.path}`),
  );
  app.onError((error, context) => {
    logger.error({ err: error, requestId: context.get('requestId') }, 'unhandled error');
    return errorResponse(context, 500, 'internal', 'internal server error');
  });
  return app;
}
