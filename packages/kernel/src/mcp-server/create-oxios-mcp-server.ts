import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { err, ok, ResultAsync, type Result } from 'neverthrow';
import { USER_NAME_PATTERN } from '../access/parse-subject.js';
import { internalError, invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { Kernel } from '../kernel.js';
import { actAsUser } from './act-as-user.js';
import { registerReadTools } from './read-tools.js';
import { registerRunTaskTool } from './run-task-tool.js';

/** Options of {@link createOxiosMcpServer}. */
export interface OxiosMcpServerOptions {
  /** The user every request acts as (a user name, `ann`), with that user's role and rights. */
  readonly user: string;
  /** Reported to hosts at `initialize`. */
  readonly version?: string;
}

/** Oxios as an MCP server. */
export interface OxiosMcpServer {
  /** The SDK server, for hosts that bring their own transport. */
  readonly server: McpServer;
  /** Serves on `transport` until it closes. */
  connect(transport: Transport): ResultAsync<void, KernelError>;
  /** Serves on this process's stdin/stdout (the MCP stdio transport) until stdin ends. */
  connectStdio(): ResultAsync<void, KernelError>;
  /** Settles when the connection closes (the host went away, or {@link close}). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

/**
 * Oxios for MCP hosts: tools `run_task` (a task through the Ouroboros loop), `list_sessions`,
 * `read_session`, `list_seeds`, `read_seed` and `list_programs`. Every request acts as
 * `options.user`, re-checked per request with the access manager (a user without a role is
 * refused; running a task needs `manage-agents`). Failures are tool error results
 * `Error (<code>): <message>`.
 */
export function createOxiosMcpServer(
  kernel: Kernel,
  options: OxiosMcpServerOptions,
): Result<OxiosMcpServer, KernelError> {
  if (!USER_NAME_PATTERN.test(options.user))
    return err(invalidArgument('user', 'expected a user name: letters, digits, ".", "_", "@" or "-"'));
  const user = actAsUser(kernel.access, options.user);
  const server = new McpServer(
    { name: 'oxios', version: options.version ?? '0.0.0' },
    {
      instructions: `Oxios runs tasks as spec-first agents in sandboxes. You act as the Oxios user "${options.user}".`,
    },
  );
  registerRunTaskTool(server, kernel, user);
  registerReadTools(server, kernel, user);
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = resolve;
  });
  const connect = (transport: Transport) =>
    ResultAsync.fromPromise(server.connect(transport), (cause) =>
      internalError('the MCP server could not start', cause),
    );
  return ok({
    server,
    connect,
    connectStdio: () => {
      const transport = new StdioServerTransport();
      // The SDK's stdio transport does not notice the host closing stdin; this does.
      process.stdin.once('end', () => {
        void transport.close();
      });
      return connect(transport);
    },
    closed,
    close: () => server.close(),
  });
}
