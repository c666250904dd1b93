import { z } from 'zod';
import { ORCHESTRATOR_ADDRESS } from './types.js';

/** The `type`s of A2A messages. */
export const A2A_MESSAGE_TYPES = [
  'delegate-task',
  'status-update',
  'share-result',
  'capability-query',
  'handshake',
] as const;
const shortText = z.string().min(1).max(200);

/**
 * `a2a_send`'s arguments: one flat object (no `oneOf`, which some providers reject) whose fields
 * apply per `type`; {@link toA2aMessage} checks each type has what it needs.
 */
export const A2aSendArgumentsSchema = z.strictObject({
  to: shortText.describe(`An agent id, or "${ORCHESTRATOR_ADDRESS}" to delegate to a new agent or ask who can help`),
  type: z.enum(A2A_MESSAGE_TYPES),
  task_id: shortText.optional().describe('The task this is about (delegate-task: default a new id)'),
  description: z.string().min(1).max(20_000).optional().describe('delegate-task: what to do'),
  priority: z.enum(['low', 'normal', 'high', 'critical']).optional().describe('delegate-task: default normal'),
  payload: z.record(z.string(), z.unknown()).optional().describe('delegate-task / share-result: structured data'),
  progress: z.number().min(0).max(100).optional().describe('status-update: 0–100'),
  text: z.string().max(20_000).optional().describe('status-update: the message; share-result: the summary'),
  ok: z.boolean().optional().describe('share-result: false when the task failed (default true)'),
  query: z.string().max(500).optional().describe('capability-query: words to match; empty matches all'),
  capabilities: z
    .array(shortText)
    .max(50)
    .optional()
    .describe('capability-query: capabilities required; handshake: capabilities offered'),
  name: shortText.optional().describe('handshake: the name to be known by'),
});

/** `a2a_send`'s validated arguments. */
export type A2aSendArguments = z.infer<typeof A2aSendArgumentsSchema>;
