import {
  A2A_ERROR_CODES,
  A2aAgentCardSchema,
  A2aMessageSendParamsSchema,
  A2aRequestSchema,
  A2aResponseSchema,
  A2aTaskQueryParamsSchema,
  JsonRpcIdSchema,
  type A2aAgentCard,
  type A2aResponse,
  type Caller,
  type JsonRpcId,
} from '@oxios/sdk-client';
import { ok } from 'neverthrow';
import type { z } from 'zod';
import { createA2aMethods, type A2aMethods } from '../a2a/create-a2a-methods.js';
import { rpcError, type RpcFailure } from '../a2a/json-rpc.js';
import type { ServerDeps } from '../deps.js';
import { defineRoute } from '../http/define-route.js';

/** Where the JSON-RPC endpoint is mounted. */
export const A2A_PATH = '/api/a2a';

const issuesOf = (error: z.ZodError) =>
  error.issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

/** One JSON-RPC request text → its response (never throws; every failure is an error object). */
async function dispatch(methods: A2aMethods, caller: Caller, text: string): Promise<A2aResponse> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return rpcError(null, A2A_ERROR_CODES.parseError, 'the body is not valid JSON');
  }
  const envelope =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  const parsedId = JsonRpcIdSchema.safeParse(envelope?.id);
  const id: JsonRpcId = parsedId.success ? parsedId.data : null;
  if (
    envelope === undefined ||
    envelope.jsonrpc !== '2.0' ||
    typeof envelope.method !== 'string' ||
    !('id' in envelope) ||
    !parsedId.success
  )
    return rpcError(id, A2A_ERROR_CODES.invalidRequest, 'expected a JSON-RPC 2.0 request object with an id');
  const fail = (failure: RpcFailure) => rpcError(id, failure.code, failure.message, failure.data);
  switch (envelope.method) {
    case 'message/send': {
      const params = A2aMessageSendParamsSchema.safeParse(envelope.params);
      if (!params.success)
        return rpcError(id, A2A_ERROR_CODES.invalidParams, 'invalid params', { issues: issuesOf(params.error) });
      const result = await methods.messageSend(caller, params.data);
      return result.isOk() ? { jsonrpc: '2.0', id, result: result.value } : fail(result.error);
    }
    case 'tasks/get': {
      const params = A2aTaskQueryParamsSchema.safeParse(envelope.params);
      if (!params.success)
        return rpcError(id, A2A_ERROR_CODES.invalidParams, 'invalid params', { issues: issuesOf(params.error) });
      const result = methods.tasksGet(caller, params.data);
      return result.isOk() ? { jsonrpc: '2.0', id, result: result.value } : fail(result.error);
    }
    default:
      return rpcError(id, A2A_ERROR_CODES.methodNotFound, `method ${envelope.method.slice(0, 100)} is not supported`);
  }
}

/** The public agent card and the authenticated A2A JSON-RPC endpoint. */
export function a2aRoutes(deps: ServerDeps) {
  const methods = createA2aMethods(deps);
  const { a2a } = deps.config;
  return [
    defineRoute({
      method: 'GET',
      path: '/.well-known/agent-card.json',
      access: 'public',
      summary: 'The A2A agent card: who this agent is and how to call it',
      tags: ['a2a'],
      response: A2aAgentCardSchema,
      handler: ({ context }) => {
        const base = a2a.public_url ?? new URL(context.req.url).origin;
        const card: A2aAgentCard = {
          protocolVersion: '0.3.0',
          name: a2a.name,
          description: a2a.description,
          url: new URL(A2A_PATH, base.endsWith('/') ? base : `${base}/`).toString(),
          preferredTransport: 'JSONRPC',
          version: deps.version,
          capabilities: { streaming: false, pushNotifications: false, stateTransitionHistory: false },
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', description: 'An Oxios API token (oxs_…)' },
          },
          security: [{ bearer: [] }],
          defaultInputModes: ['text/plain'],
          defaultOutputModes: ['text/plain', 'application/json'],
          skills: [
            {
              id: 'spec-first-task',
              name: 'Spec-first task',
              description:
                'Interviews until the request is clear, writes a seed with acceptance criteria, runs an agent in a sandbox and verifies the result.',
              tags: ['coding', 'automation', 'verification'],
              examples: ['Write hello.txt containing hello'],
              inputModes: ['text/plain'],
              outputModes: ['text/plain', 'application/json'],
            },
          ],
        };
        return ok(card);
      },
    }),
    defineRoute({
      method: 'POST',
      path: A2A_PATH,
      access: 'user',
      summary: 'A2A JSON-RPC: message/send (creates or continues a session) and tasks/get',
      tags: ['a2a'],
      rawBody: A2aRequestSchema,
      response: A2aResponseSchema,
      handler: async ({ caller, context }) => {
        // Authenticated by the /api middleware; registerRoutes refused anonymous callers already.
        const text = await context.req.text();
        const response = caller
          ? await dispatch(methods, caller, text)
          : rpcError(null, A2A_ERROR_CODES.invalidRequest, 'authentication required');
        return context.json(response, 200);
      },
    }),
  ];
}
