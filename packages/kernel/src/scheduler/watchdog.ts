import type { Clock } from '../clock/clock.js';

/**
 * One timer for many deadlines: it is armed for the earliest one and re-armed only when an
 * earlier deadline arrives, so a task starting costs no timer of its own. The callback decides
 * what is due and re-arms for the next deadline.
 */
export class Watchdog {
  #cancel: (() => void) | undefined;
  #at = Number.POSITIVE_INFINITY;

  constructor(
    private readonly clock: Clock,
    private readonly callback: () => void,
  ) {}

  /** Fires at `at` (epoch ms) unless already armed for an earlier time. */
  armAt(at: number): void {
    if (this.#cancel !== undefined && this.#at <= at) return;
    this.#cancel?.();
    this.#at = at;
    this.#cancel = this.clock.setTimer(
      () => {
        this.#cancel = undefined;
        this.#at = Number.POSITIVE_INFINITY;
        this.callback();
      },
      Math.max(0, at - this.clock.now()),
    );
  }

  disarm(): void {
    this.#cancel?.();
    this.#cancel = undefined;
    this.#at = Number.POSITIVE_INFINITY;
  }
}
