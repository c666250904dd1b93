import { err, ok, type Result } from 'neverthrow';
import { overloaded } from '../errors/constructors.js';
import type { OverloadedError } from '../errors/gateway-error.js';

/** The bounds a {@link SessionScheduler} enforces. */
export interface SchedulerLimits {
  /** Items running at once, across all sessions (≥ 1). */
  readonly maxConcurrent: number;
  /** Items waiting for a slot, across all sessions (≥ 0). */
  readonly maxQueued: number;
  /** Items waiting in one session, not counting its running one (≥ 0). */
  readonly maxQueuedPerSession: number;
}

interface SessionState<T> {
  readonly queue: T[];
  running: boolean;
  /** True while the session is listed in the ready queue. */
  ready: boolean;
}

/**
 * Runs at most one item per session and at most `maxConcurrent` overall. Sessions waiting for a
 * slot take turns in arrival order, so a busy session never starves the others. Both queues are
 * bounded: a full one refuses at once with `overloaded`.
 */
export class SessionScheduler<T> {
  readonly #limits: SchedulerLimits;
  readonly #start: (item: T, sessionId: string) => void;
  readonly #sessions = new Map<string, SessionState<T>>();
  readonly #ready: string[] = [];
  #queued = 0;
  #running = 0;

  /** `start` is called (synchronously) when an item gets its slot; call `release` when it is done. */
  constructor(limits: SchedulerLimits, start: (item: T, sessionId: string) => void) {
    this.#limits = limits;
    this.#start = start;
  }

  /** Items waiting for a slot. */
  get queued(): number {
    return this.#queued;
  }

  /** Items holding a slot. */
  get running(): number {
    return this.#running;
  }

  /** Sessions with an item waiting or running. */
  get sessions(): number {
    return this.#sessions.size;
  }

  /** Starts `item` now if its session is idle and a slot is free; queues it otherwise. */
  enqueue(sessionId: string, item: T): Result<void, OverloadedError> {
    const existing = this.#sessions.get(sessionId);
    const waiting = existing?.queue.length ?? 0;
    const startsNow = existing?.running !== true && waiting === 0 && this.#running < this.#limits.maxConcurrent;
    if (!startsNow) {
      const { maxQueued, maxQueuedPerSession } = this.#limits;
      if (waiting >= maxQueuedPerSession) return err(overloaded('session', maxQueuedPerSession, sessionId));
      if (this.#queued >= maxQueued) return err(overloaded('global', maxQueued));
    }
    const session = existing ?? { queue: [], running: false, ready: false };
    this.#sessions.set(sessionId, session);
    session.queue.push(item);
    this.#queued += 1;
    this.#markReady(sessionId, session);
    this.#fill();
    return ok(undefined);
  }

  /** Withdraws a waiting item; false when it is not waiting (already started or unknown). */
  remove(sessionId: string, item: T): boolean {
    const session = this.#sessions.get(sessionId);
    const index = session?.queue.indexOf(item) ?? -1;
    if (session === undefined || index < 0) return false;
    session.queue.splice(index, 1);
    this.#queued -= 1;
    this.#forgetIfIdle(sessionId, session);
    return true;
  }

  /** Frees the slot of the session's running item and starts whatever may run next. */
  release(sessionId: string): void {
    const session = this.#sessions.get(sessionId);
    if (session?.running !== true) throw new Error(`session ${sessionId} has no running item`);
    session.running = false;
    this.#running -= 1;
    this.#markReady(sessionId, session);
    this.#forgetIfIdle(sessionId, session);
    this.#fill();
  }

  #markReady(sessionId: string, session: SessionState<T>): void {
    if (session.ready || session.running || session.queue.length === 0) return;
    session.ready = true;
    this.#ready.push(sessionId);
  }

  #forgetIfIdle(sessionId: string, session: SessionState<T>): void {
    if (session.running || session.queue.length > 0) return;
    session.ready = false;
    this.#sessions.delete(sessionId);
  }

  #fill(): void {
    while (this.#running < this.#limits.maxConcurrent && this.#ready.length > 0) {
      const sessionId = this.#ready.shift() ?? '';
      const session = this.#sessions.get(sessionId);
      // Entries of sessions that were withdrawn (or already served) are skipped.
      if (session?.ready !== true) continue;
      session.ready = false;
      const item = session.queue.shift();
      if (item === undefined) continue;
      this.#queued -= 1;
      session.running = true;
      this.#running += 1;
      this.#start(item, sessionId);
    }
  }
}
