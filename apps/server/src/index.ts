/** @oxios/server — host Oxios over HTTP. */
export { createServerApp, allRoutes } from './app.js';
export type { ServerDeps, ReadinessCheck } from './deps.js';
export type { ServerEnv } from './server-env.js';
export {
  defineRoute,
  registerRoutes,
  type AnyRoute,
  type RouteAccess,
  type RouteDefinition,
  type RouteInput,
} from './http/define-route.js';
export { listen, type ListenError, type ListenOptions, type RunningServer } from './listen.js';
export { createLogger, type CreateLoggerOptions } from './logger.js';
export { runServer, EXIT, type RunServerOptions } from './run-server.js';
export { STATUS_BY_CODE } from './http/status-table.js';
export { kernelErrorResponse, errorResponse, type ErrorBody } from './http/error-body.js';
export { createWebSessions, type WebSession, type WebSessions } from './security/web-sessions.js';
export { VERSION } from './version.js';
