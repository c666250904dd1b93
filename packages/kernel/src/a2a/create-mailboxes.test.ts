import { describe, expect, it } from 'vitest';
import { createMailboxes } from './create-mailboxes.js';
import type { A2aEnvelope } from './types.js';

const envelope = (id: string, to = 'b', taskId = 't1'): A2aEnvelope => ({
  id,
  from: 'a',
  to,
  sentAt: 0,
  message: { type: 'status-update', taskId, progress: 10, message: id },
});

describe('createMailboxes', () => {
  it('refuses delivery to an agent without an open inbox, and past the limit', () => {
    const boxes = createMailboxes(2);
    expect(boxes.deliver(envelope('1'))._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
    boxes.open('b');
    boxes.deliver(envelope('1'))._unsafeUnwrap();
    boxes.deliver(envelope('2'))._unsafeUnwrap();
    expect(boxes.deliver(envelope('3'))._unsafeUnwrapErr()).toMatchObject({ code: 'overloaded', limit: 2 });
  });

  it('takes matching messages oldest first and leaves the rest queued', async () => {
    const boxes = createMailboxes(10);
    boxes.open('b');
    for (const [id, task] of [
      ['1', 'x'],
      ['2', 'y'],
      ['3', 'x'],
    ] as const)
      boxes.deliver(envelope(id, 'b', task));
    const onlyX = (each: A2aEnvelope) => 'taskId' in each.message && each.message.taskId === 'x';
    expect((await boxes.take('b', { filter: onlyX })).map((each) => each.id)).toEqual(['1', '3']);
    expect((await boxes.take('b')).map((each) => each.id)).toEqual(['2']);
    expect(await boxes.take('b')).toEqual([]);
  });

  it('wakes a waiting taker when a message arrives, and an aborted wait returns nothing', async () => {
    const boxes = createMailboxes(10);
    boxes.open('b');
    const waiting = boxes.take('b', { waitMs: 60_000 });
    boxes.deliver(envelope('1'));
    expect((await waiting).map((each) => each.id)).toEqual(['1']);
    const controller = new AbortController();
    const aborted = boxes.take('b', { waitMs: 60_000, signal: controller.signal });
    controller.abort();
    expect(await aborted).toEqual([]);
  });

  it('closing an inbox ends a wait and hands back what was unread', async () => {
    const boxes = createMailboxes(10);
    boxes.open('b');
    boxes.deliver(envelope('1'));
    const waiting = boxes.take('b', { waitMs: 60_000, filter: () => false });
    expect(boxes.close('b').map((each) => each.id)).toEqual(['1']);
    expect(await waiting).toEqual([]);
    expect(boxes.isOpen('b')).toBe(false);
  });
});
