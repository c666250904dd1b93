import type { CommandContext } from '../context.js';
import type { GlobalOptions } from '../global-options.js';
import type { ConfigSource } from './config-source.js';
import { createFileConfigSource } from './local/create-file-config-source.js';
import { createApiConfigSource } from './remote/create-api-config-source.js';

/** The config file on this machine, unless `--server`/`OXIOS_SERVER` names a server. */
export function selectConfigSource(context: CommandContext, globals: GlobalOptions): ConfigSource {
  const server = globals.server ?? (context.env.OXIOS_SERVER?.trim() || undefined);
  if (server === undefined) return createFileConfigSource(context.env);
  const token = context.env.OXIOS_TOKEN?.trim() || undefined;
  return createApiConfigSource(
    { baseUrl: server.replace(/\/+$/, ''), ...(token === undefined ? {} : { token }) },
    context.signal,
  );
}
