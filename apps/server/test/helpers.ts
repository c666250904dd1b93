import {
  createKernel,
  type CreateKernelOptions,
  loadConfig,
  noopLogger,
  parseConfig,
  type Kernel,
  type Store,
  type TokenService,
} from '@oxios/kernel';
import { Registry } from 'prom-client';
import { createTempHome, type TempHome } from '@oxios/testkit';
import type { Hono } from 'hono';
import { createServerApp } from '../src/app.js';
import { startMessaging } from '../src/messaging.js';
import type { ServerDeps } from '../src/deps.js';
import { createWebSessions } from '../src/security/web-sessions.js';
import type { ServerEnv } from '../src/server-env.js';

/** A server app over a real store in a temp OXIOS_HOME, with an admin and a user token. */
export interface TestServer extends AsyncDisposable {
  readonly app: Hono<ServerEnv>;
  readonly deps: ServerDeps;
  readonly home: TempHome;
  readonly store: Store;
  readonly kernel: Kernel;
  readonly tokens: TokenService;
  readonly adminToken: string;
  readonly userToken: string;
  /** `fetch`-style request against the app with a bearer token. */
  request(path: string, init?: RequestInit & { token?: string | null }): Promise<Response>;
}

/** Kernel options for a test server: LLM keys and sandbox backends. */
export interface TestKernelOptions {
  readonly env?: Readonly<Record<string, string>>;
  readonly containerBackends?: CreateKernelOptions['containerBackends'];
}

export async function createTestServer(
  configToml = '',
  overrides: Partial<ServerDeps> = {},
  kernelOptions: TestKernelOptions = {},
): Promise<TestServer> {
  const home = await createTempHome();
  const file = parseConfig(configToml, 'test.toml')._unsafeUnwrap();
  const config = { ...loadConfig({ env: home.env })._unsafeUnwrap(), ...file };
  const kernel = createKernel(config, {
    ...(kernelOptions.env ? { env: kernelOptions.env } : {}),
    ...(kernelOptions.containerBackends ? { containerBackends: kernelOptions.containerBackends } : {}),
  })._unsafeUnwrap();
  const { store, tokens } = kernel;
  kernel.access.assignRole('user:admin', 'admin', { by: 'system' })._unsafeUnwrap();
  const shutdown = new AbortController();
  const messaging = await startMessaging(kernel, noopLogger);
  const adminToken = tokens.create({ name: 'admin', userName: 'admin', role: 'admin' })._unsafeUnwrap().token;
  const userToken = tokens.create({ name: 'ann', userName: 'ann', role: 'user' })._unsafeUnwrap().token;
  const deps: ServerDeps = {
    version: '1.2.3',
    logger: noopLogger,
    config,
    kernel,
    messaging,
    tokens,
    metrics: new Registry(),
    shutdown: shutdown.signal,
    webSessions: createWebSessions(),
    startedAt: Date.now(),
    tls: false,
    readiness: () => ({ store: { ok: true } }),
    ...overrides,
  };
  const app = createServerApp(deps);
  const dispose = async () => {
    shutdown.abort();
    await messaging.gateway.stop({ mode: 'abort', deadlineMs: 1000 });
    await kernel.close();
    await home.remove();
  };
  return {
    app,
    deps,
    home,
    store,
    kernel,
    tokens,
    adminToken,
    userToken,
    request(path, init = {}) {
      const { token = adminToken, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (token !== null && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
      return Promise.resolve(app.request(path, { ...rest, headers }));
    },
    [Symbol.asyncDispose]: dispose,
  };
}
