import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './token-bucket.js';

describe('TokenBucket', () => {
  it('starts full, refills exactly at its per-minute rate and never beyond its capacity', () => {
    let now = 0;
    const bucket = createTokenBucket(3, () => now);
    expect(bucket.waitMs(3)).toBe(0);
    bucket.take(3);
    expect(bucket.waitMs(1)).toBe(20_000);
    now = 19_999;
    expect(bucket.waitMs(1)).toBe(1);
    now = 20_000;
    expect(bucket.waitMs(1)).toBe(0);
    now = 10 * 60_000;
    expect(bucket.waitMs(3)).toBe(0);
    bucket.take(3);
    expect(bucket.waitMs(1)).toBe(20_000);
  });

  it('reports Infinity for a cost above its capacity', () => {
    const bucket = createTokenBucket(10, () => 0);
    expect(bucket.waitMs(11)).toBe(Number.POSITIVE_INFINITY);
  });
});
