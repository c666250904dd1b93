import { okAsync } from 'neverthrow';
import { z } from 'zod';
import type { RuntimeTool, ToolProvider } from '../runtime/tools/types.js';
import { mcpWireName } from './mcp-tool-names.js';
import type { McpManager, McpToolInfo } from './types.js';

/** Options of {@link createMcpToolProvider}. */
export interface McpToolProviderOptions {
  /** Longest a run waits at its start for servers still starting. */
  readonly readyTimeoutMs: number;
}

const ArgumentsSchema = z.record(z.string(), z.unknown());

function toRuntimeTool(manager: McpManager, tool: McpToolInfo): RuntimeTool {
  return {
    name: mcpWireName(tool.server, tool.name),
    accessName: tool.accessName,
    label: `${tool.server}: ${tool.name}`,
    description: tool.description,
    schema: ArgumentsSchema,
    parameters: tool.inputSchema,
    summarize: () => tool.accessName,
    execute: (args, context) =>
      manager
        .callTool(tool.server, tool.name, args as Record<string, unknown>, { signal: context.signal })
        .andThen((result) =>
          result.text.length > 0 || result.isError
            ? okAsync({
                text: result.text,
                ...(result.isError ? { isError: true } : {}),
                details: { server: tool.server, tool: tool.name },
              })
            : okAsync({ text: '(the tool returned no content)', details: { server: tool.server, tool: tool.name } }),
        ),
  };
}

/**
 * The ready MCP servers' tools as runtime tools, for every run: the model calls
 * `mcp_<server>_<tool>`, the access manager checks `mcp.<server>.<tool>` (and audits it) before
 * the call reaches the server, arguments are the server's to validate (its JSON Schema is what the
 * model sees), and a tool's own failure comes back as an error result. The first run waits up to
 * `readyTimeoutMs` for servers still starting.
 */
export function createMcpToolProvider(manager: McpManager, options: McpToolProviderOptions): ToolProvider {
  return {
    async tools(signal) {
      await manager.ready({ timeoutMs: options.readyTimeoutMs, ...(signal ? { signal } : {}) });
      return manager.tools().map((tool) => toRuntimeTool(manager, tool));
    },
  };
}
