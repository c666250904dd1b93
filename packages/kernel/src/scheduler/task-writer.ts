import { ok, type Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { Logger } from '../logger/logger.js';
import type { TaskEntry } from './task-entry.js';
import type { TaskRepository } from './task-repository.js';

type Waiter = (result: Result<void, KernelError>) => void;

/**
 * Batches task state changes into one store transaction per event-loop turn: every change marks
 * its task dirty, and a `setImmediate` flush writes the latest state of each dirty task once.
 * A task submitted, started and finished within one turn costs a single row write.
 */
export interface TaskWriter {
  /** Records that `entry` changed; it is written at the next flush. */
  mark(entry: TaskEntry): void;
  /** Resolves once `entry`'s record is committed (`ok`), or with the error of the failed flush. */
  persisted(entry: TaskEntry): Promise<Result<void, KernelError>>;
  /** Writes every dirty task now, in one transaction. A failed batch stays dirty for the next flush. */
  flush(): Result<void, KernelError>;
  /** Cancels a pending scheduled flush (call {@link flush} first to keep the changes). */
  close(): void;
}

/** Creates the writer; without a repository every method is a no-op that reports success. */
export function createTaskWriter(repository: TaskRepository | undefined, logger: Logger): TaskWriter {
  if (repository === undefined) {
    const done = Promise.resolve(ok(undefined));
    return { mark: () => undefined, persisted: () => done, flush: () => ok(undefined), close: () => undefined };
  }
  let dirty = new Set<TaskEntry>();
  const waiters = new Map<TaskEntry, Waiter[]>();
  let scheduled: NodeJS.Immediate | undefined;

  const flush = (): Result<void, KernelError> => {
    if (scheduled !== undefined) clearImmediate(scheduled);
    scheduled = undefined;
    if (dirty.size === 0) return ok(undefined);
    const batch = dirty;
    dirty = new Set();
    const result = repository.save(batch);
    if (result.isErr()) {
      logger.error(
        { err: result.error, tasks: batch.size },
        'could not persist task states; retrying at the next flush',
      );
      for (const entry of batch) dirty.add(entry);
    } else {
      for (const entry of batch) entry.stored = true;
    }
    for (const entry of batch) {
      const waiting = waiters.get(entry);
      if (waiting === undefined) continue;
      waiters.delete(entry);
      for (const resolve of waiting) resolve(result);
    }
    return result;
  };
  const schedule = (): void => {
    scheduled ??= setImmediate(flush);
  };

  return {
    mark(entry) {
      dirty.add(entry);
      schedule();
    },
    persisted(entry) {
      if (entry.stored) return Promise.resolve(ok(undefined));
      return new Promise((resolve) => {
        const waiting = waiters.get(entry);
        if (waiting) waiting.push(resolve);
        else waiters.set(entry, [resolve]);
        dirty.add(entry);
        schedule();
      });
    },
    flush,
    close() {
      if (scheduled !== undefined) clearImmediate(scheduled);
      scheduled = undefined;
    },
  };
}
