import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { timeout } from 'hono/timeout';
import { dashboardRoot } from '@oxios/web';
import { loadDashboard } from './dashboard/load-dashboard.js';
import { serveDashboard } from './dashboard/serve-dashboard.js';
import type { ServerDeps } from './deps.js';
import { registerRoutes, type AnyRoute } from './http/define-route.js';
import { errorResponse } from './http/error-body.js';
import { accessLog } from './middleware/access-log.js';
import { authenticate } from './middleware/authenticate.js';
import { corsPolicy } from './middleware/cors.js';
import { securityHeaders } from './middleware/security-headers.js';
import { accessRoutes } from './routes/access.js';
import { agentRoutes } from './routes/agents.js';
import { authRoutes } from './routes/auth.js';
import { configRoutes } from './routes/config.js';
import { sessionRoutes } from './routes/sessions.js';
import { LONG_RUNNING_ROUTE, sessionMessageRoutes } from './routes/session-messages.js';
import { eventRoutes } from './routes/events.js';
import { metaRoutes } from './routes/meta.js';
import { httpMetrics } from './metrics/http-metrics.js';
import { healthRoutes } from './routes/health.js';
import { statusRoutes } from './routes/status.js';
import { tokenRoutes } from './routes/tokens.js';
import { CONTAINER_EXEC_ROUTE, containerRoutes } from './routes/containers.js';
import { hostToolRoutes } from './routes/host-tools.js';
import { memoryRoutes } from './routes/memory.js';
import { personaRoutes } from './routes/personas.js';
import { PROGRAM_INSTALL_ROUTE, programRoutes } from './routes/programs.js';
import { seedRoutes } from './routes/seeds.js';
import { sessionFileRoutes } from './routes/session-files.js';
import { skillRoutes } from './routes/skills.js';
import { usageRoutes } from './routes/usage.js';
import { A2A_PATH, a2aRoutes } from './routes/a2a.js';
import { mcpRoutes } from './routes/mcp.js';
import type { ServerEnv } from './server-env.js';

/** Paths that stream (exempt from the request timeout). */
const STREAMING_PATHS = new Set(['/api/events']);

/** POST routes that run as long as their own limits (a session's loop, a command, an install). */
const LONG_RUNNING_POSTS = [
  LONG_RUNNING_ROUTE,
  CONTAINER_EXEC_ROUTE,
  PROGRAM_INSTALL_ROUTE,
  new RegExp(`^${A2A_PATH}$`),
];

/** Every route the server serves, with its contract. */
export function allRoutes(deps: ServerDeps): AnyRoute[] {
  const routes: AnyRoute[] = [
    ...healthRoutes(deps),
    ...authRoutes(deps),
    ...statusRoutes(deps),
    ...tokenRoutes(deps),
    ...eventRoutes(deps),
    ...sessionRoutes(deps),
    ...sessionMessageRoutes(deps),
    ...agentRoutes(deps),
    ...configRoutes(deps),
    ...accessRoutes(deps),
    ...seedRoutes(deps),
    ...programRoutes(deps),
    ...skillRoutes(deps),
    ...personaRoutes(deps),
    ...memoryRoutes(deps),
    ...containerRoutes(deps),
    ...sessionFileRoutes(deps),
    ...hostToolRoutes(deps),
    ...usageRoutes(deps),
    ...mcpRoutes(deps),
    ...a2aRoutes(deps),
  ];
  return [...routes, ...metaRoutes(deps, () => routes)];
}

/**
 * Builds the HTTP application without listening, so tests can call `app.request()` and the
 * listener stays a separate concern. Order matters: request id and logging first, then security
 * headers, CORS, body limit and timeout, then authentication for `/api/*`, then the routes;
 * GET requests no route matched get the built web dashboard (SPA fallback to `index.html`).
 */
export function createServerApp(deps: ServerDeps): Hono<ServerEnv> {
  const logger = deps.logger.child({ component: 'http' });
  const server = deps.config.server;
  const app = new Hono<ServerEnv>();
  // A caller's X-Request-Id is kept only when short and plain (hono regenerates anything else),
  // so it cannot forge log lines.
  app.use(requestId({ limitLength: 128 }));
  app.use(accessLog(logger));
  app.use(httpMetrics(deps.metrics));
  app.use(securityHeaders(deps.tls));
  app.use('/api/*', corsPolicy(server.cors_origins));
  const limitBody: MiddlewareHandler<ServerEnv> = bodyLimit({
    maxSize: server.body_limit_bytes,
    onError: (context) =>
      errorResponse(context, 413, 'payload-too-large', `the body exceeds ${server.body_limit_bytes} bytes`),
  });
  // GET and HEAD carry no body; asking for one would build a full WHATWG Request per call.
  const limitBodyWhenSent: MiddlewareHandler<ServerEnv> = (context, next) =>
    context.req.method === 'GET' || context.req.method === 'HEAD' ? next() : limitBody(context, next);
  app.use('/api/*', limitBodyWhenSent);
  const requestTimeout: MiddlewareHandler<ServerEnv> = timeout(
    server.request_timeout_secs * 1000,
    () => new HTTPException(504, { message: 'request timed out' }),
  );
  const timeoutUnlessStreaming: MiddlewareHandler<ServerEnv> = (context, next) =>
    STREAMING_PATHS.has(context.req.path) ||
    (context.req.method === 'POST' && LONG_RUNNING_POSTS.some((route) => route.test(context.req.path)))
      ? next()
      : requestTimeout(context, next);
  app.use('/api/*', timeoutUnlessStreaming);
  const authentication = authenticate(deps);
  app.use('/api/*', authentication);
  app.use('/metrics', authentication);
  registerRoutes(app, allRoutes(deps));
  // The dashboard answers only what no route matched, so every route (and any added later) wins.
  const root = deps.dashboardRoot === undefined ? dashboardRoot() : deps.dashboardRoot;
  const dashboard = root === null ? undefined : loadDashboard(root);
  if (root !== null && dashboard === undefined)
    logger.warn({ root }, 'the web dashboard is not built: `/` serves nothing (run `pnpm build`)');
  app.notFound(
    (context) =>
      serveDashboard(dashboard, context) ??
      errorResponse(context, 404, 'not-found', `no route for ${context.req.method} ${context.req.path}`),
  );
  app.onError((error, context) => {
    if (error instanceof HTTPException && error.status === 504)
      return errorResponse(context, 504, 'timeout', error.message);
    if (error instanceof HTTPException && error.status < 500)
      return errorResponse(context, error.status, 'bad-request', error.message);
    logger.error({ err: error, requestId: context.get('requestId') }, 'unhandled error');
    return errorResponse(context, 500, 'internal', 'internal server error');
  });
  return app;
}
