import { RingBuffer } from './ring-buffer.js';
import type { BusEvent, EventSubscription, Published } from './types.js';

type Waiter<E extends BusEvent> = (result: IteratorResult<Published<E>, undefined>) => void;

const DONE = { done: true, value: undefined } as const;

/** A bounded, drop-oldest queue of published events for one subscriber. */
export class Subscription<E extends BusEvent> implements EventSubscription<E> {
  readonly #buffer: RingBuffer<Published<E>>;
  readonly #waiters: Waiter<E>[] = [];
  readonly #accepts: (event: E) => boolean;
  readonly #onClose: (subscription: Subscription<E>) => void;
  #dropped = 0;
  #closed = false;

  constructor(bufferSize: number, accepts: (event: E) => boolean, onClose: (subscription: Subscription<E>) => void) {
    this.#buffer = new RingBuffer(bufferSize);
    this.#accepts = accepts;
    this.#onClose = onClose;
  }

  get dropped(): number {
    return this.#dropped;
  }

  get pending(): number {
    return this.#buffer.size;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Called by the bus; never blocks. */
  deliver(published: Published<E>): void {
    if (this.#closed || !this.#accepts(published.event)) return;
    const waiter = this.#waiters.shift();
    if (waiter) {
      waiter({ done: false, value: published });
      return;
    }
    if (this.#buffer.push(published)) this.#dropped += 1;
  }

  /** Records events that were lost before this subscription could see them. */
  addDropped(count: number): void {
    this.#dropped += count;
  }

  take(): Published<E> | undefined {
    return this.#buffer.shift();
  }

  next(): Promise<IteratorResult<Published<E>, undefined>> {
    const item = this.#buffer.shift();
    if (item) return Promise.resolve({ done: false, value: item });
    if (this.#closed) return Promise.resolve(DONE);
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  unsubscribe(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#buffer.clear();
    for (const waiter of this.#waiters.splice(0)) waiter(DONE);
    this.#onClose(this);
  }

  [Symbol.dispose](): void {
    this.unsubscribe();
  }

  [Symbol.asyncIterator](): AsyncIterator<Published<E>, undefined> {
    return {
      next: () => this.next(),
      return: () => {
        this.unsubscribe();
        return Promise.resolve(DONE);
      },
    };
  }
}
