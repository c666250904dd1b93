import type { Kernel, McpServerStatus } from '@oxios/kernel';
import type { Command } from 'commander';
import { err, ok, type Result } from 'neverthrow';
import type { CommandContext } from '../context.js';
import type { CliError } from '../errors/cli-error.js';
import { fromKernelError } from '../errors/from-kernel-error.js';
import { printCliError } from '../errors/print-cli-error.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { printJson } from '../output.js';
import { printTable } from '../render/print-table.js';
import { rawOptions, type Tree } from '../tree/tree.js';
import { VERSION } from '../version.js';
import { refuseRemote } from './local-only.js';

/** Who `oxios mcp serve` acts as by default: the owner of OXIOS_HOME, as every embedded command. */
const DEFAULT_USER = 'admin';

// zod and the option schemas load only when a command runs (this file is imported to register
// the commands, also for `oxios --help`).
async function optionTools() {
  const [{ z }, { GlobalOptionsSchema }, { OutputOptionsSchema }, { withOptions }] = await Promise.all([
    import('zod'),
    import('../global-options.js'),
    import('./common-options.js'),
    import('./with-options.js'),
  ]);
  return { z, GlobalOptionsSchema, OutputOptionsSchema, withOptions };
}

/**
 * Opens the embedded kernel on OXIOS_HOME (taking its lock) with the sandbox backends this host
 * offers, and makes sure `user:admin` is the admin, as the server and the other embedded commands do.
 */
async function openKernel(context: CommandContext): Promise<Result<Kernel, CliError>> {
  const [{ createKernel, loadConfig }, { createBwrapBackend }, { createAppleBackend }] = await Promise.all([
    import('@oxios/kernel'),
    import('@oxios/container-bwrap'),
    import('@oxios/container-apple'),
  ]);
  const loaded = loadConfig({ env: context.env, initialize: true });
  if (loaded.isErr()) return err(fromKernelError(loaded.error));
  const config = loaded.value;
  const created = createKernel(config, {
    version: VERSION,
    env: context.env,
    containerBackends: {
      bwrap: () => createBwrapBackend({ hide: [config.home] }),
      apple: () => createAppleBackend(),
    },
  });
  if (created.isErr()) return err(fromKernelError(created.error));
  const kernel = created.value;
  const admin = kernel.access
    .roleOf(`user:${DEFAULT_USER}`)
    .andThen((role) =>
      role === 'admin'
        ? ok(undefined)
        : kernel.access.assignRole(`user:${DEFAULT_USER}`, 'admin', { by: 'system' }).map(() => undefined),
    );
  if (admin.isErr()) {
    await kernel.close('cli failed');
    return err(fromKernelError(admin.error));
  }
  return ok(kernel);
}

const aborted = (signal: AbortSignal | undefined) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted === true) resolve();
    signal?.addEventListener('abort', () => {
      resolve();
    });
  });

/** Runs `work` on the embedded kernel; prints a failure (to stderr) and closes the kernel. */
async function withKernel(
  context: CommandContext,
  options: { readonly verbose?: boolean | undefined; readonly server?: string | undefined },
  command: string,
  work: (kernel: Kernel) => Promise<Result<void, CliError>>,
): Promise<ExitCode> {
  const verbose = options.verbose === true;
  const refused = refuseRemote(context, options, command);
  const opened = refused === undefined ? await openKernel(context) : err(refused);
  if (opened.isErr()) {
    printCliError(context.output, opened.error, verbose);
    return opened.error.exitCode;
  }
  const kernel = opened.value;
  try {
    const done = await work(kernel);
    if (done.isErr()) {
      printCliError(context.output, done.error, verbose);
      return done.error.exitCode;
    }
    return EXIT.ok;
  } finally {
    await kernel.close(`${command} done`);
  }
}

/**
 * `oxios mcp serve` — Oxios as an MCP server on stdin/stdout for MCP hosts: `run_task`,
 * `list_sessions`, `read_session`, `list_seeds`, `read_seed`, `list_programs`, each acting as
 * `--user` (default `admin`) with that user's rights. Runs until the host closes stdin or Ctrl-C.
 * Nothing but MCP messages is written to stdout.
 */
