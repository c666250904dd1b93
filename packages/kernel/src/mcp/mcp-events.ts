import type { McpServerState } from './types.js';

/**
 * An MCP server changed state. It names no user or session, so only admins see it in event
 * streams; it never carries the server's environment.
 */
export interface McpServerStateChangedEvent {
  readonly type: 'mcp-server-state-changed';
  readonly server: string;
  readonly state: McpServerState;
  /** Tools offered while ready (0 otherwise). */
  readonly tools: number;
  /** Why, for `reconnecting` and `failed`. */
  readonly reason?: string;
}

/** Every event of the MCP subsystem. */
export type McpEvent = McpServerStateChangedEvent;
