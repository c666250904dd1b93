/** Retry timing of the LLM engine. */
export interface BackoffPolicy {
  /** Delay before the first retry, doubled for each further one. */
  readonly baseDelayMs: number;
  /** Cap on one delay, and on a provider's `retry-after` that is still honoured. */
  readonly maxDelayMs: number;
}

/**
 * Delay before retry number `attempt` (0 for the first retry): exponential from the base, capped,
 * with "equal jitter" (half fixed, half random) so concurrent clients spread out. A provider's
 * `retry-after` wins when it is longer.
 */
export function backoffDelay(
  policy: BackoffPolicy,
  attempt: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  const jittered = Math.round(exponential / 2 + (random() * exponential) / 2);
  return retryAfterMs === undefined ? jittered : Math.max(jittered, retryAfterMs);
}

/**
 * Reads `retry-after-ms` (milliseconds) or `retry-after` (seconds, or an HTTP date) from response
 * headers; undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  const milliseconds = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return Math.round(milliseconds);
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
