import { z } from 'zod';

// The public A2A protocol (v0.3, JSON-RPC 2.0 binding) as far as Oxios speaks it: the agent card,
// `message/send` and `tasks/get`. Unknown fields are stripped, so extensions pass unharmed.

const MetadataSchema = z.record(z.string(), z.unknown());
const OptionalText = z.string().max(1_000).optional();

/** A text part. */
export const A2aTextPartSchema = z.object({
  kind: z.literal('text'),
  text: z.string().max(100_000),
  metadata: MetadataSchema.optional(),
});

/** A file part: inline base64 `bytes` or a `uri`. Oxios does not accept files yet. */
export const A2aFilePartSchema = z.object({
  kind: z.literal('file'),
  file: z.union([
    z.object({ bytes: z.string(), name: OptionalText, mimeType: OptionalText }),
    z.object({ uri: z.string().max(8_192), name: OptionalText, mimeType: OptionalText }),
  ]),
  metadata: MetadataSchema.optional(),
});

/** A structured data part. */
export const A2aDataPartSchema = z.object({
  kind: z.literal('data'),
  data: z.record(z.string(), z.unknown()),
  metadata: MetadataSchema.optional(),
});

/** One part of a message or artifact. */
export const A2aPartSchema = z.discriminatedUnion('kind', [A2aTextPartSchema, A2aFilePartSchema, A2aDataPartSchema]);
export type A2aPart = z.infer<typeof A2aPartSchema>;

const A2aIdentifier = z.string().min(1).max(256);

/** One turn: from the client (`user`) or from Oxios (`agent`). */
export const A2aMessageSchema = z.object({
  kind: z.literal('message'),
  messageId: A2aIdentifier,
  role: z.enum(['user', 'agent']),
  parts: z.array(A2aPartSchema).min(1).max(100),
  /** The conversation: an Oxios session id. */
  contextId: A2aIdentifier.optional(),
  /** The task this message continues (one that asked for input). */
  taskId: A2aIdentifier.optional(),
  referenceTaskIds: z.array(A2aIdentifier).max(100).optional(),
  extensions: z.array(z.string().max(1_000)).max(100).optional(),
  metadata: MetadataSchema.optional(),
});
export type A2aMessage = z.infer<typeof A2aMessageSchema>;

/** Where a task stands. Oxios uses `submitted`, `working`, `input-required`, `completed` and `failed`. */
export const A2aTaskStateSchema = z.enum([
  'submitted',
  'working',
  'input-required',
  'completed',
  'canceled',
  'failed',
  'rejected',
  'auth-required',
  'unknown',
]);
export type A2aTaskState = z.infer<typeof A2aTaskStateSchema>;

/** A task's state, the agent's latest message, and when it changed (ISO 8601). */
export const A2aTaskStatusSchema = z.object({
  state: A2aTaskStateSchema,
  message: A2aMessageSchema.optional(),
  timestamp: z.string().optional(),
});
export type A2aTaskStatus = z.infer<typeof A2aTaskStatusSchema>;

/** What a task produced. */
export const A2aArtifactSchema = z.object({
  artifactId: A2aIdentifier,
  name: OptionalText,
  description: OptionalText,
  parts: z.array(A2aPartSchema),
  metadata: MetadataSchema.optional(),
});
export type A2aArtifact = z.infer<typeof A2aArtifactSchema>;

/** A unit of work: one request to Oxios (and its interview answers) within a session (`contextId`). */
export const A2aTaskSchema = z.object({
  kind: z.literal('task'),
  id: A2aIdentifier,
  contextId: A2aIdentifier,
  status: A2aTaskStatusSchema,
  history: z.array(A2aMessageSchema).optional(),
  artifacts: z.array(A2aArtifactSchema).optional(),
  metadata: MetadataSchema.optional(),
});
export type A2aTask = z.infer<typeof A2aTaskSchema>;

/** `message/send` params. `configuration.blocking: false` answers at once with a `working` task. */
export const A2aMessageSendParamsSchema = z.object({
  message: A2aMessageSchema,
  configuration: z
    .object({
      acceptedOutputModes: z.array(z.string().max(200)).max(50).optional(),
      historyLength: z.number().int().min(0).max(10_000).optional(),
      blocking: z.boolean().optional(),
    })
    .optional(),
  metadata: MetadataSchema.optional(),
});
export type A2aMessageSendParams = z.infer<typeof A2aMessageSendParamsSchema>;

