import { BoundedQueue } from '../internal/bounded-queue.js';
import type { OutgoingMessage } from '../messages/outgoing-message.js';
import type { FeedOptions, ReplyFeed } from './types.js';

/** The open {@link ReplyFeed}s of a web channel, grouped by the user they follow. */
export class ReplyFeeds {
  readonly #byUser = new Map<string, Set<BoundedQueue<OutgoingMessage>>>();
  readonly #defaultBuffer: number;

  constructor(defaultBuffer: number) {
    this.#defaultBuffer = defaultBuffer;
  }

  /** Opens a feed of the messages addressed to `userId`. */
  open(userId: string, options: FeedOptions = {}): ReplyFeed {
    const { signal } = options;
    const close = (): void => {
      feed.close();
    };
    const feed: BoundedQueue<OutgoingMessage> = new BoundedQueue(
      options.bufferSize ?? this.#defaultBuffer,
      'drop-oldest',
      () => {
        const feeds = this.#byUser.get(userId);
        feeds?.delete(feed);
        if (feeds?.size === 0) this.#byUser.delete(userId);
        signal?.removeEventListener('abort', close);
      },
    );
    if (signal?.aborted === true) {
      feed.close();
      return feed;
    }
    signal?.addEventListener('abort', close, { once: true });
    const feeds = this.#byUser.get(userId) ?? new Set();
    feeds.add(feed);
    this.#byUser.set(userId, feeds);
    return feed;
  }

  /** Hands `message` to the feeds of its recipient, and only to those. */
  publish(message: OutgoingMessage): void {
    for (const feed of this.#byUser.get(message.recipient.id) ?? []) feed.push(message);
  }

  /** Closes every feed. */
  closeAll(): void {
    for (const feeds of [...this.#byUser.values()]) for (const feed of [...feeds]) feed.close();
  }
}
