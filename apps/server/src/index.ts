/** @oxios/server — host Oxios over HTTP. */
export { createServerApp, type ServerAppOptions } from './app.js';
export type { ServerEnv } from './server-env.js';
export { listen, type ListenError, type ListenOptions, type RunningServer } from './listen.js';
export { createLogger, type CreateLoggerOptions } from './logger.js';
export { runServer, EXIT, type RunServerOptions } from './run-server.js';
export { STATUS_BY_CODE } from './http/status-table.js';
export { kernelErrorResponse, errorResponse, type ErrorBody } from './http/error-body.js';
export { VERSION } from './version.js';
