import { randomUUID } from 'node:crypto';
import { err, ok, ResultAsync, type Result } from 'neverthrow';
import type { A2aSection } from '../config/sections/a2a.js';
import { invalidArgument, invalidState, notFound } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { EventBus } from '../events/event-bus.js';
import type { KernelEvent } from '../events/kernel-event.js';
import { noopLogger, type Logger } from '../logger/logger.js';
import { createCardRegistry } from './create-card-registry.js';
import { createMailboxes } from './create-mailboxes.js';
import { shareResultOf } from './share-result-of.js';
import { spawnDelegate, type Delegate, type DelegateDeps } from './spawn-delegate.js';
import {
  ORCHESTRATOR_ADDRESS,
  type A2a,
  type A2aEnvelope,
  type A2aMessage,
  type A2aSender,
  type A2aSendOutcome,
  type AgentCard,
} from './types.js';

/** Options of {@link createA2a}. */
export interface A2aOptions extends Omit<DelegateDeps, 'config'> {
  readonly config: Pick<A2aSection, 'delegation_timeout_secs' | 'max_depth' | 'inbox_limit'>;
  /** Agent lifecycle events register and remove cards; A2A events are published here. */
  readonly bus: Pick<EventBus<KernelEvent>, 'on' | 'publish'>;
  readonly logger?: Logger;
  readonly now?: () => number;
}

/**
 * Creates in-process agent-to-agent messaging. Every agent the supervisor runs gets a card (its
 * name, owner, session, parent and the skills of its session's prompt) and an inbox while its run
 * lasts. Agents see only agents of their own owner; the orchestrator address forks delegates
 * (permission-checked), answers capability queries and takes handshakes.
 */
