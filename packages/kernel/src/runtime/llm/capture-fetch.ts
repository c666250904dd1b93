import { parseRetryAfter } from './backoff.js';

/** What one request attempt's HTTP exchange revealed. */
export interface FetchCapture {
  /** Status of the last response received. */
  status?: number;
  /** The provider's `retry-after`, in milliseconds. */
  retryAfterMs?: number;
  /** True when the request failed below HTTP (refused, reset, DNS). */
  networkError?: boolean;
}

/**
 * Wraps `fetch` so the engine sees each response's status and `retry-after` header — pi-ai reports
 * HTTP failures only as text, in a different format per provider.
 */
export function captureFetch(base: typeof fetch, capture: FetchCapture): typeof fetch {
  return async (input, init) => {
    try {
      const response = await base(input, init);
      capture.status = response.status;
      const retryAfterMs = parseRetryAfter(response.headers);
      if (retryAfterMs !== undefined) capture.retryAfterMs = retryAfterMs;
      return response;
    } catch (error) {
      if (init?.signal?.aborted !== true) capture.networkError = true;
      throw error;
    }
  };
}
