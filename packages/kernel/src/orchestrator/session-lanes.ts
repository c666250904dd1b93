/**
 * Per-key serial execution: work for the same key runs one at a time, in arrival order; work
 * for different keys runs concurrently. There is no global lock.
 */
export interface SessionLanes {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Keys with work running or waiting. */
  readonly busy: number;
}

export function createSessionLanes(): SessionLanes {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, work) {
      const previous = tails.get(key) ?? Promise.resolve();
      // Whatever the previous work did, the next one starts after it settles.
      const current = previous.then(work, work);
      const tail = current.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return current;
    },
    get busy() {
      return tails.size;
    },
  };
}
