import { noopLogger, type Logger } from '../logger/logger.js';
import { RingBuffer } from './ring-buffer.js';
import { Subscription } from './subscription.js';
import type { BusEvent, EventSubscription, Published, SubscribeOptions } from './types.js';

/** Options for {@link createEventBus}. */
export interface EventBusOptions {
  /** Default per-subscriber buffer. Default 1024. */
  readonly subscriberBuffer?: number;
  /** Recent events retained for `afterId` resumes; 0 disables. Default 1024. */
  readonly history?: number;
  /** Receives errors thrown by `on` handlers. */
  readonly logger?: Logger;
  /** Time source in epoch milliseconds (tests). Default `Date.now`. */
  readonly now?: () => number;
}

/** A typed, in-process publish/subscribe hub. Publishing never blocks and never throws. */
export interface EventBus<E extends BusEvent> {
  /** Delivers `event` to every matching subscriber and returns it as published. */
  publish(event: E): Published<E>;
  /** Opens a bounded subscription; iterate it with `for await` or call `next()`/`take()`. */
  subscribe(options?: SubscribeOptions<E>): EventSubscription<E>;
  /** Calls `handler` synchronously for each matching event; returns the unsubscribe function. */
  on(handler: (published: Published<E>) => void, options?: Pick<SubscribeOptions<E>, 'types' | 'filter'>): () => void;
  /** The id the last published event received (0 before any). */
  readonly lastId: number;
  readonly subscriberCount: number;
  /** Ends every subscription; later publishes are ignored. */
  close(): void;
}

function matcher<E extends BusEvent>(
  options: Pick<SubscribeOptions<E>, 'types' | 'filter'>,
  logger: Logger,
): (event: E) => boolean {
  const types = options.types ? new Set<string>(options.types) : undefined;
  const filter = options.filter;
  return (event) => {
    if (types !== undefined && !types.has(event.type)) return false;
    if (filter === undefined) return true;
    try {
      return filter(event);
    } catch (error) {
      // A broken filter must not break publishing; the subscriber simply does not get the event.
      logger.error({ err: error, eventType: event.type }, 'event filter threw');
      return false;
    }
  };
}

/** Creates an event bus. */
export function createEventBus<E extends BusEvent>(options: EventBusOptions = {}): EventBus<E> {
  const defaultBuffer = options.subscriberBuffer ?? 1024;
  const history = (options.history ?? 1024) > 0 ? new RingBuffer<Published<E>>(options.history ?? 1024) : undefined;
  const logger = (options.logger ?? noopLogger).child({ component: 'event-bus' });
  const now = options.now ?? Date.now;
  const subscriptions = new Set<Subscription<E>>();
  const handlers = new Set<{ accepts: (event: E) => boolean; handler: (published: Published<E>) => void }>();
  let lastId = 0;
  let closed = false;

  const replay = (subscription: Subscription<E>, afterId: number): void => {
    const retained = history?.toArray() ?? [];
    const oldest = retained[0]?.id ?? lastId + 1;
    if (afterId < oldest - 1) subscription.addDropped(oldest - 1 - afterId);
    for (const published of retained) if (published.id > afterId) subscription.deliver(published);
  };

  return {
    publish(event) {
      const published: Published<E> = { id: lastId + 1, at: now(), event };
      if (closed) return published;
      lastId = published.id;
      history?.push(published);
      for (const subscription of subscriptions) subscription.deliver(published);
      for (const entry of handlers) {
        if (!entry.accepts(event)) continue;
        try {
          entry.handler(published);
        } catch (error) {
          logger.error({ err: error, eventType: event.type }, 'event handler threw');
        }
      }
      return published;
    },
    subscribe(subscribeOptions = {}) {
      const signal = subscribeOptions.signal;
      const onAbort = (): void => {
        subscription.unsubscribe();
      };
      const subscription: Subscription<E> = new Subscription<E>(
        subscribeOptions.bufferSize ?? defaultBuffer,
        matcher(subscribeOptions, logger),
        (closing) => {
          subscriptions.delete(closing);
          signal?.removeEventListener('abort', onAbort);
        },
      );
      if (closed || signal?.aborted) {
        subscription.unsubscribe();
        return subscription;
      }
      subscriptions.add(subscription);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (subscribeOptions.afterId !== undefined) replay(subscription, subscribeOptions.afterId);
      return subscription;
    },
    on(handler, onOptions = {}) {
      const entry = { accepts: matcher(onOptions, logger), handler };
      handlers.add(entry);
      return () => {
        handlers.delete(entry);
      };
    },
    get lastId() {
      return lastId;
    },
    get subscriberCount() {
      return subscriptions.size + handlers.size;
    },
    close() {
      closed = true;
      for (const subscription of [...subscriptions]) subscription.unsubscribe();
      handlers.clear();
    },
  };
}
