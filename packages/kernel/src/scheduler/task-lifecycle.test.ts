import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { invalidArgument } from '../errors/constructors.js';
import type { TaskRun } from './types.js';
import { gate, instant, schedulerFixture, settle } from './scheduler-fixture.js';

describe('scheduler task lifecycle', () => {
  it('aborts the signal of a task that runs past its timeout and frees its slot', async () => {
    const { scheduler, clock, events } = schedulerFixture({ max_concurrent: 1 });
    const stuck = gate();
    const slow = scheduler.submit({ kind: 'slow', timeoutMs: 1_000, run: stuck.run })._unsafeUnwrap();
    const next = scheduler.submit({ kind: 'next', run: instant('next') })._unsafeUnwrap();
    await settle();
    clock.advance(999);
    expect(stuck.signal?.aborted).toBe(false);
    clock.advance(1);
    expect(stuck.signal?.aborted).toBe(true);
    expect(stuck.signal?.reason).toMatchObject({ code: 'timeout', timeoutMs: 1_000 });
    const outcome = await slow.done;
    expect(outcome).toMatchObject({ status: 'timed-out', error: { code: 'timeout' }, task: { status: 'timed-out' } });
    expect((await next.done).status).toBe('completed');
    // The late result of the stopped work is discarded.
    stuck.finish(ok('too late'));
    await settle();
    expect(scheduler.stats()).toMatchObject({ timedOut: 1, completed: 1, running: 0 });
    expect(events.map((event) => event.type)).toContain('task-timed-out');
    scheduler.close();
  });

  it('uses default_task_timeout_secs when a task sets no timeout', async () => {
    const { scheduler, clock } = schedulerFixture({ default_task_timeout_secs: 2 });
    const stuck = gate();
    const handle = scheduler.submit({ kind: 'slow', run: stuck.run })._unsafeUnwrap();
    await settle();
    clock.advance(2_000);
    expect((await handle.done).status).toBe('timed-out');
    scheduler.close();
  });

  it('contains failures: an error result, a throw and a rejection fail only their task', async () => {
    const { scheduler } = schedulerFixture({ max_concurrent: 2 });
    const returnsError = scheduler
      .submit({ kind: 'error', run: () => Promise.resolve(err(invalidArgument('x', 'bad'))) })
      ._unsafeUnwrap();
    const throws = scheduler
      .submit({
        kind: 'throws',
        run: () => {
          throw new Error('boom');
        },
      })
      ._unsafeUnwrap();
    const rejects = scheduler.submit({ kind: 'rejects', run: () => Promise.reject(new Error('nope')) })._unsafeUnwrap();
    const noResult = scheduler
      .submit({ kind: 'no-result', run: (() => Promise.resolve(undefined)) as unknown as TaskRun<number> })
      ._unsafeUnwrap();
    const fine = scheduler.submit({ kind: 'fine', run: instant(42) })._unsafeUnwrap();
    expect(await returnsError.done).toMatchObject({
      status: 'failed',
      error: { code: 'invalid-argument' },
      task: { status: 'failed', errorCode: 'invalid-argument', statusReason: 'x: bad' },
    });
    expect(await throws.done).toMatchObject({
      status: 'failed',
      error: { code: 'internal', message: 'task throws threw' },
    });
    expect(await rejects.done).toMatchObject({ status: 'failed', error: { code: 'internal' } });
    expect(await noResult.done).toMatchObject({ status: 'failed', error: { code: 'internal' } });
    expect(await fine.done).toMatchObject({ status: 'completed', value: 42 });
    expect(scheduler.stats()).toMatchObject({ failed: 4, completed: 1, running: 0, queued: 0 });
    scheduler.close();
  });

  it('cancels a queued task so it never runs', async () => {
    const { scheduler, events } = schedulerFixture({ max_concurrent: 1 });
    const blocker = gate();
    scheduler.submit({ kind: 'block', run: blocker.run })._unsafeUnwrap();
    const never = gate();
    const queued = scheduler.submit({ kind: 'queued', run: never.run })._unsafeUnwrap();
    await settle();
    expect(scheduler.cancel(queued.id, 'not needed')._unsafeUnwrap()).toMatchObject({
      status: 'cancelled',
      statusReason: 'not needed',
    });
    expect(await queued.done).toMatchObject({ status: 'cancelled', error: { code: 'aborted' } });
    blocker.finish(ok('done'));
    await settle();
    expect(never.starts).toBe(0);
    expect(scheduler.stats()).toMatchObject({ cancelled: 1, completed: 1, queued: 0 });
    expect(events.filter((event) => event.type === 'task-cancelled')).toHaveLength(1);
    expect(scheduler.cancel(queued.id)._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
    expect(scheduler.cancel('unknown')._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
    scheduler.close();
  });

  it('cancels a running task by aborting its signal', async () => {
    const { scheduler } = schedulerFixture();
    const running = gate();
    const handle = scheduler.submit({ kind: 'run', run: running.run })._unsafeUnwrap();
    await settle();
    scheduler.cancel(handle.id)._unsafeUnwrap();
    expect(running.signal?.aborted).toBe(true);
    expect(running.signal?.reason).toMatchObject({ code: 'aborted' });
    expect((await handle.done).status).toBe('cancelled');
    scheduler.close();
  });

  it('cancels a task when the submitter aborts its signal, and refuses an already aborted one', async () => {
    const { scheduler } = schedulerFixture();
    const controller = new AbortController();
    const running = gate();
    const handle = scheduler.submit({ kind: 'run', signal: controller.signal, run: running.run })._unsafeUnwrap();
    await settle();
    controller.abort();
    expect(await handle.done).toMatchObject({ status: 'cancelled', task: { statusReason: 'the submitter aborted' } });
    expect(running.signal?.aborted).toBe(true);
    expect(
      scheduler.submit({ kind: 'x', signal: controller.signal, run: instant(1) })._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'aborted' });
    scheduler.close();
  });

  it('publishes queued, started and completed in order, with live records in list()', async () => {
    const { scheduler, events } = schedulerFixture();
    const running = gate();
    const handle = scheduler.submit({ kind: 'job', description: 'a job', run: running.run })._unsafeUnwrap();
    expect(scheduler.list()).toEqual([expect.objectContaining({ id: handle.id, status: 'queued' })]);
    await settle();
    expect(scheduler.get(handle.id)._unsafeUnwrap()).toMatchObject({ status: 'running', description: 'a job' });
    running.finish(ok('ok'));
    await handle.done;
    expect(events.map((event) => event.type)).toEqual(['task-queued', 'task-started', 'task-completed']);
    expect(scheduler.list()).toEqual([]);
    scheduler.close();
  });
});
