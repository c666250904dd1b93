import { describe, expect, it } from 'vitest';
import { RingBuffer } from './ring-buffer.js';

describe('RingBuffer', () => {
  it('is FIFO and evicts the oldest item when full', () => {
    const buffer = new RingBuffer<number>(2);
    expect(buffer.push(1)).toBe(false);
    expect(buffer.push(2)).toBe(false);
    expect(buffer.push(3)).toBe(true);
    expect(buffer.toArray()).toEqual([2, 3]);
    expect([buffer.shift(), buffer.shift(), buffer.shift()]).toEqual([2, 3, undefined]);
    expect(buffer.size).toBe(0);
  });

  it('wraps around many times without losing order', () => {
    const buffer = new RingBuffer<number>(3);
    const out: number[] = [];
    for (let n = 0; n < 20; n += 1) {
      buffer.push(n);
      if (n % 2 === 0) out.push(buffer.shift() ?? -1);
    }
    expect(buffer.toArray()).toEqual([17, 18, 19]);
    expect(out.slice(0, 3)).toEqual([0, 1, 2]);
  });

  it('rejects a capacity below 1', () => {
    expect(() => new RingBuffer(0)).toThrow(RangeError);
  });
});
