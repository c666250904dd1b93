/** Waits `ms`; resolves false early (and clears its timer) when `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted === true) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (completed: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(completed);
    };
    const onAbort = () => {
      done(false);
    };
    const timer = setTimeout(() => {
      done(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