export function createA2a(options: A2aOptions): A2a {
  const logger = (options.logger ?? noopLogger).child({ component: 'a2a' });
  const now = options.now ?? Date.now;
  const cards = createCardRegistry();
  const mailboxes = createMailboxes(options.config.inbox_limit);
  /** Running delegates → the agent that delegated to them. */
  const delegates = new Map<string, string>();

  const publishCard = (card: AgentCard, change: 'registered' | 'updated' | 'removed') =>
    options.bus.publish({ type: 'a2a-card-changed', agentId: card.agentId, sessionId: card.sessionId, change });

  const register = (agentId: string) => {
    const record = options.supervisor.get(agentId);
    if (record.isErr()) {
      logger.error({ err: record.error, agentId }, 'no card for a started agent');
      return;
    }
    const agent = record.value;
    const prompt = agent.sessionId === null ? undefined : options.prompts.resolve(agent.sessionId);
    if (prompt?.isErr() === true)
      logger.warn({ err: prompt.error, agentId }, "the card lists no skills: the session's prompt did not resolve");
    const card: AgentCard = {
      agentId,
      name: agent.name,
      description: agent.name,
      owner: agent.owner,
      sessionId: agent.sessionId,
      parentId: agent.parentId,
      capabilities: [],
      skills: prompt?.isOk() === true ? prompt.value.skills.map((skill) => skill.name) : [],
      registeredAt: now(),
    };
    cards.register(card);
    mailboxes.open(agentId);
    publishCard(card, 'registered');
  };

  const unregister = (agentId: string) => {
    const card = cards.get(agentId);
    cards.remove(agentId);
    delegates.delete(agentId);
    // A delegate's result is only ever read by its parent: it stops when the parent's run ends.
    for (const [childId, parentId] of delegates) {
      if (parentId !== agentId) continue;
      delegates.delete(childId);
      const killed = options.supervisor.kill(childId, `its parent ${agentId} ended`);
      if (killed.isErr()) logger.error({ err: killed.error, childId }, 'could not stop a delegate');
    }
    const dropped = mailboxes.close(agentId);
    if (dropped.length > 0) logger.debug({ agentId, dropped: dropped.length }, 'unread A2A messages dropped');
    if (card.isOk()) publishCard(card.value, 'removed');
  };

  const unsubscribe = options.bus.on(
    ({ event }) => {
      if (event.type === 'agent-started') register(event.agentId);
      else if (event.type === 'agent-idle' || event.type === 'agent-stopped' || event.type === 'agent-failed')
        unregister(event.agentId);
    },
    { types: ['agent-started', 'agent-idle', 'agent-stopped', 'agent-failed'] },
  );

  const record = (envelope: A2aEnvelope, sender: AgentCard) => {
    options.bus.publish({
      type: 'a2a-message-sent',
      messageId: envelope.id,
      from: envelope.from,
      to: envelope.to,
      messageType: envelope.message.type,
      sessionId: sender.sessionId,
    });
  };

  const returnResult = (parent: string, childId: string, taskId: string, done: Delegate['done']) => {
    void done.then((exit) => {
      const envelope: A2aEnvelope = {
        id: randomUUID(),
        from: childId,
        to: parent,
        sentAt: now(),
        message: shareResultOf(taskId, exit),
      };
      const delivered = mailboxes.deliver(envelope);
      if (delivered.isErr())
        logger.warn({ err: delivered.error, parent, childId }, 'the result of a delegated task was not delivered');
    });
  };

  const toOrchestrator = (
    card: AgentCard,
    sender: A2aSender,
    envelope: A2aEnvelope,
  ): Result<A2aSendOutcome, KernelError> => {
    const message = envelope.message;
    switch (message.type) {
      case 'delegate-task': {
        const delegate = spawnDelegate(options, card, sender, message);
        if (delegate.isErr()) return err(delegate.error);
        delegates.set(delegate.value.childId, card.agentId);
        returnResult(card.agentId, delegate.value.childId, message.taskId, delegate.value.done);
        return ok({ kind: 'delegated', envelope, childId: delegate.value.childId });
      }
      case 'capability-query': {
        const found = cards
          .search(card.owner, message.query, message.requiredCapabilities)
          .filter((other) => other.agentId !== card.agentId);
        return ok({ kind: 'answered', envelope, cards: found });
      }
      case 'handshake':
        return cards.update(card.agentId, { name: message.name, capabilities: message.capabilities }).map((next) => {
          publishCard(next, 'updated');
          return { kind: 'registered' as const, envelope, card: next };
        });
      case 'status-update':
      case 'share-result':
        logger.info(
          { from: card.agentId, type: message.type, taskId: message.taskId },
          'A2A message to the orchestrator',
        );
        return ok({ kind: 'delivered', envelope });
    }
  };

  const sendNow = (sender: A2aSender, to: string, message: A2aMessage): Result<A2aSendOutcome, KernelError> => {
    const from = cards.get(sender.agentId);
    if (from.isErr())
      return err(invalidState('agent', sender.agentId, 'only agents run by the supervisor can send A2A messages'));
    const card = from.value;
    if (to === card.agentId) return err(invalidArgument('to', 'an agent cannot send a message to itself'));
    const envelope: A2aEnvelope = { id: randomUUID(), from: card.agentId, to, sentAt: now(), message };
    const outcome: Result<A2aSendOutcome, KernelError> =
      to === ORCHESTRATOR_ADDRESS
        ? toOrchestrator(card, sender, envelope)
        : cards
            .get(to)
            // Another owner's agent is as invisible as one that does not exist.
            .andThen((target) => (target.owner === card.owner ? ok(target) : err(notFound('running agent', to))))
            .andThen(() => mailboxes.deliver(envelope))
            .map(() => ({ kind: 'delivered' as const, envelope }));
    if (outcome.isOk()) record(envelope, card);
    return outcome;
  };

  return {
    cards: { get: (agentId) => cards.get(agentId), list: (owner, required) => cards.list(owner, required) },
    send: (sender, to, message) => new ResultAsync(Promise.resolve(sendNow(sender, to, message))),
    receive: (agentId, receiveOptions) => mailboxes.take(agentId, receiveOptions),
    close() {
      unsubscribe();
      for (const childId of delegates.keys()) {
        const killed = options.supervisor.kill(childId, 'A2A closed');
        if (killed.isErr()) logger.error({ err: killed.error, childId }, 'could not stop a delegate');
      }
      delegates.clear();
      mailboxes.clear();
      cards.clear();
    },
  };
}
