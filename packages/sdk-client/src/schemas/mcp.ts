import { z } from 'zod';

/** Where an MCP server is in its life. */
export const McpServerStateSchema = z.enum(['stopped', 'connecting', 'ready', 'reconnecting', 'failed', 'disabled']);

/** One tool of a ready MCP server. */
export const McpToolSchema = z.object({
  name: z.string(),
  /** What the access manager checks: `mcp.<server>.<tool>`. */
  accessName: z.string(),
  description: z.string(),
});

/** An MCP server: how it is started and how it is doing. Environment values are never included. */
export const McpServerSchema = z.object({
  name: z.string(),
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('config') }),
    z.object({ kind: z.literal('program'), program: z.string() }),
  ]),
  command: z.string(),
  args: z.array(z.string()),
  /** Names of the variables it is given; their values are secrets and never leave the server. */
  envNames: z.array(z.string()),
  state: McpServerStateSchema,
  pid: z.number().int().nullable(),
  tools: z.array(McpToolSchema),
  lastError: z.string().nullable(),
  restarts: z.number().int(),
  connectedAt: z.string().nullable(),
});
export type McpServer = z.infer<typeof McpServerSchema>;

/** `GET /api/mcp/servers`. */
export const McpServerListSchema = z.object({ items: z.array(McpServerSchema) });
export type McpServerList = z.infer<typeof McpServerListSchema>;
