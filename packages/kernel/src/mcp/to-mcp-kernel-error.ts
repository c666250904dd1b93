import { ErrorCode, McpError as SdkMcpError } from '@modelcontextprotocol/sdk/types.js';
import { abortedError, mcpError, timeoutError } from '../errors/constructors.js';
import type { KernelError, McpOperation } from '../errors/kernel-error.js';

/**
 * Wraps what the MCP SDK threw during `operation` on `server` as a KernelError: an abort through
 * `signal` is `aborted`, the SDK's request timeout `timeout`, a closed connection or a JSON-RPC
 * error answer `mcp` (with the JSON-RPC code), anything else `mcp` with the cause kept for logs.
 */
export function toMcpKernelError(
  server: string,
  operation: McpOperation,
  cause: unknown,
  context: { readonly signal?: AbortSignal | undefined; readonly timeoutMs: number },
): KernelError {
  if (context.signal?.aborted === true) return abortedError(`MCP ${operation} on ${server}`);
  if (cause instanceof SdkMcpError) {
    if (cause.code === (ErrorCode.RequestTimeout as number))
      return timeoutError(`MCP ${operation} on ${server}`, context.timeoutMs);
    if (cause.code === (ErrorCode.ConnectionClosed as number))
      return mcpError(server, operation, 'the server closed the connection', { rpcCode: cause.code, cause });
    return mcpError(server, operation, cause.message.replace(/^MCP error -?\d+: /, ''), { rpcCode: cause.code, cause });
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  return mcpError(server, operation, message, { cause });
}
