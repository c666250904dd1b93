import { loadConfig } from '@oxios/kernel';
import { err, ok, type Result } from 'neverthrow';
import type { CommandContext } from '../context.js';
import type { CliError } from '../errors/cli-error.js';
import { fromKernelError } from '../errors/from-kernel-error.js';
import type { GlobalOptions } from '../global-options.js';
import { VERSION } from '../version.js';
import type { Backend } from './backend.js';
import { detectLocalServer } from './detect-local-server.js';
import { createLocalBackend } from './local/create-local-backend.js';
import { readAdminToken } from './read-admin-token.js';
import { createRemoteBackend } from './remote/create-remote-backend.js';

/**
 * Picks how to reach Oxios:
 * 1. `--server URL` or `OXIOS_SERVER`: that server, with `OXIOS_TOKEN` (never the local admin token);
 * 2. a server running for this OXIOS_HOME (lock held + health answers): it, with `OXIOS_TOKEN` or
 *    the admin token file;
 * 3. otherwise an embedded kernel on OXIOS_HOME (read-only for reads).
 */
export async function resolveBackend(
  context: CommandContext,
  globals: GlobalOptions,
): Promise<Result<Backend, CliError>> {
  const { env, signal } = context;
  const token = env.OXIOS_TOKEN?.trim() || undefined;
  const explicit = globals.server ?? (env.OXIOS_SERVER?.trim() || undefined);
  if (explicit !== undefined) {
    const baseUrl = explicit.replace(/\/+$/, '');
    return ok(
      createRemoteBackend({
        mode: 'remote',
        home: null,
        http: { baseUrl, ...(token === undefined ? {} : { token }) },
        ...(signal ? { signal } : {}),
      }),
    );
  }
  const loaded = loadConfig({ env });
  if (loaded.isErr()) return err(fromKernelError(loaded.error));
  const config = loaded.value;
  const server = await detectLocalServer(config, signal);
  if (server) {
    const credential = token ?? readAdminToken(config.home);
    return ok(
      createRemoteBackend({
        mode: 'local-server',
        home: config.home,
        http: { baseUrl: server.url, ...(credential === undefined ? {} : { token: credential }) },
        ...(signal ? { signal } : {}),
      }),
    );
  }
  return ok(createLocalBackend(config, { version: VERSION, env, ...(signal ? { signal } : {}) }));
}
