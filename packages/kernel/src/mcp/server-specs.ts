import type { OxiosConfig } from '../config/schema.js';
import { DEFAULT_MCP_INHERITED_ENV, type McpSection } from '../config/sections/mcp.js';
import { neverAllowedReason } from '../exec/never-allowed-commands.js';
import type { Logger } from '../logger/logger.js';
import type { ProgramMcpServerDeclaration } from '../programs/types.js';
import type { McpServerSpec } from './types.js';

/** Names of program servers (`<program>-<server>`): no dot, so `mcp.<server>.<tool>` stays unambiguous. */
const PROGRAM_SERVER_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** The servers of `[mcp.servers]`, sorted by name. */
export function configServerSpecs(config: Pick<OxiosConfig, 'mcp' | 'home'>): McpServerSpec[] {
  return Object.entries(config.mcp.servers)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, entry]) => ({
      name,
      source: { kind: 'config' as const },
      command: entry.command,
      args: entry.args,
      env: entry.env,
      inheritEnv: entry.inherit_env,
      cwd: entry.cwd ?? config.home,
      enabled: entry.enabled,
      callTimeoutMs: (entry.call_timeout_secs ?? config.mcp.call_timeout_secs) * 1000,
    }));
}

/**
 * The servers enabled programs declare, named `<program>-<server>` and run in the program's
 * folder with `PATH` and `HOME` inherited. A name taken by a config server, an over-long name
 * and a shell as the command are skipped (and logged).
 */
export function programServerSpecs(
  declarations: readonly ProgramMcpServerDeclaration[],
  mcp: Pick<McpSection, 'call_timeout_secs'>,
  taken: ReadonlySet<string>,
  logger: Logger,
): McpServerSpec[] {
  const specs: McpServerSpec[] = [];
  for (const { program, path, server } of declarations) {
    const name = `${program}-${server.name}`;
    const refused = !PROGRAM_SERVER_NAME.test(name)
      ? 'its name <program>-<server> is longer than 64 characters'
      : taken.has(name) || specs.some((spec) => spec.name === name)
        ? 'a server of that name already exists'
        : neverAllowedReason(server.command);
    if (refused !== undefined) {
      logger.warn({ program, server: server.name, reason: refused }, "a program's MCP server was skipped");
      continue;
    }
    specs.push({
      name,
      source: { kind: 'program', program },
      command: server.command,
      args: server.args,
      env: server.env,
      inheritEnv: DEFAULT_MCP_INHERITED_ENV,
      cwd: path,
      enabled: server.enabled,
      callTimeoutMs: mcp.call_timeout_secs * 1000,
    });
  }
  return specs;
}
