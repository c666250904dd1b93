import { errAsync, err, ok } from 'neverthrow';
import type { Environment } from '../config/env-overrides.js';
import type { OxiosConfig } from '../config/schema.js';
import { notFound, unavailable } from '../errors/constructors.js';
import type { EventSink } from '../events/event-sink.js';
import { noopLogger, type Logger } from '../logger/logger.js';
import type { ProgramManager } from '../programs/types.js';
import { createMcpConnection, type McpConnection } from './create-mcp-connection.js';
import type { McpEvent } from './mcp-events.js';
import { configServerSpecs, programServerSpecs } from './server-specs.js';
import type { McpManager, McpServerSpec } from './types.js';

/** Options of {@link createMcpManager}. */
export interface McpManagerOptions {
  /** `[mcp]`, and OXIOS_HOME (the default working directory of servers). */
  readonly config: Pick<OxiosConfig, 'mcp' | 'home'>;
  /** Enabled programs bring their `[[mcp]]` servers. */
  readonly programs?: Pick<ProgramManager, 'mcpServers'>;
  readonly bus?: EventSink<McpEvent>;
  readonly logger?: Logger;
  /** Where servers' inherited variables come from. Default `process.env`. */
  readonly hostEnv?: Environment;
  /** Reported to servers at `initialize`. */
  readonly clientVersion?: string;
}

const sameSpec = (a: McpServerSpec, b: McpServerSpec) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Creates the MCP client side of the kernel. Nothing is spawned until {@link McpManager.start}
 * (or the first {@link McpManager.ready}); then every enabled server from `[mcp.servers]` and
 * from enabled programs runs with its own connection, reconnect loop and tool list.
 */
export function createMcpManager(options: McpManagerOptions): McpManager {
  const logger = (options.logger ?? noopLogger).child({ component: 'mcp' });
  const hostEnv = options.hostEnv ?? process.env;
  const connections = new Map<string, McpConnection>();
  let started = false;
  let closed = false;

  const connect = (spec: McpServerSpec) =>
    createMcpConnection({
      spec,
      config: options.config.mcp,
      hostEnv,
      clientVersion: options.clientVersion ?? '0.0.0',
      publish: (event) => options.bus?.publish(event),
      logger,
    });

  const reconcile = (specs: readonly McpServerSpec[]) => {
    const wanted = new Map(specs.map((spec) => [spec.name, spec]));
    for (const [name, connection] of connections) {
      const spec = wanted.get(name);
      if (spec !== undefined && sameSpec(spec, connection.spec)) continue;
      connections.delete(name);
      void connection.stop();
    }
    for (const spec of wanted.values()) {
      if (connections.has(spec.name)) continue;
      const connection = connect(spec);
      connections.set(spec.name, connection);
      if (started) connection.start();
    }
  };

  const configSpecs = configServerSpecs(options.config);
  const allSpecs = () => {
    const fromPrograms = options.programs?.mcpServers();
    if (fromPrograms?.isErr()) logger.warn({ err: fromPrograms.error }, "programs' MCP servers could not be read");
    const declared = fromPrograms?.isOk() ? fromPrograms.value : [];
    return [
      ...configSpecs,
      ...programServerSpecs(declared, options.config.mcp, new Set(configSpecs.map((s) => s.name)), logger),
    ];
  };
  reconcile(configSpecs);

  const manager: McpManager = {
    start() {
      if (started || closed) return;
      started = true;
      reconcile(allSpecs());
      for (const connection of connections.values()) connection.start();
    },
    async ready(readyOptions = {}) {
      manager.start();
      const limit = readyOptions.timeoutMs ?? options.config.mcp.connect_timeout_secs * 1000;
      let timer: NodeJS.Timeout | undefined;
      let onAbort: (() => void) | undefined;
      await Promise.race([
        Promise.all([...connections.values()].map((connection) => connection.settled())),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, limit);
          onAbort = resolve;
          readyOptions.signal?.addEventListener('abort', onAbort, { once: true });
        }),
      ]);
      clearTimeout(timer);
      if (onAbort) readyOptions.signal?.removeEventListener('abort', onAbort);
    },
    sync() {
      if (started && !closed) reconcile(allSpecs());
    },
    servers: () => [...connections.values()].map((connection) => connection.status()),
    tools: () => [...connections.values()].flatMap((connection) => connection.tools()),
    callTool(server, tool, args, callOptions) {
      if (closed) return errAsync(unavailable('mcp', 'the MCP subsystem is shut down'));
      const connection = connections.get(server);
      if (connection === undefined) return errAsync(notFound('mcp server', server));
      if (!started) manager.start();
      return connection.call(tool, args, callOptions);
    },
    restart(server) {
      const connection = connections.get(server);
      if (connection === undefined) return err(notFound('mcp server', server));
      if (closed) return err(unavailable('mcp', 'the MCP subsystem is shut down'));
      started = true;
      void connection.stop().then(() => {
        if (!closed) connection.start();
      });
      return ok(undefined);
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...connections.values()].map((connection) => connection.stop()));
    },
  };
  return manager;
}
