import { randomUUID } from 'node:crypto';
import { errAsync, ResultAsync } from 'neverthrow';
import { z } from 'zod';
import { invalidArgument } from '../errors/constructors.js';
import { defineTool } from '../runtime/tools/define-tool.js';
import type { RuntimeTool, ToolContext } from '../runtime/tools/types.js';
import { A2A_MESSAGE_TYPES, A2aSendArgumentsSchema } from './a2a-send-arguments.js';
import { toA2aMessage } from './to-a2a-message.js';
import { ORCHESTRATOR_ADDRESS, type A2a, type A2aEnvelope, type A2aSendOutcome, type AgentCard } from './types.js';

/** What the tools need of the A2A subsystem (bound late: the kernel builds the tools first). */
export type A2aPort = Pick<A2a, 'send' | 'receive'>;

const A2aInboxArgumentsSchema = z.strictObject({
  wait_secs: z
    .number()
    .min(0)
    .max(3_600)
    .optional()
    .describe('Wait this long for a first message when none is queued (default 0)'),
  max: z.number().int().min(1).max(50).optional().describe('At most this many messages (default 20)'),
  task_id: z.string().min(1).max(200).optional().describe('Only messages about this task'),
  type: z.enum(A2A_MESSAGE_TYPES).optional().describe('Only messages of this type'),
});

const agentIdOf = (context: ToolContext) => context.subject.slice('agent:'.length);

const cardView = (card: AgentCard) => ({
  agentId: card.agentId,
  name: card.name,
  description: card.description,
  capabilities: card.capabilities,
  skills: card.skills,
});

function describeOutcome(outcome: A2aSendOutcome): Record<string, unknown> {
  const sent = { messageId: outcome.envelope.id, to: outcome.envelope.to };
  switch (outcome.kind) {
    case 'delivered':
      return { ...sent, delivered: true };
    case 'delegated':
      return {
        ...sent,
        delegated: true,
        childId: outcome.childId,
        taskId: outcome.envelope.message.type === 'delegate-task' ? outcome.envelope.message.taskId : null,
        next: 'the result arrives in your inbox as a share-result: call a2a_inbox with wait_secs',
      };
    case 'answered':
      return { ...sent, agents: outcome.cards.map(cardView) };
    case 'registered':
      return { ...sent, card: cardView(outcome.card) };
  }
}

const envelopeView = (envelope: A2aEnvelope) => ({
  id: envelope.id,
  from: envelope.from,
  sentAt: new Date(envelope.sentAt).toISOString(),
  message: envelope.message,
});

/**
 * The A2A agent tools. `a2a_send` sends a typed message to another running agent of the same
 * owner or to the orchestrator (delegations fork a child only when the agent may fork);
 * `a2a_inbox` takes the agent's messages, optionally waiting for one. The sender is always the
 * calling agent (from the tool context, never from the arguments).
 */
export function createA2aTools(a2a: A2aPort, options: { readonly maxWaitSecs: number }): readonly RuntimeTool[] {
  const send = defineTool({
    name: 'a2a_send',
    label: 'Message an agent',
    description:
      `Send a message to another running agent, or to "${ORCHESTRATOR_ADDRESS}". ` +
      'delegate-task to the orchestrator starts a new agent on the task (if you may fork) and its result comes back to your inbox; ' +
      'capability-query to the orchestrator lists agents that can help; handshake tells others your name and capabilities; ' +
      'status-update and share-result report on a task.',
    schema: A2aSendArgumentsSchema,
    summarize: (args) => `${args.type} → ${args.to}`,
    execute: (args, context) => {
      const taskId = args.task_id ?? (args.type === 'delegate-task' ? `task-${randomUUID()}` : undefined);
      const message = toA2aMessage({ ...args, ...(taskId === undefined ? {} : { task_id: taskId }) });
      if (message.isErr()) return errAsync(message.error);
      const sender = {
        agentId: agentIdOf(context),
        workspaceRoot: context.workspaceRoot,
        sandbox: context.sandbox,
        signal: context.signal,
      };
      return a2a.send(sender, args.to, message.value).map((outcome) => ({
        text: JSON.stringify(describeOutcome(outcome), null, 2),
        details: { kind: outcome.kind },
      }));
    },
  });
  const inbox = defineTool({
    name: 'a2a_inbox',
    label: 'Read messages',
    description:
      'Take the messages other agents (and your delegates) sent you, oldest first. Give wait_secs to wait for the result of a task you delegated.',
    schema: A2aInboxArgumentsSchema,
    summarize: (args) => (args.wait_secs === undefined ? 'inbox' : `inbox (wait ${args.wait_secs}s)`),
    execute: (args, context) => {
      if ((args.wait_secs ?? 0) > options.maxWaitSecs)
        return errAsync(invalidArgument('wait_secs', `at most ${options.maxWaitSecs} seconds`));
      const taken = a2a.receive(agentIdOf(context), {
        ...(args.max === undefined ? {} : { max: args.max }),
        waitMs: (args.wait_secs ?? 0) * 1000,
        signal: context.signal,
        filter: (envelope) =>
          (args.type === undefined || envelope.message.type === args.type) &&
          (args.task_id === undefined || ('taskId' in envelope.message && envelope.message.taskId === args.task_id)),
      });
      return ResultAsync.fromSafePromise(taken).map((messages) => ({
        text: messages.length === 0 ? 'No messages.' : JSON.stringify(messages.map(envelopeView), null, 2),
        details: { messages: messages.length },
      }));
    },
  });
  return [send, inbox];
}
