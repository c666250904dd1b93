import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import type { ServerEnv } from './server-env.js';

/** Why the server could not start listening. */
export type ListenError =
  | { readonly code: 'port-in-use'; readonly host: string; readonly port: number; readonly message: string }
  | {
      readonly code: 'listen-failed';
      readonly host: string;
      readonly port: number;
      readonly message: string;
      readonly cause: unknown;
    };

/** A listening server. */
export interface RunningServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /**
   * Stops accepting connections, lets in-flight requests finish, then drops whatever is still
   * open after `graceMs` (default 3 s). Resolves once the socket is closed.
   */
  close(graceMs?: number): Promise<void>;
}

/** Options for {@link listen}. */
export interface ListenOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** PEM certificate and key: serve HTTPS instead of HTTP. */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer };
}

function formatUrl(host: string, port: number, tls: boolean): string {
  return `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
    }, graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** Binds `app` to host:port. A busy port is a typed `port-in-use` error, not an exception. */
export function listen(app: Hono<ServerEnv>, options: ListenOptions): ResultAsync<RunningServer, ListenError> {
  const server = (
    options.tls
      ? createAdaptorServer({
          fetch: app.fetch,
          createServer: createHttpsServer,
          serverOptions: { cert: options.tls.cert, key: options.tls.key },
        })
      : createAdaptorServer({ fetch: app.fetch })
  ) as Server;
  const bound = new Promise<ListenError | undefined>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const { host, port } = options;
      if (error.code === 'EADDRINUSE') {
        resolve({ code: 'port-in-use', host, port, message: `port ${port} on ${host} is already in use` });
      } else {
        resolve({
          code: 'listen-failed',
          host,
          port,
          cause: error,
          message: `cannot listen on ${host}:${port}: ${error.message}`,
        });
      }
    });
    server.listen(options.port, options.host, () => {
      resolve(undefined);
    });
  });
  return ResultAsync.fromSafePromise(bound).andThen((failure) => {
    if (failure) return errAsync(failure);
    const address = server.address() as AddressInfo;
    return okAsync<RunningServer>({
      url: formatUrl(options.host, address.port, options.tls !== undefined),
      host: options.host,
      port: address.port,
      close: (graceMs = 3000) => closeServer(server, graceMs),
    });
  });
}
