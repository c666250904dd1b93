import { err, ok, type Result } from 'neverthrow';
import type { OxiosConfig } from './config/schema.js';
import { createContextManager, type ContextManager } from './context/context-manager.js';
import type { KernelError } from './errors/kernel-error.js';
import { createEventBus, type EventBus } from './events/event-bus.js';
import type { KernelEvent } from './events/kernel-event.js';
import { noopLogger, type Logger } from './logger/logger.js';
import { openStore, type OpenStoreOptions } from './store/open-store.js';
import { createSessionRepository, type SessionRepository } from './store/repositories/session-repository.js';
import type { Store } from './store/store.js';
import { createAccessManager, type AccessManager } from './access/access-manager.js';
import { createScheduler, type Scheduler } from './scheduler/create-scheduler.js';
import { createSupervisor, type Supervisor } from './supervisor/create-supervisor.js';
import { createTokenService, type TokenService } from './tokens/token-service.js';
import { createHostExec } from './exec/create-host-exec.js';
import type { HostExec } from './exec/types.js';
import { createAgentRuntime } from './runtime/agent/create-agent-runtime.js';
import type { AgentRuntime } from './runtime/agent/types.js';
import { createLlmEngine } from './runtime/llm/create-llm-engine.js';
import { createMemoryRuntimeTools } from './runtime/tools/memory-runtime-tools.js';
import type { LlmEngine } from './runtime/llm/types.js';
import { createAgentRunRepository, type AgentRunRepository } from './store/repositories/agent-run-repository.js';
import { createUsageRepository } from './store/repositories/usage-repository.js';
import {
  createBufferedUsageRepository,
  type BufferedUsageRepository,
} from './store/repositories/buffered-usage-repository.js';
import { createExtensions, startExtensions, type Extensions } from './create-extensions.js';
import { containerAccessFrom } from './containers/container-access-adapter.js';
import { createContainerManager, type ContainerManager } from './containers/container-manager.js';
import { selectContainerBackend, type BackendFactory } from './containers/select-backend.js';
import { createOrchestrator } from './orchestrator/create-orchestrator.js';
import { createMcpManager } from './mcp/create-mcp-manager.js';
import { createMcpToolProvider } from './mcp/create-mcp-tool-provider.js';
import type { McpManager } from './mcp/types.js';
import type { Orchestrator } from './orchestrator/orchestrator-types.js';
import { createA2a } from './a2a/create-a2a.js';
import { createA2aTools } from './a2a/a2a-tools.js';
import type { A2a } from './a2a/types.js';

/** Options for {@link createKernel}. */
export interface CreateKernelOptions {
  readonly logger?: Logger;
  /** Reported in `kernel-started`. */
  readonly version?: string;
  /** Store options beyond the home (tests). */
  readonly store?: Omit<OpenStoreOptions, 'home'>;
  /** Where LLM API keys are read from. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Sandbox backends this host offers (`@oxios/container-bwrap`, `@oxios/container-apple`); the
   * kernel cannot import them itself. `[container] backend` picks one.
   */
  readonly containerBackends?: { readonly apple?: BackendFactory; readonly bwrap?: BackendFactory };
}

