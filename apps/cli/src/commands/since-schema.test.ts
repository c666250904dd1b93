import { describe, expect, it } from 'vitest';
import { sinceSchema } from './since-schema.js';

const NOW = Date.parse('2026-05-07T12:00:00.000Z');

describe('sinceSchema', () => {
  it('reads durations back from now', () => {
    const schema = sinceSchema(() => NOW);
    expect(schema.parse('30m')).toBe('2026-05-07T11:30:00.000Z');
    expect(schema.parse('2h')).toBe('2026-05-07T10:00:00.000Z');
    expect(schema.parse('7d')).toBe('2026-04-30T12:00:00.000Z');
  });

  it('reads dates and date-times as UTC timestamps', () => {
    const schema = sinceSchema(() => NOW);
    expect(schema.parse('2026-05-01')).toBe('2026-05-01T00:00:00.000Z');
    expect(schema.parse('2026-05-01T10:00:00+02:00')).toBe('2026-05-01T08:00:00.000Z');
  });

  it('refuses anything else with a message that shows the forms', () => {
    const result = sinceSchema(() => NOW).safeParse('yesterday-ish');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('30m');
  });
});
