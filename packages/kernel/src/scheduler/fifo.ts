/** An array-backed FIFO with O(1) amortised push and shift, and ordered insertion for restores. */
export class Fifo<T> {
  #items: T[] = [];
  #head = 0;

  get size(): number {
    return this.#items.length - this.#head;
  }

  push(item: T): void {
    this.#items.push(item);
  }

  peek(): T | undefined {
    return this.#items[this.#head];
  }

  shift(): T | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const item = this.#items[this.#head];
    this.#head += 1;
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    } else if (this.#head >= 1024 && this.#head * 2 >= this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return item;
  }

  /** Inserts `item` before the first item it `precedes` (binary search; the FIFO must be sorted). */
  insertOrdered(item: T, precedes: (a: T, b: T) => boolean): void {
    let low = this.#head;
    let high = this.#items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (precedes(item, this.#items[middle] as T)) high = middle;
      else low = middle + 1;
    }
    this.#items.splice(low, 0, item);
  }

  /** The items, first out first, without removing them. */
  toArray(): T[] {
    return this.#items.slice(this.#head);
  }
}
