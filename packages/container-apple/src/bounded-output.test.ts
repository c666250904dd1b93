import { describe, expect, it } from 'vitest';
import { createBoundedOutput } from './bounded-output.js';

describe('createBoundedOutput', () => {
  it('keeps everything within the budget and forwards each chunk', () => {
    const seen: string[] = [];
    const output = createBoundedOutput(10, (chunk) => seen.push(chunk));
    output.push('abc');
    output.push('def');
    expect(output.text).toBe('abcdef');
    expect(output.truncated).toBe(false);
    expect(seen).toEqual(['abc', 'def']);
  });

  it('cuts at the byte budget and drops everything after it', () => {
    const seen: string[] = [];
    const output = createBoundedOutput(5, (chunk) => seen.push(chunk));
    output.push('abc');
    output.push('defgh');
    output.push('ijk');
    expect(output.text).toBe('abcde');
    expect(output.truncated).toBe(true);
    expect(seen).toEqual(['abc', 'de']);
  });

  it('never splits a multi-byte character', () => {
    const output = createBoundedOutput(4, undefined);
    output.push('aé€'); // 1 + 2 + 3 bytes
    expect(output.text).toBe('aé');
    expect(output.truncated).toBe(true);
  });
});