/** `tasks/get` params. */
export const A2aTaskQueryParamsSchema = z.object({
  id: A2aIdentifier,
  historyLength: z.number().int().min(0).max(10_000).optional(),
  metadata: MetadataSchema.optional(),
});
export type A2aTaskQueryParams = z.infer<typeof A2aTaskQueryParamsSchema>;

/** A JSON-RPC request id. */
export const JsonRpcIdSchema = z.union([z.string().max(256), z.number(), z.null()]);
export type JsonRpcId = z.infer<typeof JsonRpcIdSchema>;

/** The JSON-RPC envelope every A2A call shares (its `params` are checked per method). */
export const JsonRpcRequestSchema = z.object({
  jsonrpc: z.literal('2.0'),
  id: JsonRpcIdSchema,
  method: z.string().max(200),
  params: z.unknown().optional(),
});

/** `POST /api/a2a` body: one of the A2A methods Oxios serves. */
export const A2aRequestSchema = z.discriminatedUnion('method', [
  z.object({
    jsonrpc: z.literal('2.0'),
    id: JsonRpcIdSchema,
    method: z.literal('message/send'),
    params: A2aMessageSendParamsSchema,
  }),
  z.object({
    jsonrpc: z.literal('2.0'),
    id: JsonRpcIdSchema,
    method: z.literal('tasks/get'),
    params: A2aTaskQueryParamsSchema,
  }),
]);
export type A2aRequest = z.infer<typeof A2aRequestSchema>;

/**
 * JSON-RPC and A2A error codes: -32700 parse error, -32600 invalid request, -32601 method not
 * found, -32602 invalid params, -32603 internal error; -32001 task not found, -32004
 * unsupported operation, -32005 content type not supported.
 */
export const A2A_ERROR_CODES = {
  parseError: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internalError: -32603,
  taskNotFound: -32001,
  taskNotCancelable: -32002,
  pushNotificationNotSupported: -32003,
  unsupportedOperation: -32004,
  contentTypeNotSupported: -32005,
} as const;

/** A JSON-RPC error object. */
export const JsonRpcErrorSchema = z.object({
  code: z.number().int(),
  message: z.string(),
  data: z.unknown().optional(),
});
export type JsonRpcError = z.infer<typeof JsonRpcErrorSchema>;

/** What `POST /api/a2a` answers (always HTTP 200 once authenticated): a result or an error. */
export const A2aResponseSchema = z.union([
  z.object({ jsonrpc: z.literal('2.0'), id: JsonRpcIdSchema, result: z.union([A2aTaskSchema, A2aMessageSchema]) }),
  z.object({ jsonrpc: z.literal('2.0'), id: JsonRpcIdSchema, error: JsonRpcErrorSchema }),
]);
export type A2aResponse = z.infer<typeof A2aResponseSchema>;

/** One skill in the agent card. */
export const A2aAgentSkillSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  examples: z.array(z.string()).optional(),
  inputModes: z.array(z.string()).optional(),
  outputModes: z.array(z.string()).optional(),
});

/** `GET /.well-known/agent-card.json` (public): who this agent is and how to call it. */
export const A2aAgentCardSchema = z.object({
  protocolVersion: z.string(),
  name: z.string(),
  description: z.string(),
  /** Where the JSON-RPC endpoint is. */
  url: z.string(),
  preferredTransport: z.string(),
  version: z.string(),
  provider: z.object({ organization: z.string(), url: z.string() }).optional(),
  documentationUrl: z.string().optional(),
  capabilities: z.object({
    streaming: z.boolean().optional(),
    pushNotifications: z.boolean().optional(),
    stateTransitionHistory: z.boolean().optional(),
  }),
  securitySchemes: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
  defaultInputModes: z.array(z.string()),
  defaultOutputModes: z.array(z.string()),
  skills: z.array(A2aAgentSkillSchema),
  supportsAuthenticatedExtendedCard: z.boolean().optional(),
});
export type A2aAgentCard = z.infer<typeof A2aAgentCardSchema>;
