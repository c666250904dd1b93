import type { McpServerStatus } from '@oxios/kernel';
import { McpServerListSchema, type McpServer } from '@oxios/sdk-client';
import { ok } from 'neverthrow';
import type { ServerDeps } from '../deps.js';
import { defineRoute } from '../http/define-route.js';
import { isoOrNull } from '../http/iso.js';

/** A server as the API shows it: how it runs and how it is doing, never its environment values. */
export function toApiMcpServer(status: McpServerStatus): McpServer {
  return {
    name: status.name,
    source: status.source.kind === 'program' ? { kind: 'program', program: status.source.program } : { kind: 'config' },
    command: status.command,
    args: [...status.args],
    envNames: [...status.envNames],
    state: status.state,
    pid: status.pid,
    tools: status.tools.map((tool) => ({
      name: tool.name,
      accessName: tool.accessName,
      description: tool.description,
    })),
    lastError: status.lastError,
    restarts: status.restarts,
    connectedAt: isoOrNull(status.connectedAt),
  };
}

/** `GET /api/mcp/servers` — the MCP servers agents use as tools. */
export function mcpRoutes(deps: ServerDeps) {
  return [
    defineRoute({
      method: 'GET',
      path: '/api/mcp/servers',
      access: 'superuser',
      summary: 'MCP servers (config and programs) and their state; environment values are never shown',
      tags: ['mcp'],
      response: McpServerListSchema,
      handler: () => ok({ items: deps.kernel.mcp.servers().map(toApiMcpServer) }),
    }),
  ];
}
