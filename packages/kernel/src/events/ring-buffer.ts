/** A fixed-capacity FIFO queue that evicts its oldest item when full. O(1) push and shift. */
export class RingBuffer<T> {
  readonly #items: (T | undefined)[];
  #head = 0;
  #size = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`capacity must be an integer ≥ 1, got ${capacity}`);
    this.#items = new Array<T | undefined>(capacity);
  }

  get size(): number {
    return this.#size;
  }

  /** Appends `item`; returns true when the oldest item was evicted to make room. */
  push(item: T): boolean {
    const tail = (this.#head + this.#size) % this.capacity;
    this.#items[tail] = item;
    if (this.#size < this.capacity) {
      this.#size += 1;
      return false;
    }
    this.#head = (this.#head + 1) % this.capacity;
    return true;
  }

  /** Removes and returns the oldest item. */
  shift(): T | undefined {
    if (this.#size === 0) return undefined;
    const item = this.#items[this.#head];
    this.#items[this.#head] = undefined;
    this.#head = (this.#head + 1) % this.capacity;
    this.#size -= 1;
    return item;
  }

  /** The items, oldest first, without removing them. */
  toArray(): T[] {
    const result: T[] = [];
    for (let index = 0; index < this.#size; index += 1) {
      result.push(this.#items[(this.#head + index) % this.capacity] as T);
    }
    return result;
  }

  clear(): void {
    this.#items.fill(undefined);
    this.#head = 0;
    this.#size = 0;
  }
}
