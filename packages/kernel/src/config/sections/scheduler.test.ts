import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parse-config.js';

describe('[scheduler] config', () => {
  it('defaults to 5 concurrent tasks, a 300 s timeout and no rate limits', () => {
    expect(parseConfig('', 'c.toml')._unsafeUnwrap().scheduler).toEqual({
      max_concurrent: 5,
      queue_limit: 10_000,
      default_task_timeout_secs: 300,
      aging_interval_ms: 60_000,
      rate_limits: {},
    });
  });

  it('reads per-provider rate limits', () => {
    const text = '[scheduler.rate_limits.anthropic]\nrequests_per_minute = 50\ntokens_per_minute = 40000\n';
    expect(parseConfig(text, 'c.toml')._unsafeUnwrap().scheduler.rate_limits).toEqual({
      anthropic: { requests_per_minute: 50, tokens_per_minute: 40_000 },
    });
  });

  it('names the key path of a bad limit, an unknown key and a bad provider name', () => {
    const text = [
      '[scheduler]',
      'max_concurrent = 0',
      '[scheduler.rate_limits.anthropic]',
      'requests_per_minute = "fifty"',
      'burst = 3',
      '[scheduler.rate_limits."Bad Name"]',
      'requests_per_minute = 1',
    ].join('\n');
    const error = parseConfig(text, 'c.toml')._unsafeUnwrapErr();
    expect(error.code).toBe('config-invalid');
    if (error.code !== 'config-invalid') return;
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'scheduler.max_concurrent', message: 'expected integer 1–10000, got 0' },
        {
          path: 'scheduler.rate_limits.anthropic.requests_per_minute',
          message: 'expected integer 1–1000000, got "fifty"',
        },
        {
          path: 'scheduler.rate_limits.anthropic.burst',
          message: 'unknown key (expected one of: requests_per_minute, tokens_per_minute)',
        },
        {
          path: 'scheduler.rate_limits.Bad Name',
          message: 'expected a provider name (lowercase letters, digits, ".", "_", "-"), got "Bad Name"',
        },
      ]),
    );
  });
});
