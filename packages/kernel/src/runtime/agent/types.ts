import type { Message } from '@earendil-works/pi-ai';
import type { ResultAsync } from 'neverthrow';
import type { LlmBudget } from '../../config/sections/llm.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { AgentRun } from '../../supervisor/types.js';
import type { SandboxExec } from '../ports/sandbox-exec.js';
import type { RuntimeTool } from '../tools/types.js';

/** One acceptance criterion as the agent sees it (the Ouroboros `AcceptanceCriterion` fits). */
export interface RuntimeCriterion {
  readonly description: string;
  /** The command (argv) that checks it, when there is one. */
  readonly verify?: readonly string[];
  /** Workspace-relative files that must exist afterwards. */
  readonly expectedArtifacts?: readonly string[];
}

/** What the agent must achieve: the Ouroboros `Seed` fits this shape as is. */
export interface RuntimeSeed {
  readonly id: string;
  readonly goal: string;
  readonly constraints: readonly string[];
  readonly acceptanceCriteria: readonly RuntimeCriterion[];
}

/** The persona the agent speaks as (from the personas subsystem). */
export interface RuntimePersona {
  readonly name: string;
  /** Its system-prompt text. */
  readonly prompt: string;
  /** The persona's preferred model, `<provider>/<model>`. */
  readonly model?: string;
}

/** An enabled program whose SKILL.md the agent should know (from the programs subsystem). */
export interface RuntimeProgram {
  readonly name: string;
  /** SKILL.md content, verbatim. */
  readonly skill: string;
}

/** A skill the agent should follow (from the skills subsystem: the persona's and the session's). */
export interface RuntimeSkill {
  readonly name: string;
  /** SKILL.md content. */
  readonly text: string;
}

/** One agent run: which agent, on which seed, in which workspace, under which limits. */
export interface AgentRunInput {
  /** The agent's id (`agent:<id>` for the access manager; its permissions must exist). */
  readonly agentId: string;
  readonly sessionId: string;
  readonly seed: RuntimeSeed;
  /** Absolute path of the agent's workspace. */
  readonly workspaceRoot: string;
  readonly persona?: RuntimePersona | undefined;
  readonly programs?: readonly RuntimeProgram[] | undefined;
  readonly skills?: readonly RuntimeSkill[] | undefined;
  /** The user the agent acts for (`ann` of `user:ann`): whose memory the memory tools use. */
  readonly userId?: string | undefined;
  /** `<provider>/<model>` for this run; beats the persona's and `[llm] default_model`. */
  readonly model?: string | undefined;
  /** Tighter limits for this run (each capped by `[llm.agent_budget]`). */
  readonly budget?: Partial<LlmBudget> | undefined;
  /** The project's sandbox for `container_exec`; without one the tool refuses. */
  readonly sandbox?: SandboxExec | undefined;
  /** Tools beyond the standard set (program tools, MCP tools). */
  readonly tools?: readonly RuntimeTool[] | undefined;
  /** Offer only the tools with these names (standard or extra), e.g. a read-only run. Default: all. */
  readonly toolNames?: readonly string[] | undefined;
  /** The supervisor's signal: aborting stops the run mid-turn or mid-tool and kills its processes. */
  readonly signal?: AbortSignal | undefined;
}

/** Tokens and cost of a run (every request, retries and compaction summaries included). */
export interface RunUsage {
  readonly requests: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheReadTokens: number;
  readonly cacheWriteTokens: number;
  readonly totalTokens: number;
  readonly costUsd: number;
}

/** A run that finished: the agent stopped calling tools and answered. */
export interface AgentRunResult {
  readonly runId: string;
  readonly agentId: string;
  readonly sessionId: string;
  readonly provider: string;
  readonly model: string;
  /** The agent's final answer. */
  readonly text: string;
  /** LLM requests made (one per turn). */
  readonly turns: number;
  readonly toolCalls: number;
  readonly usage: RunUsage;
  readonly durationMs: number;
  /** The run's whole transcript, system prompt first (compaction shortens what the model is sent, not this record). */
  readonly messages: readonly Message[];
}

/** Runs agents. */
export interface AgentRuntime {
  /**
   * Runs one agent for one seed to its final answer. Fails with the typed reason it stopped:
   * `budget-exceeded`, `aborted`, `llm-not-configured`, an LLM error, or a store error.
   */
  run(input: AgentRunInput): ResultAsync<AgentRunResult, KernelError>;
  /**
   * The same run as the supervisor's `exec` takes it:
   * `supervisor.exec(agent.id, runtime.forAgent(input))` — the agent's id, session and signal are
   * the supervisor's.
   */
  forAgent(
    input: Omit<AgentRunInput, 'agentId' | 'signal' | 'sessionId'> & { readonly sessionId?: string },
  ): AgentRun<AgentRunResult>;
}
