/** Anything published on an event bus: a plain object with a kebab-case `type` (`noun-verb`). */
export interface BusEvent {
  readonly type: string;
}

/** An event as delivered: the bus's sequence id and timestamp around the published event. */
export interface Published<E extends BusEvent> {
  /** Monotonic per bus, starting at 1; usable as an SSE `id` for resuming. */
  readonly id: number;
  /** Time of publication in milliseconds since the Unix epoch (`new Date(at)` to format it). */
  readonly at: number;
  readonly event: E;
}

/** Options for {@link EventBus.subscribe}. */
export interface SubscribeOptions<E extends BusEvent> {
  /** Only events whose `type` is listed. */
  readonly types?: readonly E['type'][];
  /** Only events the predicate accepts (applied after `types`). Must not throw. */
  readonly filter?: (event: E) => boolean;
  /** Buffered events before the oldest are dropped. Default: the bus's `subscriberBuffer`. */
  readonly bufferSize?: number;
  /** Replay retained events with an id greater than this first (resume after a reconnect). */
  readonly afterId?: number;
  /** Unsubscribes when aborted; a pending `next()` then resolves as done. */
  readonly signal?: AbortSignal;
}

/** A subscriber's view of the bus: a bounded queue that is also an async iterable. */
export interface EventSubscription<E extends BusEvent> extends AsyncIterable<Published<E>> {
  /** Events this subscriber lost because its buffer was full (or they left the history before a resume). */
  readonly dropped: number;
  /** Events currently buffered. */
  readonly pending: number;
  readonly closed: boolean;
  /** The next event, waiting for one if the buffer is empty; `done` once unsubscribed. */
  next(): Promise<IteratorResult<Published<E>, undefined>>;
  /** The next buffered event without waiting, or undefined. */
  take(): Published<E> | undefined;
  /** Stops delivery and releases a pending `next()`. Idempotent. */
  unsubscribe(): void;
  [Symbol.dispose](): void;
}
