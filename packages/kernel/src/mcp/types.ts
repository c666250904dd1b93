import type { Result, ResultAsync } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';

/**
 * Where an MCP server is in its life: `stopped` (not started, or stopped), `connecting` (its
 * first start), `ready` (initialized, tools listed), `reconnecting` (it exited or a start failed;
 * the next attempt waits for its backoff), `failed` (given up after `reconnect_max_attempts`
 * failures in a row), `disabled` (`enabled = false`).
 */
export type McpServerState = 'stopped' | 'connecting' | 'ready' | 'reconnecting' | 'failed' | 'disabled';

/** Who declared a server: `config.toml`, or an installed program's `[[mcp]]`. */
export type McpServerSource = { readonly kind: 'config' } | { readonly kind: 'program'; readonly program: string };

/** A stdio MCP server as Oxios runs it. */
export interface McpServerSpec {
  /** `[mcp.servers.<name>]`, or `<program>-<name>` for a program's server. */
  readonly name: string;
  readonly source: McpServerSource;
  /** A bare command name (looked up on the server's PATH) or an absolute path. */
  readonly command: string;
  readonly args: readonly string[];
  /** Variables set for the server (secrets: never logged, published or returned). */
  readonly env: Readonly<Record<string, string>>;
  /** Host variables the server inherits. */
  readonly inheritEnv: readonly string[];
  /** Absolute working directory. */
  readonly cwd: string;
  readonly enabled: boolean;
  readonly callTimeoutMs: number;
}

/** One tool of a ready server. */
export interface McpToolInfo {
  readonly server: string;
  /** The tool's name on its server. */
  readonly name: string;
  /** What the access manager checks: `mcp.<server>.<tool>`. */
  readonly accessName: string;
  readonly description: string;
  /** The server's JSON Schema of the arguments (an object schema). */
  readonly inputSchema: Readonly<Record<string, unknown>>;
}

/** A server as `oxios mcp list` and `GET /api/mcp/servers` show it (no environment values). */
export interface McpServerStatus {
  readonly name: string;
  readonly source: McpServerSource;
  readonly command: string;
  readonly args: readonly string[];
  /** Names of the variables it is given (values are never shown). */
  readonly envNames: readonly string[];
  readonly state: McpServerState;
  /** Its process id while it runs. */
  readonly pid: number | null;
  /** Its tools while it is ready. */
  readonly tools: readonly McpToolInfo[];
  /** Why it is not ready, when it failed. */
  readonly lastError: string | null;
  /** Starts after the first, counted since Oxios started. */
  readonly restarts: number;
  /** Epoch ms of its last successful connect. */
  readonly connectedAt: number | null;
}

/** What a tool call returned (a tool's own failure is `isError`, not a KernelError). */
export interface McpToolResult {
  /** The content blocks as text (non-text blocks are described in one line each). */
  readonly text: string;
  readonly isError: boolean;
}

/** Options of a tool call. */
export interface McpCallOptions {
  readonly signal?: AbortSignal;
  /** Overrides the server's `call_timeout_secs`. */
  readonly timeoutMs?: number;
}

/** The MCP client side of the kernel: every configured and program-declared server. */
export interface McpManager {
  /** Starts every enabled server (in the background). Idempotent; nothing starts before it. */
  start(): void;
  /**
   * Starts the servers if needed and resolves once each enabled one has finished its current
   * start attempt (ready or not), or when `timeoutMs` passes or `signal` aborts.
   */
  ready(options?: { readonly signal?: AbortSignal; readonly timeoutMs?: number }): Promise<void>;
  /** Re-reads the programs' servers: starts new ones, stops removed or disabled ones. */
  sync(): void;
  servers(): readonly McpServerStatus[];
  /** The tools of every ready server. */
  tools(): readonly McpToolInfo[];
  /** Calls `tool` on `server`; waits (within the call's timeout) for a server that is reconnecting. */
  callTool(
    server: string,
    tool: string,
    args: Readonly<Record<string, unknown>>,
    options?: McpCallOptions,
  ): ResultAsync<McpToolResult, KernelError>;
  /** Stops and starts one server again (a `failed` one too). */
  restart(server: string): Result<void, KernelError>;
  /** Stops every server and kills its process group. Idempotent. */
  close(): Promise<void>;
}
