import type { ResultAsync } from 'neverthrow';
import type { z } from 'zod';
import type { AccessContext, AgentSubject } from '../../access/types.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { SandboxExec } from '../ports/sandbox-exec.js';
import type { ToolAccess } from '../ports/tool-access.js';

/** Everything a tool call runs with. Built by the runtime, never from the model's arguments. */
export interface ToolContext {
  /** The agent, as the access manager knows it (`agent:<id>`). */
  readonly subject: AgentSubject;
  /** Ids written into every audit entry of the call. */
  readonly audit: AccessContext;
  /** Absolute path of the agent's workspace: the hard boundary of every file tool. */
  readonly workspaceRoot: string;
  readonly access: ToolAccess;
  /** The user the agent acts for, when known (the memory tools read and write their notes). */
  readonly userId: string | undefined;
  /** The project's sandbox, when there is one (for `container_exec`). */
  readonly sandbox: SandboxExec | undefined;
  /** Aborted when the run stops; tools stop promptly and kill what they started. */
  readonly signal: AbortSignal;
}

/** What a tool returns to the model (before truncation). */
export interface ToolOutput {
  readonly text: string;
  /** True for an outcome the model must treat as a failure (e.g. a non-zero exit). */
  readonly isError?: boolean;
  /** Machine-readable facts for events and logs (never sent to the model). */
  readonly details?: Readonly<Record<string, string | number | boolean | null>>;
  /** How to cut long output: keep the head (files) or head and tail (command output). */
  readonly truncate?: 'head' | 'head-tail';
}

/**
 * An agent tool as written: a function the model may call, its arguments described by a zod
 * schema. {@link defineTool} turns it into a {@link RuntimeTool}.
 */
export interface ToolDefinition<Args> {
  /** The name the model calls: `[a-zA-Z0-9_-]{1,64}` (what every provider accepts). */
  readonly name: string;
  /** The name the access manager checks (`checkTool`), when it differs (`program.<p>.<t>`). Default `name`. */
  readonly accessName?: string;
  readonly label: string;
  readonly description: string;
  /** Validates the model's arguments; its JSON Schema is what the model is shown. */
  readonly schema: z.ZodType<Args>;
  /** A short, secret-free account of a call for events (`write notes.txt`). */
  readonly summarize: (args: Args) => string;
  readonly execute: (args: Args, context: ToolContext) => ResultAsync<ToolOutput, KernelError>;
}

/**
 * An agent tool: a JSON-schema'd function the model may call. The runtime validates arguments
 * with `schema`, authorises the call (`checkTool`), then runs `execute`; any error becomes a tool
 * error result the model sees, never a crash. Tools hold no per-run state: everything about the
 * run arrives in the {@link ToolContext}.
 */
export interface RuntimeTool<Args = unknown> extends ToolDefinition<Args> {
  /** The JSON Schema of the arguments, as shown to the model (derived from `schema`). */
  readonly parameters: Readonly<Record<string, unknown>>;
}

/**
 * Tools that come and go while the kernel runs (the tools of MCP servers), read when each run
 * starts. `tools` may wait, within its own bound, for sources still starting; it never rejects.
 */
export interface ToolProvider {
  tools(signal: AbortSignal | undefined): Promise<readonly RuntimeTool[]>;
}
