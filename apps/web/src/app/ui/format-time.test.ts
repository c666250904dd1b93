import { describe, expect, it } from 'vitest';
import { formatDuration, formatTime, shortId } from './format-time.js';

describe('formatting', () => {
  it('prints local date and time to the second, and a dash for nothing', () => {
    const local = new Date(2026, 0, 2, 3, 4, 5);
    expect(formatTime(local.toISOString())).toBe('2026-01-02 03:04:05');
    expect(formatTime(null)).toBe('—');
    expect(formatTime('not a date')).toBe('not a date');
  });

  it('prints durations in the largest sensible units', () => {
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(300)).toBe('5 min');
    expect(formatDuration(3 * 3600 + 12 * 60)).toBe('3 h 12 min');
    expect(formatDuration(52 * 3600)).toBe('2 d 4 h');
    expect(shortId('0123456789abcdef')).toBe('01234567');
  });
});
