import { readFileSync } from 'node:fs';
import {
  createKernel,
  ensureAdminToken,
  loadConfig,
  removeServerInfo,
  writeServerInfo,
  type Environment,
} from '@oxios/kernel';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { createAppleBackend } from '@oxios/container-apple';
import { createBwrapBackend } from '@oxios/container-bwrap';
import { createServerApp } from './app.js';
import { messagingAbortGraceMs, startMessaging } from './messaging.js';
import { grantTokenRole } from './http/grant-role.js';
import { registerKernelMetrics } from './metrics/kernel-metrics.js';
import type { ServerDeps } from './deps.js';
import { listen } from './listen.js';
import { createLogger } from './logger.js';
import { createWebSessions } from './security/web-sessions.js';
import { VERSION } from './version.js';

/** Options for {@link runServer}. */
export interface RunServerOptions {
  readonly env?: Environment;
  /** Where human-facing lines go (the banner, fatal errors). Default: stderr. */
  readonly print?: (line: string) => void;
  /** Resolves when the server should stop; default: the first SIGINT or SIGTERM. */
  readonly stopSignal?: Promise<unknown>;
  /**
   * Called once when the stop begins, with `[server] shutdown_grace_secs` in milliseconds: the
   * `oxios-server` executable arms its hard exit with it.
   */
  readonly onStopping?: (graceMs: number) => void;
}

/** The part of `[server] shutdown_grace_secs` kept for closing the kernel after the listener. */
const KERNEL_CLOSE_RESERVE_MS = 500;

/** Exit codes of the server process. */
export const EXIT = { ok: 0, failure: 1, invalidConfig: 2 } as const;

function firstTerminationSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    // Stay subscribed: a second Ctrl-C during shutdown must not kill the process mid-close.
    const onSignal = (signal: NodeJS.Signals) => {
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

function readTls(cert: string | undefined, key: string | undefined): { cert: Buffer; key: Buffer } | undefined | Error {
  if (cert === undefined && key === undefined) return undefined;
  if (cert === undefined || key === undefined) return new Error('set both [server] tls_cert and tls_key, or neither');
  try {
    return { cert: readFileSync(cert), key: readFileSync(key) };
  } catch (error) {
    return new Error(`cannot read the TLS certificate or key: ${(error as Error).message}`);
  }
}

/** A wildcard bind (0.0.0.0, ::) is reached over loopback from this machine. */
function reachableUrl(url: string, host: string): string {
  if (host === '0.0.0.0') return url.replace('//0.0.0.0:', '//127.0.0.1:');
  if (host === '::') return url.replace('//[::]:', '//[::1]:');
  return url;
}

/**
 * Runs the server until it is told to stop: load and validate config (creating OXIOS_HOME and a
 * commented config on first run), open the store, make sure an admin token exists (printed once,
 * when created), listen, then shut down gracefully. Resolves with the exit code.
 */
export async function runServer(options: RunServerOptions = {}): Promise<number> {
  const print = options.print ?? ((line: string) => process.stderr.write(`${line}\n`));
  // Listen for the stop signal from the start: a SIGTERM during start-up stops the server once it is up.
  const stopSignal = options.stopSignal ?? firstTerminationSignal();
  const loaded = loadConfig({ ...(options.env ? { env: options.env } : {}), initialize: true });
  if (loaded.isErr()) {
    print(`oxios-server: ${loaded.error.message}`);
    return loaded.error.code === 'config-invalid' || loaded.error.code === 'config-parse'
      ? EXIT.invalidConfig
      : EXIT.failure;
  }
  const config = loaded.value;
  const tls = readTls(config.server.tls_cert, config.server.tls_key);
  if (tls instanceof Error) {
    print(`oxios-server: ${tls.message}`);
    return EXIT.invalidConfig;
  }
  const logger = createLogger({ level: config.log.level });
  const created = createKernel(config, {
    logger,
    version: VERSION,
    // Both backends are offered; `[container] backend` picks (auto: apple on macOS, bwrap on Linux).
    containerBackends: {
      bwrap: () => createBwrapBackend({ hide: [config.home], logger }),
      apple: () => createAppleBackend({ logger }),
    },
  });
  if (created.isErr()) {
    print(`oxios-server: ${created.error.message}`);
    return EXIT.failure;
  }
  const kernel = created.value;
  const { store, tokens } = kernel;
  try {
    const admin = ensureAdminToken(tokens, config.home);
    if (admin.isErr()) {
      print(`oxios-server: ${admin.error.message}`);
      return EXIT.failure;
    }
    const granted = grantTokenRole(kernel.access, 'admin', 'admin', 'system');
    if (granted.isErr()) {
      print(`oxios-server: ${granted.error.message}`);
      return EXIT.failure;
    }
    const webSessions = createWebSessions();
    const metrics = new Registry();
    collectDefaultMetrics({ register: metrics, prefix: 'oxios_process_' });
    const stopKernelMetrics = registerKernelMetrics(kernel, metrics);
    const shutdown = new AbortController();
    const messaging = await startMessaging(kernel, logger);
    const deps: ServerDeps = {
      messaging,
      version: VERSION,
      logger,
      config,
      kernel,
      tokens,
      metrics,
      shutdown: shutdown.signal,
      webSessions,
      startedAt: Date.now(),
      tls: tls !== undefined,
      readiness: () => ({
        store: store.attempt('ping', () => store.statement('SELECT 1').get()).isOk()
          ? { ok: true }
          : { ok: false, message: 'the database is not usable' },
      }),
    };
    const listening = await listen(createServerApp(deps), {
      host: config.server.host,
      port: config.server.port,
      ...(tls ? { tls } : {}),
    });
    if (listening.isErr()) {
      print(`oxios-server: ${listening.error.message}`);
      return EXIT.failure;
    }
    const server = listening.value;
    logger.info({ url: server.url, home: config.home, version: VERSION }, 'server listening');
    // Tells local clients (the `oxios` CLI) where this server listens, even when --port or
    // OXIOS_PORT differ from their config. Removed again at shutdown.
    const published = writeServerInfo(config.home, {
      pid: process.pid,
      url: reachableUrl(server.url, config.server.host),
      version: VERSION,
      startedAt: new Date(deps.startedAt).toISOString(),
    });
    if (published.isErr())
      logger.warn({ err: published.error }, 'cannot write server.json; local clients will not find this server');
    print(`Oxios ${VERSION} is running at ${server.url} (OXIOS_HOME ${config.home})`);
    if (admin.value.created) {
      print(`Admin token (shown once; saved to ${admin.value.path}): ${admin.value.token}`);
    }
    const code = webSessions.issueLoginCode(
      tokens
        .verify(admin.value.token)
        .map((record) => record.id)
        .unwrapOr(''),
    );
    print(`Dashboard: ${server.url}/#login=${code}  (one-time link, valid 15 minutes)`);

    const reason = await stopSignal;
    const graceMs = config.server.shutdown_grace_secs * 1000;
    const deadline = Date.now() + graceMs;
    options.onStopping?.(graceMs);
    logger.info({ reason: String(reason), graceMs }, 'shutting down');
    // 1. Stop accepting: the listener closes now (event streams end), requests already in
    //    flight keep their connections until the grace is up, less a moment to close the kernel.
    shutdown.abort();
    stopKernelMetrics();
    removeServerInfo(config.home);
    const closed = server.close(Math.max(0, graceMs - KERNEL_CLOSE_RESERVE_MS));
    // 2. Messages' runs may finish within the grace (less the time a stopped run gets to record
    //    its interruption). At the drain's end the kernel interrupts running tasks and agents
    //    (recorded `interrupted`; queued tasks stay queued for the next start), then the gateway
    //    stops the messages still running: their sessions become interrupted, hence resumable.
    const drainMs = Math.max(0, graceMs - KERNEL_CLOSE_RESERVE_MS - messagingAbortGraceMs(config));
    const drainEnd = new AbortController();
    const drainTimer = setTimeout(() => {
      kernel.interrupt('Oxios is shutting down');
      drainEnd.abort();
    }, drainMs);
    const stopped = await messaging.gateway.stop({ mode: 'drain', deadlineMs: graceMs, signal: drainEnd.signal });
    clearTimeout(drainTimer);
    logger.info({ ...stopped }, 'message gateway stopped');
    // 3. Whatever else still runs (a task no message waits for) is interrupted now.
    kernel.interrupt('Oxios is shutting down');
    await closed;
    logger.info({ elapsedMs: graceMs - (deadline - Date.now()) }, 'server stopped');
    return EXIT.ok;
  } finally {
    removeServerInfo(config.home);
    await kernel.close('server stopped');
  }
}
