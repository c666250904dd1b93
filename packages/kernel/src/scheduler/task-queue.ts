import { dispatchesBefore, type TaskEntry } from './task-entry.js';
import { Fifo } from './fifo.js';

/** One provider's queued tasks: a FIFO per priority rank (index = rank). */
interface Group {
  readonly lanes: readonly [Fifo<TaskEntry>, Fifo<TaskEntry>, Fifo<TaskEntry>, Fifo<TaskEntry>];
  size: number;
}

const NO_PROVIDER = '\u0000';

/**
 * The ready queue. Tasks are grouped by provider and, within a group, by priority; every lane is
 * FIFO and sorted by dispatch key, so the best task of a group is the best of four lane heads.
 * A group whose best task is held back by its rate limit blocks only that provider's later tasks
 * (so a large task is not starved by small ones); other providers keep flowing.
 */
export class TaskQueue {
  readonly #groups = new Map<string, Group>();
  #size = 0;

  /** Queued tasks. */
  get size(): number {
    return this.#size;
  }

  /** Appends a newly submitted task (its key is not below any queued task of its lane). */
  push(entry: TaskEntry): void {
    this.#lane(entry).push(entry);
    this.#added(entry);
  }

  /** Inserts a task in key order (restored tasks, which are older than new ones). */
  insert(entry: TaskEntry): void {
    this.#lane(entry).insertOrdered(entry, dispatchesBefore);
    this.#added(entry);
  }

  /** Takes a queued task out (cancel); it is skipped when it reaches the head of its lane. */
  delete(entry: TaskEntry): void {
    if (entry.dequeued) return;
    entry.dequeued = true;
    this.#removed(entry);
  }

  /**
   * Dequeues the task to start next: among each provider's best task, the best one `waitMs` admits
   * now (returns 0 for). Returns instead the milliseconds until one may be admitted (`Infinity`
   * when the queue is empty).
   */
  pick(waitMs: (entry: TaskEntry) => number): TaskEntry | number {
    let best: TaskEntry | undefined;
    let soonest = Number.POSITIVE_INFINITY;
    for (const group of this.#groups.values()) {
      const head = this.#head(group);
      if (head === undefined) continue;
      const wait = waitMs(head);
      if (wait > 0) soonest = Math.min(soonest, wait);
      else if (best === undefined || dispatchesBefore(head, best)) best = head;
    }
    if (best === undefined) return soonest;
    this.#lane(best).shift();
    best.dequeued = true;
    this.#removed(best);
    return best;
  }

  /** Every queued task, in dispatch order. */
  toArray(): TaskEntry[] {
    const entries: TaskEntry[] = [];
    for (const group of this.#groups.values()) {
      for (const lane of group.lanes) for (const entry of lane.toArray()) if (!entry.dequeued) entries.push(entry);
    }
    return entries.sort((a, b) => (dispatchesBefore(a, b) ? -1 : 1));
  }

  #head(group: Group): TaskEntry | undefined {
    let best: TaskEntry | undefined;
    for (const lane of group.lanes) {
      let head = lane.peek();
      while (head?.dequeued === true) {
        lane.shift();
        head = lane.peek();
      }
      if (head !== undefined && (best === undefined || dispatchesBefore(head, best))) best = head;
    }
    return best;
  }

  #group(entry: TaskEntry): Group {
    const name = entry.provider ?? NO_PROVIDER;
    let group = this.#groups.get(name);
    if (!group) {
      group = { lanes: [new Fifo(), new Fifo(), new Fifo(), new Fifo()], size: 0 };
      this.#groups.set(name, group);
    }
    return group;
  }

  #lane(entry: TaskEntry): Fifo<TaskEntry> {
    return this.#group(entry).lanes[entry.rank as 0 | 1 | 2 | 3];
  }

  #added(entry: TaskEntry): void {
    this.#group(entry).size += 1;
    this.#size += 1;
  }

  #removed(entry: TaskEntry): void {
    const group = this.#group(entry);
    group.size -= 1;
    this.#size -= 1;
    // Provider names come from callers: drop empty groups so the map cannot grow without bound.
    if (group.size === 0) this.#groups.delete(entry.provider ?? NO_PROVIDER);
  }
}
