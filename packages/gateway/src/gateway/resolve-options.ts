import { randomUUID } from 'node:crypto';
import { noopLogger, type Logger } from '../logger/logger.js';
import type { GatewayOptions } from './types.js';

/** The largest delay `setTimeout` honours (about 24.8 days); longer ones would fire at once. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** {@link GatewayOptions} with every default filled in and every bound checked. */
export interface ResolvedOptions {
  readonly maxConcurrent: number;
  readonly maxQueued: number;
  readonly maxQueuedPerSession: number;
  readonly defaultTimeoutMs: number;
  readonly sendTimeoutMs: number;
  readonly abortGraceMs: number;
  readonly logger: Logger;
  readonly createId: () => string;
  readonly now: () => number;
}

/** Throws a RangeError unless `value` is an integer in [min, MAX_TIMEOUT_MS]: a bad limit is a bug in the caller. */
export function checkedInteger(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min || value > MAX_TIMEOUT_MS) {
    throw new RangeError(`${name} must be an integer from ${min} to ${MAX_TIMEOUT_MS}, got ${value}`);
  }
  return value;
}

/** Fills in defaults and validates limits. */
export function resolveOptions(options: GatewayOptions): ResolvedOptions {
  return {
    maxConcurrent: checkedInteger('maxConcurrent', options.maxConcurrent ?? 8, 1),
    maxQueued: checkedInteger('maxQueued', options.maxQueued ?? 256, 0),
    maxQueuedPerSession: checkedInteger('maxQueuedPerSession', options.maxQueuedPerSession ?? 16, 0),
    defaultTimeoutMs: checkedInteger('defaultTimeoutMs', options.defaultTimeoutMs ?? 120_000, 1),
    sendTimeoutMs: checkedInteger('sendTimeoutMs', options.sendTimeoutMs ?? 10_000, 1),
    abortGraceMs: checkedInteger('abortGraceMs', options.abortGraceMs ?? 5_000, 0),
    logger: (options.logger ?? noopLogger).child({ component: 'gateway' }),
    createId: options.createId ?? randomUUID,
    now: options.now ?? Date.now,
  };
}
