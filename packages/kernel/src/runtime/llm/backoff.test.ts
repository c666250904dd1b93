import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from './backoff.js';

const policy = { baseDelayMs: 500, maxDelayMs: 4_000 };

describe('backoffDelay', () => {
  it('doubles per attempt with equal jitter, capped', () => {
    expect(backoffDelay(policy, 0, undefined, () => 0)).toBe(250);
    expect(backoffDelay(policy, 0, undefined, () => 0.999_999)).toBe(500);
    expect(backoffDelay(policy, 2, undefined, () => 0.5)).toBe(1_500);
    expect(backoffDelay(policy, 10, undefined, () => 1)).toBe(4_000);
  });

  it("lets a provider's longer retry-after win", () => {
    expect(backoffDelay(policy, 0, 2_000, () => 1)).toBe(2_000);
    expect(backoffDelay(policy, 3, 10, () => 1)).toBe(4_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads retry-after-ms, seconds and HTTP dates', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after': '2' }))).toBe(2_000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }), now)).toBe(3_000);
  });

  it('ignores absent and unreadable values', () => {
    expect(parseRetryAfter(new Headers())).toBeUndefined();
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
  });
});
