import type { ResultAsync } from 'neverthrow';
import { McpServerListSchema, type McpServerList } from '../../schemas/mcp.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { withSignal } from './signal.js';

/** The MCP servers whose tools agents use. */
export interface McpApi {
  /** `GET /api/mcp/servers` (superuser): every server and its state; never environment values. */
  servers(signal?: AbortSignal): ResultAsync<McpServerList, ClientError>;
}

/** Creates the {@link McpApi} over `options`. */
export function createMcpApi(options: HttpOptions): McpApi {
  return {
    servers: (signal) =>
      callApi(options, {
        method: 'GET',
        path: '/api/mcp/servers',
        response: McpServerListSchema,
        ...withSignal(signal),
      }),
  };
}
