import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';

/**
 * A tool call's outcome as MCP content: the value as pretty JSON (after `lead`, a line a person
 * reads), or an error result `Error (<code>): <message>` — the same form agents see.
 */
export function toolReply<T>(result: Result<T, KernelError>, lead?: (value: T) => string): CallToolResult {
  return result.match(
    (value) => ({
      content: [
        ...(lead === undefined ? [] : [{ type: 'text' as const, text: lead(value) }]),
        { type: 'text' as const, text: JSON.stringify(value, null, 2) },
      ],
    }),
    (error) => ({
      content: [{ type: 'text' as const, text: `Error (${error.code}): ${error.message}` }],
      isError: true,
    }),
  );
}
