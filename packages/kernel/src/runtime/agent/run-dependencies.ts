import type { LlmSection } from '../../config/sections/llm.js';
import type { ContextManager } from '../../context/context-manager.js';
import type { EventSink } from '../../events/event-sink.js';
import type { HostExec } from '../../exec/types.js';
import type { Logger } from '../../logger/logger.js';
import type { AgentRunRepository } from '../../store/repositories/agent-run-repository.js';
import type { UsageRepository } from '../../store/repositories/usage-repository.js';
import type { LlmEngine } from '../llm/types.js';
import type { ToolAccess } from '../ports/tool-access.js';
import type { RuntimeTool, ToolProvider } from '../tools/types.js';
import type { AgentRuntimeEvent } from './agent-runtime-event.js';

/** What every run of an agent runtime shares (built once by createAgentRuntime). */
export interface RunDependencies {
  readonly engine: LlmEngine;
  readonly llm: LlmSection;
  readonly compactionThreshold: number;
  readonly access: ToolAccess;
  readonly usage: Pick<UsageRepository, 'totals'>;
  readonly runs: AgentRunRepository;
  readonly bus: EventSink<AgentRuntimeEvent>;
  readonly hostExec: HostExec | undefined;
  readonly hostAllowlist: readonly string[];
  /** The standard tools, built once. */
  readonly tools: readonly RuntimeTool[];
  readonly toolsByName: ReadonlyMap<string, RuntimeTool>;
  /** Tools read at the start of each run (MCP servers' tools). */
  readonly toolProviders: readonly ToolProvider[];
  readonly context: ContextManager | undefined;
  readonly logger: Logger;
  readonly now: () => number;
}
