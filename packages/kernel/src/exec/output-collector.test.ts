import { describe, expect, it } from 'vitest';
import { createOutputCollector } from './output-collector.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('createOutputCollector', () => {
  it('keeps everything under the limit', () => {
    const collector = createOutputCollector(10);
    collector.push(bytes('abc'));
    collector.push(bytes('def'));
    expect([collector.text(), collector.truncated, collector.totalBytes]).toEqual(['abcdef', false, 6]);
  });

  it('keeps the first bytes across chunks, counts the rest and flags truncation', () => {
    const collector = createOutputCollector(4);
    collector.push(bytes('abc'));
    collector.push(bytes('defgh'));
    collector.push(bytes('ij'));
    expect([collector.text(), collector.truncated, collector.totalBytes]).toEqual(['abcd', true, 10]);
  });

  it('cuts before a multi-byte character rather than through it', () => {
    const collector = createOutputCollector(4);
    collector.push(bytes('ab€c')); // € is three bytes: the limit falls inside it
    expect(collector.text()).toBe('ab');
    const emoji = createOutputCollector(5);
    emoji.push(bytes('ab😀c'));
    expect(emoji.text()).toBe('ab');
    const whole = createOutputCollector(6);
    whole.push(bytes('ab😀c'));
    expect(whole.text()).toBe('ab😀');
  });

  it('is not truncated when output is exactly the limit', () => {
    const collector = createOutputCollector(3);
    collector.push(bytes('abc'));
    expect([collector.text(), collector.truncated]).toEqual(['abc', false]);
  });
});
