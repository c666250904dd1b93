import { err, ok, type Result } from 'neverthrow';
import { notFound, overloaded } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { A2aEnvelope, ReceiveOptions } from './types.js';

/** One inbox per running agent. */
export interface Mailboxes {
  /** Opens an agent's inbox (when its run starts). */
  open(agentId: string): void;
  /** Closes it; returns what was still queued. */
  close(agentId: string): readonly A2aEnvelope[];
  isOpen(agentId: string): boolean;
  /** Queues `envelope` for `envelope.to`: `not-found` without an open inbox, `overloaded` when full. */
  deliver(envelope: A2aEnvelope): Result<void, KernelError>;
  /** Takes matching messages, waiting up to `waitMs` for a first one. */
  take(agentId: string, options?: ReceiveOptions): Promise<readonly A2aEnvelope[]>;
  clear(): void;
}

interface Inbox {
  readonly queue: A2aEnvelope[];
  readonly waiters: Set<() => void>;
}

/** Creates the inboxes; each holds at most `limit` messages. */
export function createMailboxes(limit: number): Mailboxes {
  const inboxes = new Map<string, Inbox>();

  const takeNow = (inbox: Inbox, options: ReceiveOptions): A2aEnvelope[] => {
    const max = options.max ?? 20;
    const taken: A2aEnvelope[] = [];
    for (let index = 0; index < inbox.queue.length && taken.length < max;) {
      const envelope = inbox.queue[index];
      if (envelope !== undefined && (options.filter === undefined || options.filter(envelope))) {
        taken.push(envelope);
        inbox.queue.splice(index, 1);
      } else index += 1;
    }
    return taken;
  };

  const wake = (inbox: Inbox) => {
    for (const waiter of [...inbox.waiters]) waiter();
  };

  const close = (agentId: string): readonly A2aEnvelope[] => {
    const inbox = inboxes.get(agentId);
    inboxes.delete(agentId);
    if (inbox === undefined) return [];
    wake(inbox);
    return inbox.queue;
  };

  return {
    open(agentId) {
      if (!inboxes.has(agentId)) inboxes.set(agentId, { queue: [], waiters: new Set() });
    },
    close,
    isOpen: (agentId) => inboxes.has(agentId),
    deliver(envelope) {
      const inbox = inboxes.get(envelope.to);
      if (inbox === undefined) return err(notFound('running agent', envelope.to));
      if (inbox.queue.length >= limit) return err(overloaded(`A2A inbox of ${envelope.to}`, limit));
      inbox.queue.push(envelope);
      wake(inbox);
      return ok(undefined);
    },
    take(agentId, options = {}) {
      const inbox = inboxes.get(agentId);
      if (inbox === undefined) return Promise.resolve([]);
      const now = takeNow(inbox, options);
      const waitMs = options.waitMs ?? 0;
      if (now.length > 0 || waitMs <= 0 || options.signal?.aborted === true) return Promise.resolve(now);
      return new Promise((resolve) => {
        const finish = (taken: readonly A2aEnvelope[]) => {
          inbox.waiters.delete(check);
          clearTimeout(timer);
          options.signal?.removeEventListener('abort', stop);
          resolve(taken);
        };
        const check = () => {
          const taken = inboxes.get(agentId) === inbox ? takeNow(inbox, options) : [];
          if (taken.length > 0 || inboxes.get(agentId) !== inbox) finish(taken);
        };
        const stop = () => {
          finish([]);
        };
        const timer = setTimeout(stop, waitMs);
        timer.unref();
        options.signal?.addEventListener('abort', stop, { once: true });
        inbox.waiters.add(check);
      });
    },
    clear() {
      for (const agentId of [...inboxes.keys()]) close(agentId);
    },
  };
}
