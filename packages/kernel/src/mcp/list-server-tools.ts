import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { RequestOptions } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { Logger } from '../logger/logger.js';
import { MCP_TOOL_NAME_PATTERN, mcpAccessName } from './mcp-tool-names.js';
import type { McpToolInfo } from './types.js';

/** More tools than any server should offer; the rest are ignored (and logged). */
const MAX_TOOLS = 500;

/**
 * Every tool of a connected server (following `nextCursor`), as Oxios offers them: names that
 * cannot become `mcp.<server>.<tool>` are skipped and logged; the input schema is kept as the
 * server sent it, as an object schema.
 */
export async function listServerTools(
  server: string,
  client: Client,
  options: RequestOptions,
  logger: Logger,
): Promise<McpToolInfo[]> {
  const tools: McpToolInfo[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.listTools(cursor === undefined ? undefined : { cursor }, options);
    for (const tool of page.tools) {
      if (!MCP_TOOL_NAME_PATTERN.test(tool.name)) {
        logger.warn(
          { server, tool: tool.name.slice(0, 200) },
          'MCP tool skipped: its name is not [A-Za-z0-9_.:-]{1,120}',
        );
        continue;
      }
      const { $schema: _ignored, ...schema } = tool.inputSchema as Record<string, unknown>;
      tools.push({
        server,
        name: tool.name,
        accessName: mcpAccessName(server, tool.name),
        description: tool.description ?? tool.title ?? tool.name,
        inputSchema: { ...schema, type: 'object' },
      });
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined && tools.length < MAX_TOOLS);
  if (cursor !== undefined)
    logger.warn({ server, limit: MAX_TOOLS }, 'MCP server offers too many tools; the rest are ignored');
  return tools;
}
