import { describe, expect, it } from 'vitest';
import { BoundedQueue } from './bounded-queue.js';

describe('BoundedQueue', () => {
  it('refuses a push when full under reject', () => {
    const queue = new BoundedQueue<number>(2, 'reject');
    expect([queue.push(1), queue.push(2), queue.push(3)]).toEqual([true, true, false]);
    expect(queue.size).toBe(2);
  });

  it('drops and counts the oldest when full under drop-oldest', async () => {
    const queue = new BoundedQueue<number>(2, 'drop-oldest');
    for (const n of [1, 2, 3]) queue.push(n);
    expect(queue.dropped).toBe(1);
    expect((await queue.next()).value).toBe(2);
  });

  it('hands a push straight to a waiting reader', async () => {
    const queue = new BoundedQueue<string>(0, 'reject');
    const next = queue.next();
    expect(queue.push('direct')).toBe(true);
    expect(await next).toEqual({ done: false, value: 'direct' });
  });

  it('ends iteration on close and returns unread items', async () => {
    const unread: number[][] = [];
    const queue = new BoundedQueue<number>(5, 'reject', (items) => unread.push(items));
    queue.push(1);
    queue.push(2);
    queue.close();
    expect(unread).toEqual([[1, 2]]);
    expect(await queue.next()).toEqual({ done: true, value: undefined });
    expect(queue.push(3)).toBe(false);
  });

  it('removes a waiting item by predicate', () => {
    const queue = new BoundedQueue<number>(5, 'reject');
    queue.push(1);
    queue.push(2);
    expect(queue.remove((n) => n === 1)).toBe(true);
    expect(queue.remove((n) => n === 1)).toBe(false);
    expect(queue.size).toBe(1);
  });
});
