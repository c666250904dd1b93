import { createTempHome, type TempHome } from '@oxios/testkit';
import { ok } from 'neverthrow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../clock/manual-clock.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { TASK_INTERRUPTED_BY_RESTART } from './restore-tasks.js';
import { gate, instant, schedulerFixture, settle } from './scheduler-fixture.js';
import { createTaskRepository } from './task-repository.js';
import type { TaskRecord } from './types.js';

describe('scheduler persistence', () => {
  let home: TempHome;
  let store: Store;
  beforeEach(async () => {
    home = await createTempHome();
    store = openStore({ home: home.path })._unsafeUnwrap();
  });
  afterEach(async () => {
    store.close();
    await home.remove();
  });

  /** Reads the tasks through a separate read-only connection: only committed rows are visible. */
  const committed = (): TaskRecord[] => {
    const reader = openStore({ home: home.path, readOnly: true })._unsafeUnwrap();
    try {
      return [...createTaskRepository(reader).list({ limit: 500 })._unsafeUnwrap().items].reverse();
    } finally {
      reader.close();
    }
  };

  it('commits a submitted task before persisted() resolves ok, batching a burst into the store', async () => {
    const { scheduler } = schedulerFixture({ max_concurrent: 1 }, store);
    const blocker = gate();
    const handles = Array.from({ length: 20 }, (_, index) =>
      scheduler.submit({ kind: 'job', payload: { index }, run: blocker.run })._unsafeUnwrap(),
    );
    expect(committed()).toEqual([]);
    expect(await handles[19]!.persisted()).toEqual(ok(undefined));
    const rows = committed();
    expect(rows).toHaveLength(20);
    expect(rows[0]).toMatchObject({ status: 'running', payload: { index: 0 }, seq: 1 });
    expect(rows.slice(1).every((row) => row.status === 'queued')).toBe(true);
    scheduler.close();
  });

  it('persists every final state with its reason and error code', async () => {
    const { scheduler, clock } = schedulerFixture({ max_concurrent: 3 }, store);
    const done = scheduler.submit({ kind: 'ok', run: instant(1) })._unsafeUnwrap();
    const stuck = gate();
    const late = scheduler.submit({ kind: 'late', timeoutMs: 10, run: stuck.run })._unsafeUnwrap();
    await settle();
    clock.advance(10);
    await Promise.all([done.done, late.done]);
    expect(scheduler.flush().isOk()).toBe(true);
    expect(scheduler.get(done.id)._unsafeUnwrap()).toMatchObject({ status: 'completed', finishedAt: clock.now() - 10 });
    expect(scheduler.get(late.id)._unsafeUnwrap()).toMatchObject({ status: 'timed-out', errorCode: 'timeout' });
    expect(scheduler.cancel(done.id)._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-state', state: 'completed' });
    scheduler.close();
  });

  it('after a crash restores queued tasks in dispatch order and marks running ones interrupted', async () => {
    const first = schedulerFixture({ max_concurrent: 1 }, store);
    const running = gate();
    first.scheduler.submit({ kind: 'work', description: 'running', run: running.run })._unsafeUnwrap();
    await settle();
    for (const [description, priority] of [
      ['normal-a', 'normal'],
      ['low', 'low'],
      ['high', 'high'],
      ['normal-b', 'normal'],
    ] as const) {
      first.scheduler.submit({ kind: 'work', description, priority, payload: { description }, run: gate().run });
    }
    await settle();
    expect(running.starts).toBe(1);
    expect(first.scheduler.flush().isOk()).toBe(true);
    // Crash: the process dies without closing the scheduler; the store is reopened by a new one.
    store.close();
    store = openStore({ home: home.path })._unsafeUnwrap();
    const second = schedulerFixture({ max_concurrent: 1 }, store, createManualClock(first.clock.now() + 5_000));
    const { recovery } = second.scheduler;
    expect(recovery.interrupted).toEqual([
      expect.objectContaining({
        description: 'running',
        status: 'interrupted',
        statusReason: TASK_INTERRUPTED_BY_RESTART,
      }),
    ]);
    expect(recovery.queued.map((task) => task.description)).toEqual(['high', 'normal-a', 'normal-b', 'low']);
    expect(second.events).toEqual([expect.objectContaining({ type: 'task-interrupted' })]);
    expect(second.scheduler.stats()).toMatchObject({ queued: 4, parked: 4, running: 0 });

    // Restored tasks keep their place against tasks submitted after the restart: a new normal
    // task goes after the restored normal ones (they are older) but before the restored low one.
    const order: string[] = [];
    const fresh = second.scheduler.submit({
      kind: 'work',
      description: 'fresh-normal',
      run: () => {
        order.push('fresh-normal');
        return Promise.resolve(ok('fresh'));
      },
    });
    expect(fresh.isOk()).toBe(true);
    const handles = second.scheduler
      .attach('work', (task) => {
        order.push(task.description);
        expect(task.payload).toEqual({ description: task.description });
        return Promise.resolve(ok(task.description));
      })
      ._unsafeUnwrap();
    expect(handles.map((handle) => handle.id)).toEqual(recovery.queued.map((task) => task.id));
    await Promise.all(handles.map((handle) => handle.done));
    expect(order).toEqual(['high', 'normal-a', 'normal-b', 'fresh-normal', 'low']);
    expect(second.scheduler.attach('work', () => Promise.resolve(ok(1)))._unsafeUnwrapErr()).toMatchObject({
      code: 'already-exists',
    });
    second.scheduler.close();
    expect(committed().map((task) => [task.description, task.status])).toEqual([
      ['running', 'interrupted'],
      ['normal-a', 'completed'],
      ['low', 'completed'],
      ['high', 'completed'],
      ['normal-b', 'completed'],
      ['fresh-normal', 'completed'],
    ]);
  });

  it('close() aborts running tasks, keeps queued ones for the next start, and persists both', async () => {
    const { scheduler } = schedulerFixture({ max_concurrent: 1 }, store);
    const running = gate();
    const runningHandle = scheduler.submit({ kind: 'work', run: running.run })._unsafeUnwrap();
    const queuedHandle = scheduler.submit({ kind: 'work', run: instant(1) })._unsafeUnwrap();
    await settle();
    expect(scheduler.close('shutting down').isOk()).toBe(true);
    expect(running.signal?.aborted).toBe(true);
    expect(await runningHandle.done).toMatchObject({
      status: 'interrupted',
      task: { statusReason: 'interrupted: shutting down' },
    });
    expect(await queuedHandle.done).toMatchObject({ status: 'suspended', task: { status: 'queued' } });
    expect(scheduler.submit({ kind: 'work', run: instant(1) })._unsafeUnwrapErr()).toMatchObject({
      code: 'unavailable',
    });
    expect(committed().map((task) => task.status)).toEqual(['interrupted', 'queued']);
    const next = schedulerFixture({}, store);
    expect(next.scheduler.recovery.queued.map((task) => task.id)).toEqual([queuedHandle.id]);
    expect(next.scheduler.recovery.interrupted).toEqual([]);
    next.scheduler.close();
  });

  it('drain() stops accepting tasks and resolves once the queue and running tasks are done', async () => {
    const { scheduler } = schedulerFixture({ max_concurrent: 1 }, store);
    const first = gate();
    scheduler.submit({ kind: 'work', run: first.run })._unsafeUnwrap();
    const second = scheduler.submit({ kind: 'work', run: instant(2) })._unsafeUnwrap();
    const draining = scheduler.drain();
    expect(scheduler.submit({ kind: 'work', run: instant(3) })._unsafeUnwrapErr()).toMatchObject({
      code: 'unavailable',
    });
    let drained = false;
    void draining.then(() => (drained = true));
    await settle();
    expect(drained).toBe(false);
    first.finish(ok('1'));
    expect(await draining).toEqual(ok(undefined));
    expect((await second.done).status).toBe('completed');
    scheduler.close();
  });

  it('drain() returns aborted when its signal aborts first', async () => {
    const { scheduler } = schedulerFixture({}, store);
    scheduler.submit({ kind: 'work', run: gate().run })._unsafeUnwrap();
    const controller = new AbortController();
    const draining = scheduler.drain({ signal: controller.signal });
    controller.abort();
    expect((await draining)._unsafeUnwrapErr()).toMatchObject({ code: 'aborted' });
    scheduler.close();
  });

  it('reports a failed flush through persisted() and retries it at the next flush', async () => {
    const { scheduler } = schedulerFixture({}, store);
    const handle = scheduler.submit({ kind: 'work', run: gate().run })._unsafeUnwrap();
    store.database.exec('DROP INDEX tasks_session; ALTER TABLE tasks RENAME TO tasks_away');
    expect((await handle.persisted())._unsafeUnwrapErr()).toMatchObject({ code: 'store' });
    store.database.exec('ALTER TABLE tasks_away RENAME TO tasks');
    expect(scheduler.flush().isOk()).toBe(true);
    expect(await handle.persisted()).toEqual(ok(undefined));
    scheduler.close();
  });
});
