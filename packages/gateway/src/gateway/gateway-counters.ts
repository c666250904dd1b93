import type { GatewayErrorCode } from '../errors/gateway-error.js';

/** The counters behind {@link GatewayStats} (the gauges come from the scheduler). */
export interface GatewayCounters {
  accepted: number;
  rejected: number;
  completed: number;
  failed: number;
  timedOut: number;
  aborted: number;
  abandoned: number;
  deliveryFailed: number;
}

/** All counters at zero. */
export function createCounters(): GatewayCounters {
  return {
    accepted: 0,
    rejected: 0,
    completed: 0,
    failed: 0,
    timedOut: 0,
    aborted: 0,
    abandoned: 0,
    deliveryFailed: 0,
  };
}

/** Counts a request that ended with an error of `code`. */
export function countEnding(counters: GatewayCounters, code: GatewayErrorCode): void {
  if (code === 'timeout') counters.timedOut += 1;
  else if (code === 'aborted' || code === 'stopped') counters.aborted += 1;
  else counters.failed += 1;
}
