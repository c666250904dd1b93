import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { gate, instant, schedulerFixture, settle, type Gate } from './scheduler-fixture.js';

describe('scheduler admission', () => {
  it('never runs more than max_concurrent tasks at once and starts the next as one ends', async () => {
    const { scheduler } = schedulerFixture({ max_concurrent: 3 });
    const gates: Gate<string>[] = Array.from({ length: 10 }, () => gate());
    let active = 0;
    let peak = 0;
    const handles = gates.map((controlled) =>
      scheduler
        .submit({
          kind: 'work',
          run: async (signal) => {
            active += 1;
            peak = Math.max(peak, active);
            const result = await controlled.run(signal);
            active -= 1;
            return result;
          },
        })
        ._unsafeUnwrap(),
    );
    await settle();
    expect(gates.map((controlled) => controlled.starts)).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(scheduler.stats()).toMatchObject({ running: 3, queued: 7 });
    for (const controlled of gates) {
      controlled.finish(ok('done'));
      await settle();
      expect(scheduler.stats().running).toBeLessThanOrEqual(3);
    }
    await Promise.all(handles.map((handle) => handle.done));
    expect(peak).toBe(3);
    expect(scheduler.stats()).toMatchObject({ running: 0, queued: 0, completed: 10 });
    scheduler.close();
  });

  it('refuses a submit when the queue is full with overloaded, counted as rejected', async () => {
    const { scheduler, events } = schedulerFixture({ max_concurrent: 1, queue_limit: 2 });
    const blocker = gate();
    scheduler.submit({ kind: 'block', run: blocker.run })._unsafeUnwrap();
    await settle();
    scheduler.submit({ kind: 'a', run: instant(1) })._unsafeUnwrap();
    scheduler.submit({ kind: 'b', run: instant(2) })._unsafeUnwrap();
    const refused = scheduler.submit({ kind: 'c', run: instant(3) });
    expect(refused._unsafeUnwrapErr()).toMatchObject({ code: 'overloaded', resource: 'scheduler queue', limit: 2 });
    expect(scheduler.stats()).toMatchObject({ queued: 2, running: 1, rejected: 1 });
    expect(events.at(-1)).toMatchObject({ type: 'task-rejected', kind: 'c', code: 'overloaded' });
    blocker.finish(ok('done'));
    scheduler.close();
  });

  it('holds tasks back until the provider request bucket refills, with one timer and no spinning', async () => {
    const { scheduler, clock } = schedulerFixture({
      max_concurrent: 10,
      rate_limits: { anthropic: { requests_per_minute: 2 } },
    });
    const started: number[] = [];
    const handles = [0, 1, 2, 3].map((index) =>
      scheduler
        .submit({
          kind: 'llm',
          provider: 'anthropic',
          run: () => {
            started.push(index);
            return Promise.resolve(ok(index));
          },
        })
        ._unsafeUnwrap(),
    );
    // Another provider is not held back by anthropic's limit.
    const other = scheduler.submit({ kind: 'llm', provider: 'openai', run: instant('other') })._unsafeUnwrap();
    await settle();
    expect(started).toEqual([0, 1]);
    expect((await other.done).status).toBe('completed');
    expect(clock.pendingTimers).toBe(1); // one wake-up for the next token, no polling
    clock.advance(29_999); // one request per 30 s
    await settle();
    expect(started).toEqual([0, 1]);
    clock.advance(1);
    await settle();
    expect(started).toEqual([0, 1, 2]);
    clock.advance(30_000);
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);
    await Promise.all(handles.map((handle) => handle.done));
    expect(clock.pendingTimers).toBe(0);
    scheduler.close();
  });

  it('debits estimated tokens from the provider token bucket and keeps its FIFO order', async () => {
    const { scheduler, clock } = schedulerFixture({
      max_concurrent: 10,
      rate_limits: { anthropic: { tokens_per_minute: 1_000 } },
    });
    const started: string[] = [];
    const submit = (name: string, estimatedTokens: number) =>
      scheduler
        .submit({
          kind: 'llm',
          provider: 'anthropic',
          estimatedTokens,
          run: () => {
            started.push(name);
            return Promise.resolve(ok(name));
          },
        })
        ._unsafeUnwrap();
    submit('first', 600);
    submit('big', 800);
    submit('small', 10);
    await settle();
    // 400 tokens left: "big" waits, and "small" behind it does not jump the provider's queue.
    expect(started).toEqual(['first']);
    clock.advance(23_999); // 400 more tokens take 24 s at 1000/min
    await settle();
    expect(started).toEqual(['first']);
    clock.advance(1);
    await settle();
    expect(started).toEqual(['first', 'big']);
    clock.advance(600);
    await settle();
    expect(started).toEqual(['first', 'big', 'small']);
    scheduler.close();
  });

  it('rejects a task that can never fit the token limit with rate-limited', () => {
    const { scheduler, events } = schedulerFixture({ rate_limits: { anthropic: { tokens_per_minute: 1_000 } } });
    const refused = scheduler.submit({ kind: 'llm', provider: 'anthropic', estimatedTokens: 1_001, run: instant(1) });
    expect(refused._unsafeUnwrapErr()).toMatchObject({ code: 'rate-limited', provider: 'anthropic' });
    expect(refused._unsafeUnwrapErr()).not.toHaveProperty('retryAfterMs');
    expect(scheduler.stats().rejected).toBe(1);
    expect(events).toEqual([expect.objectContaining({ type: 'task-rejected', code: 'rate-limited' })]);
    scheduler.close();
  });

  it('validates requests with invalid-argument', () => {
    const { scheduler } = schedulerFixture();
    expect(scheduler.submit({ kind: '', run: instant(1) })._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-argument',
      field: 'kind',
    });
    expect(scheduler.submit({ kind: 'x', timeoutMs: 0, run: instant(1) })._unsafeUnwrapErr()).toMatchObject({
      field: 'timeoutMs',
    });
    expect(scheduler.submit({ kind: 'x', estimatedTokens: -1, run: instant(1) })._unsafeUnwrapErr()).toMatchObject({
      field: 'estimatedTokens',
    });
    expect(scheduler.submit({ kind: 'no-handler' })._unsafeUnwrapErr()).toMatchObject({ field: 'run' });
    expect(scheduler.stats().rejected).toBe(0);
    scheduler.close();
  });
});
