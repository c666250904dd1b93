import { type A2A_ERROR_CODES, type A2aResponse, type JsonRpcId } from '@oxios/sdk-client';

/** A JSON-RPC error code Oxios answers. */
export type A2aErrorCode = (typeof A2A_ERROR_CODES)[keyof typeof A2A_ERROR_CODES];

/** A JSON-RPC error response. */
export function rpcError(id: JsonRpcId, code: A2aErrorCode, message: string, data?: unknown): A2aResponse {
  return { jsonrpc: '2.0', id, error: { code, message, ...(data === undefined ? {} : { data }) } };
}

/** A failure a method handler returns: it becomes the JSON-RPC error object. */
export interface RpcFailure {
  readonly code: A2aErrorCode;
  readonly message: string;
  readonly data?: unknown;
}

/** Shorthand for a {@link RpcFailure}. */
export const rpcFailure = (code: A2aErrorCode, message: string, data?: unknown): RpcFailure => ({
  code,
  message,
  ...(data === undefined ? {} : { data }),
});
