import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { err, ok, ResultAsync, type Result } from 'neverthrow';
import type { Environment } from '../config/env-overrides.js';
import type { McpSection } from '../config/sections/mcp.js';
import { mcpError, notFound, unavailable } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { Logger } from '../logger/logger.js';
import { backoffDelay } from '../runtime/llm/backoff.js';
import { buildServerEnv } from './build-server-env.js';
import { createStdioTransport, type StdioTransport } from './create-stdio-transport.js';
import { formatToolContent, type ContentBlock } from './format-tool-content.js';
import { listServerTools } from './list-server-tools.js';
import type { McpEvent } from './mcp-events.js';
import { redactValues } from './redact-values.js';
import { resolveServerCommand } from './resolve-server-command.js';
import { toMcpKernelError } from './to-mcp-kernel-error.js';
import type {
  McpCallOptions,
  McpServerSpec,
  McpServerState,
  McpServerStatus,
  McpToolInfo,
  McpToolResult,
} from './types.js';

/** What one connection is built from. */
export interface McpConnectionOptions {
  readonly spec: McpServerSpec;
  readonly config: Pick<
    McpSection,
    'connect_timeout_secs' | 'reconnect_base_delay_ms' | 'reconnect_max_delay_secs' | 'reconnect_max_attempts'
  >;
  /** Where inherited variables come from. */
  readonly hostEnv: Environment;
  readonly clientVersion: string;
  readonly publish: (event: McpEvent) => void;
  readonly logger: Logger;
  readonly now?: () => number;
}

/** One MCP server: its process, its client, its tools and its reconnect loop. */
export interface McpConnection {
  readonly spec: McpServerSpec;
  status(): McpServerStatus;
  tools(): readonly McpToolInfo[];
  /** Starts it (a stopped or failed one); does nothing otherwise. */
  start(): void;
  /** Resolves when the start attempt under way (if any) has finished. */
  settled(): Promise<void>;
  call(
    tool: string,
    args: Readonly<Record<string, unknown>>,
    options?: McpCallOptions,
  ): ResultAsync<McpToolResult, KernelError>;
  /** Stops it and kills its process group. */
  stop(): Promise<void>;
}

/** A connection that stayed up this long before exiting counts its exit as a first failure. */
const STABLE_MS = 60_000;

interface Live {
  readonly client: Client;
  readonly transport: StdioTransport;
}

/**
 * Creates the connection for one server. Starting spawns the command with exactly its
 * environment, initializes it and lists its tools within `connect_timeout_secs`. When the server
 * exits or a start fails it is started again after an exponential backoff; after
 * `reconnect_max_attempts` failures in a row it is `failed`. Stderr lines are logged with the
 * server's env values redacted.
 */
