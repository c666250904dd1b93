import { loadConfig, type Environment } from '@oxios/kernel';
import { createServerApp } from './app.js';
import { listen } from './listen.js';
import { createLogger } from './logger.js';
import { VERSION } from './version.js';

/** Options for {@link runServer}. */
export interface RunServerOptions {
  readonly env?: Environment;
  /** Where human-facing lines go (the banner, fatal errors). Default: stderr. */
  readonly print?: (line: string) => void;
  /** Resolves when the server should stop; default: the first SIGINT or SIGTERM. */
  readonly stopSignal?: Promise<unknown>;
}

/** Exit codes of the server process. */
export const EXIT = { ok: 0, failure: 1, invalidConfig: 2 } as const;

function firstTerminationSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      // Stay subscribed: a second Ctrl-C during shutdown must not kill the process mid-close.
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/**
 * Runs the server until it is told to stop: load and validate config (creating OXIOS_HOME and a
 * commented config on first run), listen, then shut down gracefully. Resolves with the exit code.
 */
export async function runServer(options: RunServerOptions = {}): Promise<number> {
  const print = options.print ?? ((line: string) => process.stderr.write(`${line}\n`));
  const loaded = loadConfig({ ...(options.env ? { env: options.env } : {}), initialize: true });
  if (loaded.isErr()) {
    print(`oxios-server: ${loaded.error.message}`);
    return loaded.error.code === 'config-invalid' || loaded.error.code === 'config-parse'
      ? EXIT.invalidConfig
      : EXIT.failure;
  }
  const config = loaded.value;
  const logger = createLogger({ level: config.log.level });
  const app = createServerApp({ version: VERSION, logger });
  const listening = await listen(app, { host: config.server.host, port: config.server.port });
  if (listening.isErr()) {
    print(`oxios-server: ${listening.error.message}`);
    return EXIT.failure;
  }
  const server = listening.value;
  logger.info({ url: server.url, home: config.home, version: VERSION }, 'server listening');
  print(`Oxios ${VERSION} is running at ${server.url} (OXIOS_HOME ${config.home})`);

  const reason = await (options.stopSignal ?? firstTerminationSignal());
  logger.info({ reason: String(reason) }, 'shutting down');
  await server.close(3000);
  logger.info({}, 'server stopped');
  return EXIT.ok;
}