export async function mcpServe(context: CommandContext, raw: unknown): Promise<ExitCode> {
  const { z, GlobalOptionsSchema, withOptions } = await optionTools();
  const schema = GlobalOptionsSchema.extend({
    user: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/, { error: 'expected a user name' })
      .optional(),
  });
  return withOptions(context, schema, raw, (options) =>
    withKernel(context, options, 'mcp serve', async (kernel) => {
      const { createOxiosMcpServer } = await import('@oxios/kernel');
      const created = createOxiosMcpServer(kernel, { user: options.user ?? DEFAULT_USER, version: VERSION });
      if (created.isErr()) return err(fromKernelError(created.error));
      const server = created.value;
      const connected = await server.connectStdio();
      if (connected.isErr()) return err(fromKernelError(connected.error));
      await Promise.race([server.closed, aborted(context.signal)]);
      await server.close();
      return ok(undefined);
    }),
  );
}

const sourceOf = (server: Pick<McpServerStatus, 'source'>) =>
  server.source.kind === 'config' ? 'config' : `program:${server.source.program}`;

/**
 * `oxios mcp list` — the MCP servers Oxios uses (`[mcp.servers]` and enabled programs'), started
 * and given `--wait` seconds (default `[mcp] connect_timeout_secs`) to connect, with their state,
 * process, tools and last error. JSON: `{ items: McpServerStatus[] }` with tool names only.
 */
export async function mcpList(context: CommandContext, raw: unknown): Promise<ExitCode> {
  const { z, OutputOptionsSchema, withOptions } = await optionTools();
  const schema = OutputOptionsSchema.extend({
    wait: z.coerce.number({ error: 'expected seconds' }).min(0).max(600).optional(),
  });
  return withOptions(context, schema, raw, (options) =>
    withKernel(context, options, 'mcp list', async (kernel) => {
      const timeoutMs = (options.wait ?? kernel.config.mcp.connect_timeout_secs) * 1000;
      await kernel.mcp.ready({ timeoutMs, ...(context.signal ? { signal: context.signal } : {}) });
      const items = kernel.mcp.servers().map((server) => ({
        ...server,
        tools: server.tools.map((tool) => tool.name),
      }));
      if (options.json === true) printJson(context.output, { items });
      else if (items.length === 0)
        context.output.stdout.write('No MCP servers. Add one under [mcp.servers.<name>] in config.toml.\n');
      else
        printTable(
          context.output,
          [
            { heading: 'NAME', cell: (server) => server.name },
            { heading: 'SOURCE', cell: sourceOf },
            { heading: 'STATE', cell: (server) => server.state },
            { heading: 'PID', cell: (server) => (server.pid === null ? '-' : String(server.pid)) },
            { heading: 'TOOLS', cell: (server) => String(server.tools.length) },
            { heading: 'COMMAND', cell: (server) => [server.command, ...server.args].join(' ') },
            { heading: 'ERROR', cell: (server) => server.lastError ?? '-' },
          ],
          items,
        );
      return ok(undefined);
    }),
  );
}

/** Registers `oxios mcp serve` and `oxios mcp list`. */
export function registerMcp(program: Command, tree: Tree): void {
  const mcp = program
    .command('mcp')
    .description('the Model Context Protocol: serve Oxios to MCP hosts, list the MCP servers Oxios uses');
  mcp
    .command('serve')
    .description('serve Oxios to an MCP host on stdin/stdout (embedded kernel on OXIOS_HOME) until stdin closes')
    .option('--user <name>', `the Oxios user every request acts as, with that user's rights (default: ${DEFAULT_USER})`)
    .action((_options: unknown, command: Command) => tree.run(() => mcpServe(tree.context, rawOptions(command))));
  mcp
    .command('list')
    .description('list the configured MCP servers (config and programs), their state and tools')
    .option('--wait <seconds>', 'how long to let servers connect (default: [mcp] connect_timeout_secs)')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) => tree.run(() => mcpList(tree.context, rawOptions(command))));
}
