import { describe, expect, it } from 'vitest';
import { rateLimitsOf } from './rate-limits.js';

describe('rateLimitsOf', () => {
  it('lists each provider with its per-minute caps, by name, a missing cap as undefined', () => {
    const config = {
      scheduler: {
        rate_limits: {
          openai: { tokens_per_minute: 90_000 },
          anthropic: { requests_per_minute: 50, tokens_per_minute: 40_000 },
        },
      },
    };
    expect(rateLimitsOf(config)).toEqual([
      { provider: 'anthropic', requestsPerMinute: 50, tokensPerMinute: 40_000 },
      { provider: 'openai', requestsPerMinute: undefined, tokensPerMinute: 90_000 },
    ]);
  });

  it('is empty without a scheduler section or limits', () => {
    expect(rateLimitsOf({})).toEqual([]);
    expect(rateLimitsOf({ scheduler: { rate_limits: {} } })).toEqual([]);
    expect(rateLimitsOf({ scheduler: 'nonsense' })).toEqual([]);
  });
});