/** One wired Oxios kernel: every subsystem built once from one config, no module globals. */
export interface Kernel {
  readonly config: OxiosConfig;
  readonly logger: Logger;
  readonly bus: EventBus<KernelEvent>;
  readonly store: Store;
  readonly sessions: SessionRepository;
  readonly tokens: TokenService;
  readonly context: ContextManager;
  readonly scheduler: Scheduler;
  readonly supervisor: Supervisor;
  /** Kernel-wide settings changed at run time (the default persona, first-run markers). */
  readonly settings: Extensions['settings'];
  /** Installed programs: install, enable, and their tools for agents. */
  readonly programs: Extensions['programs'];
  /** Skills under `$OXIOS_HOME/skills/`. */
  readonly skills: Extensions['skills'];
  /** The one persona manager: API changes reach the next agent. */
  readonly personas: Extensions['personas'];
  /** What an agent's prompt is built from (persona, skills, program texts and tools) for a session. */
  readonly prompts: Extensions['prompts'];
  /** Long-term notes per user, indexed for search; backs the memory_* agent tools. */
  readonly memory: Extensions['memory'];
  /** RBAC, agent permissions, the path policy, the audit log and approvals. */
  readonly access: AccessManager;
  /** The host-exec bridge (`[exec]`). */
  readonly hostExec: HostExec;
  /** The LLM engine (`[llm]`): models, resilience, structured completion. */
  readonly llm: LlmEngine;
  /** LLM usage and cost per session, agent and model (written in batches; reads are exact). */
  readonly usage: BufferedUsageRepository;
  readonly agentRuns: AgentRunRepository;
  /** Runs agents: `supervisor.exec(agent.id, kernel.runtime.forAgent(input))`. */
  readonly runtime: AgentRuntime;
  /** Project sandboxes; null when no backend is available (see `containersUnavailable`). */
  readonly containers: ContainerManager | null;
  /** Why there are no sandboxes, for the person to fix; null when there are. */
  readonly containersUnavailable: string | null;
  /** The Ouroboros loop per session: interview → seed → execute → evaluate → evolve. */
  readonly orchestrator: Orchestrator;
  /**
   * Interrupts running work ahead of a stop, leaving the store open: running tasks are aborted and
   * recorded `interrupted`, queued ones stay queued for the next start, running agents are
   * stopped, and no new task or agent starts. Whoever was waiting on that work can still record
   * what became of it (the orchestrator marks its sessions interrupted, hence resumable); then
   * call `close()`. Idempotent.
   */
  interrupt(reason?: string): void;
  /**
   * MCP servers (`[mcp.servers]`, enabled programs' `[[mcp]]`) whose tools agents get as
   * `mcp.<server>.<tool>`. Nothing is spawned until `mcp.start()` or the first agent run.
   */
  readonly mcp: McpManager;
  /**
   * Agent-to-agent messaging between running agents (`a2a_send`, `a2a_inbox`): cards, inboxes,
   * and delegation to child agents when the sender may fork.
   */
  readonly a2a: A2a;
  /** Stops every subsystem in reverse order of creation. Idempotent. */
  close(reason?: string): Promise<void>;
}

/**
 * Builds a kernel from a validated config: opens the store (taking the OXIOS_HOME lock), then
 * creates each subsystem on it. Fails with a typed error and releases what it opened.
 */