export function createMcpConnection(options: McpConnectionOptions): McpConnection {
  const { spec, config, logger } = options;
  const now = options.now ?? Date.now;
  const connectTimeoutMs = config.connect_timeout_secs * 1000;
  const redact = redactValues(Object.values(spec.env));
  let state: McpServerState = spec.enabled ? 'stopped' : 'disabled';
  let live: Live | undefined;
  let tools: McpToolInfo[] = [];
  let failures = 0;
  let starts = 0;
  let lastError: string | null = null;
  let connectedAt: number | null = null;
  let generation = 0;
  let stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let attempt: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();

  const setState = (next: McpServerState, reason?: string) => {
    state = next;
    options.publish({
      type: 'mcp-server-state-changed',
      server: spec.name,
      state: next,
      tools: next === 'ready' ? tools.length : 0,
      ...(reason === undefined ? {} : { reason }),
    });
    for (const listener of [...listeners]) listener();
  };

  const schedule = (gen: number, reason: string) => {
    if (failures >= config.reconnect_max_attempts) {
      logger.error({ server: spec.name, failures, reason }, 'MCP server given up');
      setState('failed', reason);
      return;
    }
    const delay = backoffDelay(
      { baseDelayMs: config.reconnect_base_delay_ms, maxDelayMs: config.reconnect_max_delay_secs * 1000 },
      Math.max(0, failures - 1),
      undefined,
    );
    logger.warn({ server: spec.name, failures, delayMs: delay, reason }, 'MCP server will be restarted');
    setState('reconnecting', reason);
    timer = setTimeout(() => {
      timer = undefined;
      if (gen === generation) attempt = connect(gen);
    }, delay);
    timer.unref();
  };

  const onClosed = (gen: number, client: Client) => {
    if (gen !== generation || live?.client !== client) return;
    live = undefined;
    tools = [];
    lastError = 'the server exited';
    failures = connectedAt !== null && now() - connectedAt >= STABLE_MS ? 1 : failures + 1;
    schedule(gen, lastError);
  };

  const refreshTools = async (gen: number, client: Client) => {
    try {
      const listed = await listServerTools(spec.name, client, { timeout: connectTimeoutMs }, logger);
      if (gen !== generation || live?.client !== client) return;
      tools = listed;
      setState('ready');
    } catch (cause) {
      logger.warn({ server: spec.name, err: cause }, 'MCP tool list refresh failed');
    }
  };

  async function connect(gen: number): Promise<void> {
    starts += 1;
    const signal = stopping.signal;
    const built = buildServerEnv(spec, options.hostEnv);
    if (built.refused.length > 0)
      logger.warn(
        { server: spec.name, refused: built.refused },
        'MCP server variables refused: they make programs run code',
      );
    const file = await resolveServerCommand(spec.command, built.env.PATH, options.hostEnv.PATH);
    if (gen !== generation) return;
    if (file === undefined) {
      failures += 1;
      lastError = `command "${spec.command}" was not found (is it on the server's PATH?)`;
      schedule(gen, lastError);
      return;
    }
    const transport = createStdioTransport({
      file,
      args: spec.args,
      env: built.env,
      cwd: spec.cwd,
      onStderrLine: (line) => {
        logger.info({ server: spec.name, stderr: redact(line) }, 'MCP server stderr');
      },
    });
    const client = new Client({ name: 'oxios', version: options.clientVersion }, { capabilities: {} });
    try {
      await client.connect(transport, { timeout: connectTimeoutMs, signal });
      const listed = await listServerTools(spec.name, client, { timeout: connectTimeoutMs, signal }, logger);
      if (gen !== generation) {
        await client.close();
        return;
      }
      live = { client, transport };
      tools = listed;
      lastError = null;
      connectedAt = now();
      if (failures > 0) logger.info({ server: spec.name, failures }, 'MCP server reconnected');
      client.onclose = () => {
        onClosed(gen, client);
      };
      client.setNotificationHandler(ToolListChangedNotificationSchema, () => refreshTools(gen, client));
      setState('ready');
    } catch (cause) {
      await client.close().catch(() => undefined);
      if (gen !== generation) return;
      failures += 1;
      lastError = toMcpKernelError(spec.name, 'connect', cause, { signal, timeoutMs: connectTimeoutMs }).message;
      schedule(gen, lastError);
    }
  }

  const whenReady = (signal: AbortSignal | undefined, timeoutMs: number): Promise<boolean> =>
    new Promise((resolve) => {
      const check = () => {
        if (state === 'ready') finish(true);
        else if (state !== 'connecting' && state !== 'reconnecting') finish(false);
      };
      const finish = (ready: boolean) => {
        listeners.delete(check);
        clearTimeout(limit);
        signal?.removeEventListener('abort', abort);
        resolve(ready);
      };
      const abort = () => {
        finish(false);
      };
      const limit = setTimeout(abort, timeoutMs);
      limit.unref();
      signal?.addEventListener('abort', abort, { once: true });
      listeners.add(check);
      check();
    });

  async function call(
    tool: string,
    args: Readonly<Record<string, unknown>>,
    callOptions: McpCallOptions,
  ): Promise<Result<McpToolResult, KernelError>> {
    const timeoutMs = callOptions.timeoutMs ?? spec.callTimeoutMs;
    const { signal } = callOptions;
    const started = now();
    if (state !== 'ready' && !(await whenReady(signal, timeoutMs))) {
      if (signal?.aborted === true)
        return err(toMcpKernelError(spec.name, 'call-tool', undefined, { signal, timeoutMs }));
      const why = lastError === null ? '' : `: ${lastError}`;
      return err(unavailable(`mcp:${spec.name}`, `MCP server "${spec.name}" is ${state}${why}`));
    }
    const current = live;
    if (current === undefined) return err(unavailable(`mcp:${spec.name}`, `MCP server "${spec.name}" is not running`));
    if (!tools.some((known) => known.name === tool)) return err(notFound('mcp tool', `${spec.name}.${tool}`));
    const remaining = Math.max(1, timeoutMs - (now() - started));
    try {
      const result = await current.client.callTool({ name: tool, arguments: { ...args } }, undefined, {
        timeout: remaining,
        maxTotalTimeout: remaining,
        ...(signal === undefined ? {} : { signal }),
      });
      if (!('content' in result))
        return err(mcpError(spec.name, 'call-tool', 'the server answered in an outdated format'));
      return ok({
        text: formatToolContent(result.content as readonly ContentBlock[], result.structuredContent),
        isError: result.isError === true,
      });
    } catch (cause) {
      return err(toMcpKernelError(spec.name, 'call-tool', cause, { signal, timeoutMs }));
    }
  }

  const connection: McpConnection = {
    spec,
    status: () => ({
      name: spec.name,
      source: spec.source,
      command: spec.command,
      args: [...spec.args],
      envNames: Object.keys(spec.env).sort(),
      state,
      pid: live?.transport.pid ?? null,
      tools: state === 'ready' ? [...tools] : [],
      lastError,
      restarts: Math.max(0, starts - 1),
      connectedAt,
    }),
    tools: () => (state === 'ready' ? tools : []),
    start() {
      if (!spec.enabled || (state !== 'stopped' && state !== 'failed')) return;
      generation += 1;
      stopping = new AbortController();
      failures = 0;
      setState('connecting');
      attempt = connect(generation);
    },
    settled: () => attempt,
    call: (tool, args, callOptions = {}) =>
      new ResultAsync(
        call(tool, args, callOptions).catch((cause: unknown) =>
          err(toMcpKernelError(spec.name, 'call-tool', cause, { timeoutMs: 0 })),
        ),
      ),
    async stop() {
      generation += 1;
      stopping.abort();
      clearTimeout(timer);
      timer = undefined;
      const current = live;
      live = undefined;
      tools = [];
      if (state !== 'stopped' && state !== 'disabled') setState(spec.enabled ? 'stopped' : 'disabled');
      await current?.client.close().catch(() => undefined);
      await attempt;
    },
  };
  return connection;
}
