import type { AgentTool, AgentToolResult } from '@earendil-works/pi-agent-core';
import { abortedError, invalidArgument } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { truncateOutput } from './truncate-output.js';
import type { RuntimeTool, ToolContext } from './types.js';

/** What every result's `details` carries (events read `code` and `summary`). */
export interface ToolResultDetails {
  readonly summary: string;
  /** The error code of a failed call. */
  readonly code?: string;
  readonly truncated?: boolean;
  readonly [key: string]: string | number | boolean | null | undefined;
}

/** A tool failure as the model sees it: the typed error's code and message. */
export function toolErrorResult(error: KernelError, summary: string): AgentToolResult<ToolResultDetails> {
  return {
    content: [{ type: 'text', text: `Error (${error.code}): ${error.message}` }],
    details: { summary, code: error.code },
    isError: true,
  };
}

function issuesOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .map((issue) => `${issue.path.map(String).join('.') || '(arguments)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Adapts a runtime tool to pi-agent-core: each call's arguments are validated with zod (never
 * trusted, even after the library's JSON Schema check), the call is authorised and audited by the
 * access manager's `checkTool` before anything runs, and every failure — invalid arguments, denial,
 * abort, the tool's own error — is returned to the model as an error result, not thrown.
 */
export function toAgentTool(
  tool: RuntimeTool,
  base: Omit<ToolContext, 'signal'>,
  options: { readonly maxOutputBytes: number; readonly runSignal: AbortSignal },
): AgentTool<Record<string, unknown>, ToolResultDetails> {
  return {
    name: tool.name,
    label: tool.label,
    description: tool.description,
    parameters: tool.parameters,
    execute: async (_toolCallId, params, signal) => {
      const parsed = tool.schema.safeParse(params);
      if (!parsed.success) return toolErrorResult(invalidArgument(tool.name, issuesOf(parsed.error)), tool.name);
      const summary = tool.summarize(parsed.data);
      const active = signal ?? options.runSignal;
      if (active.aborted) return toolErrorResult(abortedError(`tool ${tool.name}`), summary);
      const granted = base.access.checkTool(base.subject, tool.accessName ?? tool.name, base.audit);
      if (granted.isErr()) return toolErrorResult(granted.error, summary);
      const outcome = await tool.execute(parsed.data, { ...base, signal: active });
      if (outcome.isErr()) return toolErrorResult(outcome.error, summary);
      const { text, isError, details, truncate } = outcome.value;
      const shown = truncateOutput(text, options.maxOutputBytes, truncate ?? 'head');
      return {
        content: [{ type: 'text', text: shown.text }],
        details: { ...details, summary, ...(shown.truncated ? { truncated: true } : {}) },
        ...(isError === true ? { isError: true } : {}),
      };
    },
  };
}
