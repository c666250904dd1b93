import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createTempHome, getFreePort, startBin, type RunningBin, type TempHome } from '@oxios/testkit';

const require = createRequire(import.meta.url);
const manifestPath = require.resolve('@oxios/server/package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };

/** The built `oxios-server` executable (apps/server/dist/main.js). */
export const serverBin = join(dirname(manifestPath), manifest.bin['oxios-server'] ?? 'dist/main.js');

/** A real Oxios server on 127.0.0.1 with its own OXIOS_HOME. */
export interface TestServer extends AsyncDisposable {
  readonly url: string;
  readonly port: number;
  readonly home: TempHome;
  readonly process: RunningBin;
  /** The admin token the first start saved in OXIOS_HOME/admin.token. */
  adminToken(): string;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<void>;
}

/** Starts the server; `config` is written to config.toml first when given. */
export async function startServer(options: { config?: string; home?: TempHome } = {}): Promise<TestServer> {
  const home = options.home ?? (await createTempHome());
  if (options.config !== undefined) writeFileSync(join(home.path, 'config.toml'), options.config, { mode: 0o600 });
  const port = await getFreePort();
  const process = startBin(serverBin, [], { env: { ...home.env, OXIOS_PORT: String(port) } });
  await process.waitForOutput(/running at http:\/\/127\.0\.0\.1:\d+/);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.kill('SIGTERM');
    await process.exited();
  };
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    home,
    process,
    adminToken: () => readFileSync(join(home.path, 'admin.token'), 'utf8').trim(),
    stop,
    async [Symbol.asyncDispose]() {
      await stop();
      if (!options.home) await home.remove();
    },
  };
}
