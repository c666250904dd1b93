/** Marker returned by {@link raceAbort} when the signal fired first. */
export const ABORTED: unique symbol = Symbol('aborted');

/**
 * Settles with the promise's outcome, or with {@link ABORTED} as soon as `signal` aborts — so a
 * port that ignores its signal cannot keep the engine waiting.
 */
export function raceAbort<T>(promise: PromiseLike<T>, signal: AbortSignal): Promise<T | typeof ABORTED> {
  if (signal.aborted) return Promise.resolve(ABORTED);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      resolve(ABORTED);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
