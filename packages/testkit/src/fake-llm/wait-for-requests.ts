import type { FakeLlmRequest } from './types.js';

/**
 * Resolves once `requests` holds `count` entries; rejects after `timeoutMs`. The server calls every
 * function in `waiters` when a request arrives.
 */
export function waitForRequests(
  requests: readonly FakeLlmRequest[],
  waiters: Set<() => void>,
  count: number,
  timeoutMs: number,
): Promise<readonly FakeLlmRequest[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (requests.length < count) return;
      clearTimeout(timer);
      waiters.delete(check);
      resolve(requests);
    };
    const timer = setTimeout(() => {
      waiters.delete(check);
      reject(new Error(`fake-llm: ${requests.length} of ${count} requests arrived within ${timeoutMs} ms`));
    }, timeoutMs);
    waiters.add(check);
    check();
  });
}
