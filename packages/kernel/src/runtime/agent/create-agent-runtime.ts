import { errAsync } from 'neverthrow';
import type { OxiosConfig } from '../../config/schema.js';
import type { ContextManager } from '../../context/context-manager.js';
import { invalidArgument } from '../../errors/constructors.js';
import type { EventSink } from '../../events/event-sink.js';
import type { HostExec } from '../../exec/types.js';
import { noopLogger, type Logger } from '../../logger/logger.js';
import type { AgentRunRepository } from '../../store/repositories/agent-run-repository.js';
import type { UsageRepository } from '../../store/repositories/usage-repository.js';
import type { LlmEngine } from '../llm/types.js';
import type { ToolAccess } from '../ports/tool-access.js';
import type { RuntimeTool, ToolProvider } from '../tools/types.js';
import type { AgentRuntimeEvent } from './agent-runtime-event.js';
import { createToolSet } from '../tools/create-tool-set.js';
import { runAgent } from './run-agent.js';
import type { AgentRuntime } from './types.js';

/** Options of {@link createAgentRuntime}. */
export interface AgentRuntimeOptions {
  readonly engine: LlmEngine;
  /** `[llm]` (budgets, tool limits), `[context]` (compaction threshold) and `[exec]` (host-exec limits). */
  readonly config: Pick<OxiosConfig, 'llm' | 'context' | 'exec'>;
  /** The access manager: every tool call is checked and audited there. */
  readonly access: ToolAccess;
  /** Session usage for session budgets (the engine records each request's usage there). */
  readonly usage: Pick<UsageRepository, 'totals'>;
  readonly runs: AgentRunRepository;
  /** Receives every step of every run. */
  readonly bus?: EventSink<AgentRuntimeEvent>;
  /** The host-exec bridge; without it agents get no `host_exec` tool. */
  readonly hostExec?: HostExec;
  /** Tools every run gets besides the standard set (the kernel adds the memory and A2A tools). */
  readonly tools?: readonly RuntimeTool[];
  /** Tools read when each run starts (the kernel adds the MCP servers' tools). */
  readonly toolProviders?: readonly ToolProvider[];
  /** Compacts transcripts that near their model's window; without it transcripts are not compacted. */
  readonly context?: ContextManager;
  readonly logger?: Logger;
  readonly now?: () => number;
}

/**
 * Creates the agent runtime: each run is one pi-agent-core `Agent` on the LLM engine's resilient
 * stream, with the standard tools (plus any given per run) authorised by the access manager,
 * turn/time/token/cost budgets per agent and per session, compaction near the context window,
 * and every step on the event bus.
 */
export function createAgentRuntime(options: AgentRuntimeOptions): AgentRuntime {
  const tools = [
    ...createToolSet({
      hostExec: options.hostExec,
      hostAllowlist: options.config.exec.allowlist,
      commandTimeoutMs: options.config.llm.tool_timeout_secs * 1000,
      maxCommandTimeoutMs: options.config.exec.max_timeout_secs * 1000,
      maxOutputBytes: options.config.llm.tool_output_max_bytes,
    }),
    ...(options.tools ?? []),
  ];
  const deps = {
    engine: options.engine,
    llm: options.config.llm,
    compactionThreshold: options.config.context.compaction_threshold,
    access: options.access,
    usage: options.usage,
    runs: options.runs,
    bus: options.bus ?? { publish: () => undefined },
    hostExec: options.hostExec,
    hostAllowlist: options.config.exec.allowlist,
    tools,
    toolsByName: new Map(tools.map((tool) => [tool.name, tool])),
    toolProviders: options.toolProviders ?? [],
    context: options.context,
    logger: (options.logger ?? noopLogger).child({ component: 'agent-runtime' }),
    now: options.now ?? Date.now,
  };
  const runtime: AgentRuntime = {
    run: (input) => runAgent(deps, input),
    forAgent: (input) => (signal, agent) => {
      const sessionId = agent.sessionId ?? input.sessionId;
      if (sessionId === undefined) return errAsync(invalidArgument('sessionId', 'the agent has no session'));
      return runAgent(deps, { ...input, agentId: agent.id, sessionId, signal });
    },
  };
  return runtime;
}
