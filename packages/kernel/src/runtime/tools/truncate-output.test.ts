import { describe, expect, it } from 'vitest';
import { truncateOutput } from './truncate-output.js';

describe('truncateOutput', () => {
  it('leaves short text alone', () => {
    expect(truncateOutput('hello', 10)).toEqual({ text: 'hello', truncated: false, omittedBytes: 0 });
  });

  it('keeps the head and says how much was omitted', () => {
    const result = truncateOutput('a'.repeat(100), 40);
    expect(result.text.startsWith('a'.repeat(40))).toBe(true);
    expect(result).toMatchObject({ truncated: true, omittedBytes: 60 });
    expect(result.text).toContain('60 of 100 bytes omitted');
    expect(result.text).toContain('offset/limit');
  });

  it('keeps head and tail of command output', () => {
    const result = truncateOutput(`${'a'.repeat(50)}${'z'.repeat(50)}`, 40, 'head-tail');
    expect(result.text.startsWith('a'.repeat(30))).toBe(true);
    expect(result.text.endsWith('z'.repeat(10))).toBe(true);
  });

  it('never splits a multi-byte character', () => {
    const result = truncateOutput('é'.repeat(50), 11, 'head-tail');
    expect(result.text).not.toContain('\uFFFD');
  });
});
