import type { Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import { outcomeOf, type TaskEntry } from './task-entry.js';
import type { TaskWriter } from './task-writer.js';
import type { TaskHandle, TaskOutcome } from './types.js';

/** A task handle; `done` is created on first use, so fire-and-forget submits allocate no promise. */
export class Handle<T> implements TaskHandle<T> {
  readonly #entry: TaskEntry;
  readonly #writer: TaskWriter;
  #done: Promise<TaskOutcome<T>> | undefined;

  constructor(entry: TaskEntry, writer: TaskWriter) {
    this.#entry = entry;
    this.#writer = writer;
  }

  get id(): string {
    return this.#entry.id;
  }

  get done(): Promise<TaskOutcome<T>> {
    if (this.#done) return this.#done;
    const entry = this.#entry;
    const ended = outcomeOf(entry);
    // The entry carries values of the T it was submitted with; the scheduler never mixes them.
    this.#done = (
      ended
        ? Promise.resolve(ended)
        : new Promise<TaskOutcome<unknown>>((resolve) => {
            entry.resolveDone = resolve;
          })
    ) as Promise<TaskOutcome<T>>;
    return this.#done;
  }

  persisted(): Promise<Result<void, KernelError>> {
    return this.#writer.persisted(this.#entry);
  }
}
