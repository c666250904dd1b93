import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { gate, schedulerFixture, settle } from './scheduler-fixture.js';
import type { TaskPriority } from './types.js';

describe('scheduler dispatch order', () => {
  it('runs critical > high > normal > low and FIFO within a priority', async () => {
    const { scheduler } = schedulerFixture({ max_concurrent: 1 });
    const blocker = gate();
    scheduler.submit({ kind: 'block', run: blocker.run })._unsafeUnwrap();
    await settle();
    const started: string[] = [];
    const submissions: [string, TaskPriority][] = [
      ['low-1', 'low'],
      ['normal-1', 'normal'],
      ['high-1', 'high'],
      ['low-2', 'low'],
      ['critical-1', 'critical'],
      ['normal-2', 'normal'],
      ['high-2', 'high'],
      ['normal-3', 'normal'],
      ['critical-2', 'critical'],
    ];
    const handles = submissions.map(([name, priority]) =>
      scheduler
        .submit({
          kind: 'order',
          priority,
          run: () => {
            started.push(name);
            return Promise.resolve(ok(name));
          },
        })
        ._unsafeUnwrap(),
    );
    blocker.finish(ok('done'));
    await Promise.all(handles.map((handle) => handle.done));
    expect(started).toEqual([
      'critical-1',
      'critical-2',
      'high-1',
      'high-2',
      'normal-1',
      'normal-2',
      'normal-3',
      'low-1',
      'low-2',
    ]);
    scheduler.close();
  });

  it('keeps FIFO among many equal-priority tasks (not LIFO)', async () => {
    const { scheduler } = schedulerFixture({ max_concurrent: 2 });
    const started: number[] = [];
    const handles = Array.from({ length: 50 }, (_, index) =>
      scheduler
        .submit({
          kind: 'fifo',
          run: () => {
            started.push(index);
            return Promise.resolve(ok(index));
          },
        })
        ._unsafeUnwrap(),
    );
    await Promise.all(handles.map((handle) => handle.done));
    expect(started).toEqual(Array.from({ length: 50 }, (_, index) => index));
    scheduler.close();
  });

  it('ages a low task past a continuous stream of high tasks within a bounded wait', async () => {
    const aging = 1_000;
    const step = 100;
    const { scheduler, clock } = schedulerFixture({ max_concurrent: 1, aging_interval_ms: aging });
    const gates = [gate()];
    scheduler.submit({ kind: 'high', priority: 'high', run: gates[0]!.run })._unsafeUnwrap();
    await settle();
    const submittedAt = clock.now();
    let lowStartedAt: number | undefined;
    let waitingWhenLowStarted = 0;
    const low = scheduler
      .submit({
        kind: 'low',
        priority: 'low',
        run: () => {
          lowStartedAt = clock.now();
          waitingWhenLowStarted = scheduler.list().filter((task) => task.status === 'queued').length;
          return Promise.resolve(ok('low'));
        },
      })
      ._unsafeUnwrap();
    // Every step a new high task arrives and the running one finishes: without aging, there is
    // always a high task ahead of the low one.
    for (let round = 0; round < 100 && lowStartedAt === undefined; round += 1) {
      const next = gate();
      gates.push(next);
      scheduler.submit({ kind: 'high', priority: 'high', run: next.run })._unsafeUnwrap();
      clock.advance(step);
      for (const running of gates) running.finish(ok('high'));
      await settle();
    }
    expect((await low.done).status).toBe('completed');
    // It overtakes high tasks submitted more than two aging intervals after it (low → high is two levels).
    expect(lowStartedAt! - submittedAt).toBeLessThanOrEqual(2 * aging + 2 * step);
    // …while a high task was waiting: it really overtook the stream.
    expect(waitingWhenLowStarted).toBeGreaterThan(0);
    scheduler.close();
  });
});
