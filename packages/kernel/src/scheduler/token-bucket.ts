/** A token bucket that starts full and refills continuously at `perMinute` tokens per minute. */
export interface TokenBucket {
  /** Most tokens it holds (one minute's worth). */
  readonly capacity: number;
  /** Milliseconds until `cost` tokens are available: 0 now, `Infinity` if `cost` exceeds the capacity. */
  waitMs(cost: number): number;
  /** Removes `cost` tokens; call only when `waitMs(cost)` is 0. */
  take(cost: number): void;
}

const MINUTE_MS = 60_000;

/**
 * Creates a {@link TokenBucket}. Amounts are kept in token-milliseconds (tokens × 60 000) so the
 * refill is exact integer arithmetic: after waiting `waitMs(cost)` the tokens are really there.
 */
export function createTokenBucket(perMinute: number, now: () => number): TokenBucket {
  const capacity = perMinute * MINUTE_MS;
  let level = capacity;
  let updatedAt = now();
  const refill = (): void => {
    const at = now();
    if (at > updatedAt) level = Math.min(capacity, level + (at - updatedAt) * perMinute);
    updatedAt = Math.max(updatedAt, at);
  };
  return {
    capacity: perMinute,
    waitMs(cost) {
      if (cost > perMinute) return Number.POSITIVE_INFINITY;
      refill();
      const needed = cost * MINUTE_MS - level;
      return needed <= 0 ? 0 : Math.ceil(needed / perMinute);
    },
    take(cost) {
      refill();
      level -= cost * MINUTE_MS;
    },
  };
}
