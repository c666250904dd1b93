import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { overloaded } from '../errors/constructors.js';
import { SessionScheduler, type SchedulerLimits } from './session-scheduler.js';

function scheduler(limits: Partial<SchedulerLimits> = {}) {
  const started: string[] = [];
  const instance = new SessionScheduler<string>(
    { maxConcurrent: 2, maxQueued: 10, maxQueuedPerSession: 10, ...limits },
    (item) => started.push(item),
  );
  return { instance, started };
}

describe('SessionScheduler', () => {
  it('runs one item per session at a time, in arrival order', () => {
    const { instance, started } = scheduler();
    instance.enqueue('s1', 'a1');
    instance.enqueue('s1', 'a2');
    instance.enqueue('s1', 'a3');
    expect(started).toEqual(['a1']);
    instance.release('s1');
    expect(started).toEqual(['a1', 'a2']);
    instance.release('s1');
    expect(started).toEqual(['a1', 'a2', 'a3']);
  });

  it('runs different sessions side by side up to maxConcurrent', () => {
    const { instance, started } = scheduler({ maxConcurrent: 2 });
    instance.enqueue('s1', 'a1');
    instance.enqueue('s2', 'b1');
    instance.enqueue('s3', 'c1');
    expect(started).toEqual(['a1', 'b1']);
    expect({ running: instance.running, queued: instance.queued, sessions: instance.sessions }).toEqual({
      running: 2,
      queued: 1,
      sessions: 3,
    });
    instance.release('s2');
    expect(started).toEqual(['a1', 'b1', 'c1']);
  });

  it('lets waiting sessions take turns so a busy session cannot starve the others', () => {
    const { instance, started } = scheduler({ maxConcurrent: 1 });
    instance.enqueue('s1', 'a1');
    instance.enqueue('s1', 'a2');
    instance.enqueue('s1', 'a3');
    instance.enqueue('s2', 'b1');
    instance.release('s1'); // a1 done: s1 rejoins the line behind s2
    expect(started).toEqual(['a1', 'b1']);
    instance.release('s2'); // b1 done
    instance.release('s1'); // a2 done
    expect(started).toEqual(['a1', 'b1', 'a2', 'a3']);
  });

  it('refuses at once when a session queue is full, naming the session and the limit', () => {
    const { instance } = scheduler({ maxQueuedPerSession: 1 });
    expect(instance.enqueue('s1', 'a1')).toEqual(ok(undefined)); // runs
    expect(instance.enqueue('s1', 'a2')).toEqual(ok(undefined)); // waits
    expect(instance.enqueue('s1', 'a3')).toEqual(err(overloaded('session', 1, 's1')));
    expect(instance.enqueue('s2', 'b1')).toEqual(ok(undefined));
  });

  it('refuses at once when the global queue is full', () => {
    const { instance } = scheduler({ maxConcurrent: 1, maxQueued: 1 });
    instance.enqueue('s1', 'a1');
    instance.enqueue('s2', 'b1');
    expect(instance.enqueue('s3', 'c1')).toEqual(err(overloaded('global', 1)));
    expect(instance.queued).toBe(1);
  });

  it('withdraws a waiting item so it never starts', () => {
    const { instance, started } = scheduler({ maxConcurrent: 1 });
    instance.enqueue('s1', 'a1');
    instance.enqueue('s2', 'b1');
    instance.enqueue('s3', 'c1');
    expect(instance.remove('s2', 'b1')).toBe(true);
    expect(instance.remove('s2', 'b1')).toBe(false);
    instance.release('s1');
    expect(started).toEqual(['a1', 'c1']);
    expect(instance.sessions).toBe(1);
  });

  it('forgets a session once it has nothing waiting or running', () => {
    const { instance } = scheduler();
    instance.enqueue('s1', 'a1');
    instance.release('s1');
    expect({ running: instance.running, queued: instance.queued, sessions: instance.sessions }).toEqual({
      running: 0,
      queued: 0,
      sessions: 0,
    });
  });
});
