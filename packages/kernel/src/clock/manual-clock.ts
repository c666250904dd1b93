import type { Clock } from './clock.js';

interface PendingTimer {
  readonly at: number;
  readonly order: number;
  readonly callback: () => void;
}

/** A clock that only moves when told to; for deterministic tests. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, firing due timers in time order (each at its own time). */
  advance(ms: number): void;
  /** Timers armed and not yet fired or cancelled. */
  readonly pendingTimers: number;
}

/** Creates a {@link ManualClock} starting at `start` epoch milliseconds. */
export function createManualClock(start = 1_000_000): ManualClock {
  let current = start;
  let order = 0;
  const timers = new Set<PendingTimer>();
  const due = (limit: number): PendingTimer | undefined => {
    let next: PendingTimer | undefined;
    for (const timer of timers) {
      if (timer.at > limit) continue;
      if (!next || timer.at < next.at || (timer.at === next.at && timer.order < next.order)) next = timer;
    }
    return next;
  };
  return {
    now: () => current,
    setTimer(callback, delayMs) {
      const timer = { at: current + Math.max(0, delayMs), order: (order += 1), callback };
      timers.add(timer);
      return () => {
        timers.delete(timer);
      };
    },
    advance(ms) {
      const target = current + ms;
      for (let timer = due(target); timer; timer = due(target)) {
        timers.delete(timer);
        current = timer.at;
        timer.callback();
      }
      current = target;
    },
    get pendingTimers() {
      return timers.size;
    },
  };
}
