import type { RateLimitSection } from '../config/sections/scheduler.js';
import { rateLimited } from '../errors/constructors.js';
import type { RateLimitedError } from '../errors/kernel-error.js';
import { createTokenBucket, type TokenBucket } from './token-bucket.js';

/** Per-provider admission: a request bucket and a token bucket for each configured provider. */
export interface RateLimiter {
  /** A `rate-limited` error (without `retryAfterMs`) when a task of `tokens` can never be admitted. */
  check(provider: string | null, tokens: number): RateLimitedError | undefined;
  /** Milliseconds until a task of `tokens` for `provider` may start; 0 means now. */
  waitMs(provider: string | null, tokens: number): number;
  /** Debits one request and `tokens` from the provider's buckets. */
  take(provider: string | null, tokens: number): void;
}

interface Buckets {
  readonly requests?: TokenBucket;
  readonly tokens?: TokenBucket;
}

/** Creates the rate limiter for `[scheduler.rate_limits]`; unlisted providers are unlimited. */
export function createRateLimiter(limits: Readonly<Record<string, RateLimitSection>>, now: () => number): RateLimiter {
  const buckets = new Map<string, Buckets>();
  for (const [provider, limit] of Object.entries(limits)) {
    buckets.set(provider, {
      ...(limit.requests_per_minute === undefined
        ? {}
        : { requests: createTokenBucket(limit.requests_per_minute, now) }),
      ...(limit.tokens_per_minute === undefined ? {} : { tokens: createTokenBucket(limit.tokens_per_minute, now) }),
    });
  }
  const find = (provider: string | null): Buckets | undefined =>
    provider === null ? undefined : buckets.get(provider);
  return {
    check(provider, tokens) {
      const bucket = find(provider)?.tokens;
      if (provider === null || bucket === undefined || tokens <= bucket.capacity) return undefined;
      return rateLimited(
        provider,
        `a task estimated at ${tokens} tokens can never start: provider "${provider}" allows ${bucket.capacity} tokens per minute`,
      );
    },
    waitMs(provider, tokens) {
      const found = find(provider);
      if (!found) return 0;
      return Math.max(found.requests?.waitMs(1) ?? 0, tokens > 0 ? (found.tokens?.waitMs(tokens) ?? 0) : 0);
    },
    take(provider, tokens) {
      const found = find(provider);
      found?.requests?.take(1);
      if (tokens > 0) found?.tokens?.take(tokens);
    },
  };
}
