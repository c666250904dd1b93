/** What a full {@link BoundedQueue} does with one more item. */
export type Overflow = 'reject' | 'drop-oldest';

const DONE = { done: true, value: undefined } as const;

/**
 * A FIFO with a fixed capacity and one reader, readable with `for await`. When full it either
 * refuses the new item (`reject`) or drops its oldest one and counts it (`drop-oldest`).
 */
export class BoundedQueue<T> implements AsyncIterable<T> {
  readonly #capacity: number;
  readonly #overflow: Overflow;
  readonly #onClose: (discarded: T[]) => void;
  readonly #items: T[] = [];
  readonly #readers: ((result: IteratorResult<T, undefined>) => void)[] = [];
  #dropped = 0;
  #closed = false;

  /** `onClose` receives the items nobody read. */
  constructor(capacity: number, overflow: Overflow, onClose: (discarded: T[]) => void = () => undefined) {
    this.#capacity = capacity;
    this.#overflow = overflow;
    this.#onClose = onClose;
  }

  /** Items waiting to be read. */
  get size(): number {
    return this.#items.length;
  }

  /** Items lost to `drop-oldest`. */
  get dropped(): number {
    return this.#dropped;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Adds an item; false when closed, or full under `reject`. Never waits. */
  push(item: T): boolean {
    if (this.#closed) return false;
    const reader = this.#readers.shift();
    if (reader !== undefined) {
      reader({ done: false, value: item });
      return true;
    }
    if (this.#items.length >= this.#capacity) {
      if (this.#overflow === 'reject' || this.#capacity === 0) return false;
      this.#items.shift();
      this.#dropped += 1;
    }
    this.#items.push(item);
    return true;
  }

  /** Removes the first waiting item `matches` accepts; false when there is none. */
  remove(matches: (item: T) => boolean): boolean {
    const index = this.#items.findIndex(matches);
    if (index < 0) return false;
    this.#items.splice(index, 1);
    return true;
  }

  /** The next item, waiting for one if needed; `done` once closed. */
  next(): Promise<IteratorResult<T, undefined>> {
    const item = this.#items.shift();
    if (item !== undefined) return Promise.resolve({ done: false, value: item });
    if (this.#closed) return Promise.resolve(DONE);
    return new Promise((resolve) => this.#readers.push(resolve));
  }

  /** Ends the queue: a waiting `next()` resolves as done and unread items go to `onClose`. Idempotent. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const reader of this.#readers.splice(0)) reader(DONE);
    this.#onClose(this.#items.splice(0));
  }

  [Symbol.asyncIterator](): AsyncIterator<T, undefined> {
    return {
      next: () => this.next(),
      return: () => {
        this.close();
        return Promise.resolve(DONE);
      },
    };
  }
}