export function createKernel(config: OxiosConfig, options: CreateKernelOptions = {}): Result<Kernel, KernelError> {
  const logger = (options.logger ?? noopLogger).child({ component: 'kernel' });
  const opened = openStore({ ...options.store, home: config.home });
  if (opened.isErr()) return err(opened.error);
  const store = opened.value;
  const bus = createEventBus<KernelEvent>({
    subscriberBuffer: config.events.subscriber_buffer,
    history: config.events.history,
    logger,
  });
  const context = createContextManager({
    store,
    activeLimitTokens: config.context.active_limit_tokens,
    cacheLimitEntries: config.context.cache_limit_entries,
    compactionThreshold: config.context.compaction_threshold,
  });
  const scheduler = createScheduler({ config: config.scheduler, store, bus, logger });
  if (scheduler.isErr()) {
    bus.close();
    store.close();
    return err(scheduler.error);
  }
  const supervisor = createSupervisor({ store, bus, logger });
  if (supervisor.isErr()) {
    scheduler.value.close('kernel failed to start');
    bus.close();
    store.close();
    return err(supervisor.error);
  }
  const access = createAccessManager({ store, config, logger, events: bus });
  if (access.isErr()) {
    supervisor.value.close('kernel failed to start');
    scheduler.value.close('kernel failed to start');
    bus.close();
    store.close();
    return err(access.error);
  }
  const sessions = createSessionRepository(store);
  const extensions = createExtensions({ config, store, bus, logger, sessions });
  if (extensions.isErr()) {
    supervisor.value.close('kernel failed to start');
    scheduler.value.close('kernel failed to start');
    bus.close();
    store.close();
    return err(extensions.error);
  }
  access.value.start();
  const usage = createBufferedUsageRepository(createUsageRepository(store), { logger });
  const agentRuns = createAgentRunRepository(store);
  const llm = createLlmEngine({
    config: config.llm,
    configPath: config.configPath,
    ...(options.env ? { env: options.env } : {}),
    logger,
    publish: (event) => bus.publish(event),
    recordUsage: (record) => {
      const recorded = usage.record(record);
      if (recorded.isErr()) logger.error({ err: recorded.error }, 'could not record LLM usage');
    },
  });
  const hostExec = createHostExec({
    allowlist: config.exec.allowlist,
    envAllowlist: config.exec.env_allowlist,
    defaultTimeoutMs: config.exec.default_timeout_secs * 1000,
    maxTimeoutMs: config.exec.max_timeout_secs * 1000,
    maxOutputBytes: config.exec.max_output_bytes,
    logger,
  });
  const mcp = createMcpManager({
    config,
    programs: extensions.value.programs,
    bus,
    logger,
    ...(options.env ? { hostEnv: options.env } : {}),
    clientVersion: options.version ?? '0.0.0',
  });
  const runtime = createAgentRuntime({
    engine: llm,
    config,
    access: access.value,
    usage,
    runs: agentRuns,
    bus,
    hostExec,
    tools: [
      ...createMemoryRuntimeTools(extensions.value.memory),
      // Bound late: the A2A subsystem needs the runtime to start delegates.
      ...createA2aTools(
        { send: (...args) => a2a.send(...args), receive: (...args) => a2a.receive(...args) },
        { maxWaitSecs: config.a2a.delegation_timeout_secs },
      ),
    ],
    toolProviders: [createMcpToolProvider(mcp, { readyTimeoutMs: config.mcp.connect_timeout_secs * 1000 })],
    context,
    logger,
  });
  const a2a = createA2a({
    config: config.a2a,
    bus,
    supervisor: supervisor.value,
    access: access.value,
    runtime,
    prompts: extensions.value.prompts,
    logger,
  });
  const backend = selectContainerBackend({
    config: config.container,
    factories: options.containerBackends ?? {},
    logger,
  });
  const containers = backend.isOk()
    ? createContainerManager({
        store,
        backend: backend.value,
        access: containerAccessFrom(access.value),
        home: config.home,
        config: config.container,
        logger,
      })
    : null;
  if (backend.isErr())
    logger.warn({ reason: backend.error.message }, 'no sandbox backend: commands and verify checks will not run');
  const orchestrator = createOrchestrator({
    config,
    store,
    bus,
    sessions,
    scheduler: scheduler.value,
    supervisor: supervisor.value,
    runtime,
    access: access.value,
    llm,
    prompts: extensions.value.prompts,
    containers,
    logger,
  });
  let closed = false;
  let closing: Promise<void> = Promise.resolve();
  const unsyncPrograms = bus.on(
    () => {
      mcp.sync();
    },
    { types: ['program-installed', 'program-uninstalled', 'program-toggled'] },
  );
  const kernel: Kernel = {
    config,
    logger,
    bus,
    store,
    sessions,
    tokens: createTokenService(store),
    context,
    scheduler: scheduler.value,
    supervisor: supervisor.value,
    ...extensions.value,
    access: access.value,
    hostExec,
    llm,
    usage,
    agentRuns,
    runtime,
    containers,
    containersUnavailable: backend.isErr() ? backend.error.message : null,
    orchestrator,
    interrupt(reason = 'shutdown') {
      // The scheduler first: its running tasks end `interrupted`, not `cancelled` by their waiters.
      for (const stopped of [kernel.scheduler.close(reason), kernel.supervisor.close(reason)]) {
        if (stopped.isErr()) logger.error({ err: stopped.error }, 'subsystem failed to stop cleanly');
      }
    },
    mcp,
    a2a,
    close(reason = 'shutdown') {
      if (closed) return closing;
      closed = true;
      bus.publish({ type: 'kernel-stopping', reason });
      unsyncPrograms();
      a2a.close();
      // MCP servers are killed alongside; the rest of the shutdown does not wait for them.
      closing = mcp.close().catch((error: unknown) => {
        logger.error({ err: error }, 'MCP servers did not stop cleanly');
      });
      kernel.access.close();
      kernel.interrupt(reason);
      const flushed = usage.close();
      if (flushed.isErr()) logger.error({ err: flushed.error }, 'could not write the last usage records');
      bus.close();
      store.close();
      logger.info({ reason }, 'kernel stopped');
      return closing;
    },
  };
  bus.publish({ type: 'kernel-started', version: options.version ?? 'unknown', home: config.home });
  logger.info({ home: config.home }, 'kernel started');
  startExtensions(extensions.value, logger);
  void orchestrator.recover().match(
    (interrupted) => {
      if (interrupted.length > 0)
        logger.warn({ sessions: interrupted }, 'sessions interrupted by the last stop are resumable');
    },
    (error) => {
      logger.error({ err: error }, 'could not recover sessions');
    },
  );
  return ok(kernel);
}
