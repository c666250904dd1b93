/** Outcome of taking from a {@link KeyedRateLimiter}. */
export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Token buckets per key (a token id or a client address): `perMinute` requests, refilled
 * continuously. At most `maxKeys` buckets are kept; the least recently used are forgotten.
 */
export class KeyedRateLimiter {
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #maxKeys: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(perMinute: number, options: { maxKeys?: number; now?: () => number } = {}) {
    this.#capacity = perMinute;
    this.#refillPerMs = perMinute / 60_000;
    this.#maxKeys = options.maxKeys ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** Takes one token for `key`, or says how long until one is available. */
  take(key: string): RateDecision {
    const now = this.#now();
    const bucket = this.#buckets.get(key) ?? { tokens: this.#capacity, updatedAt: now };
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + (now - bucket.updatedAt) * this.#refillPerMs);
    bucket.updatedAt = now;
    this.#buckets.delete(key);
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > this.#maxKeys) {
      const [oldest] = this.#buckets.keys();
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.#refillPerMs / 1000)),
    };
  }

  /** True when `key` currently has no token left (without taking one). */
  exhausted(key: string): boolean {
    const bucket = this.#buckets.get(key);
    if (!bucket) return false;
    return Math.min(this.#capacity, bucket.tokens + (this.#now() - bucket.updatedAt) * this.#refillPerMs) < 1;
  }
}
