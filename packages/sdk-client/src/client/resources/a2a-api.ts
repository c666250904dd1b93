import { err, ok, type Result as Outcome, type ResultAsync } from 'neverthrow';
import { z } from 'zod';
import {
  A2aAgentCardSchema,
  A2aMessageSchema,
  A2aResponseSchema,
  A2aTaskSchema,
  type A2aAgentCard,
  type A2aMessage,
  type A2aMessageSendParams,
  type A2aTask,
  type A2aTaskQueryParams,
} from '../../schemas/a2a.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { withSignal } from './signal.js';

/** Why an A2A call failed: a transport or HTTP failure, or the JSON-RPC error the server answered. */
export type A2aClientError =
  | ClientError
  | {
      /** The server answered a JSON-RPC error object (see `A2A_ERROR_CODES`). */
      readonly code: 'rpc';
      readonly rpcCode: number;
      readonly message: string;
      readonly data?: unknown;
    };

/** The A2A protocol over HTTP: the public agent card and the JSON-RPC endpoint `POST /api/a2a`. */
export interface A2aApi {
  /** `GET /.well-known/agent-card.json` (public). */
  agentCard(signal?: AbortSignal): ResultAsync<A2aAgentCard, ClientError>;
  /** `message/send`: starts or continues a task; blocks until it settles unless `configuration.blocking` is false. */
  sendMessage(
    params: A2aMessageSendParams,
    options?: { signal?: AbortSignal; timeoutMs?: number },
  ): ResultAsync<A2aTask | A2aMessage, A2aClientError>;
  /** `tasks/get`: a task by id. */
  getTask(params: A2aTaskQueryParams, signal?: AbortSignal): ResultAsync<A2aTask, A2aClientError>;
}

let nextId = 1;

function rpc<Result extends z.ZodType>(
  options: HttpOptions,
  method: string,
  params: unknown,
  result: Result,
  call: { signal?: AbortSignal; timeoutMs?: number },
): ResultAsync<z.infer<Result>, A2aClientError> {
  const id = nextId++;
  return callApi<typeof A2aResponseSchema>(options, {
    method: 'POST',
    path: '/api/a2a',
    body: { jsonrpc: '2.0', id, method, params },
    response: A2aResponseSchema,
    ...withSignal(call.signal),
    ...(call.timeoutMs === undefined ? {} : { timeoutMs: call.timeoutMs }),
  }).andThen((response): Outcome<z.infer<Result>, A2aClientError> => {
    if ('error' in response)
      return err({
        code: 'rpc',
        rpcCode: response.error.code,
        message: response.error.message,
        ...(response.error.data === undefined ? {} : { data: response.error.data }),
      });
    const parsed = result.safeParse(response.result);
    return parsed.success
      ? ok(parsed.data)
      : err({ code: 'invalid-response', status: 200, message: `${method}: unexpected result` });
  });
}

/** Creates the {@link A2aApi} over `options`. */
export function createA2aApi(options: HttpOptions): A2aApi {
  return {
    agentCard: (signal) =>
      callApi(options, {
        method: 'GET',
        path: '/.well-known/agent-card.json',
        response: A2aAgentCardSchema,
        ...withSignal(signal),
      }),
    sendMessage: (params, call = {}) =>
      rpc(options, 'message/send', params, z.union([A2aTaskSchema, A2aMessageSchema]), call),
    getTask: (params, signal) => rpc(options, 'tasks/get', params, A2aTaskSchema, withSignal(signal)),
  };
}
