import { err, ok, type Result } from 'neverthrow';
import { invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { priorityRank, TASK_PRIORITIES } from './priority.js';
import { toTaskRecord, type TaskEntry } from './task-entry.js';
import type { TaskHandler, TaskRequest } from './types.js';

/** Shared by every task submitted without a payload (entries never mutate it). */
const NO_PAYLOAD: Readonly<Record<string, unknown>> = Object.freeze({});

/** Longest timeout a timer can express (about 24.8 days). */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** Where a new task sits: its sequence number, submission time and the scheduler's settings. */
export interface EntryPlacement {
  readonly seq: number;
  readonly at: number;
  readonly defaultTimeoutMs: number;
  readonly agingIntervalMs: number;
}

const isCount = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max;

/** Validates a submit request and builds its live entry; `handler` runs it when `run` is absent. */
export function newTaskEntry<T>(
  request: TaskRequest<T>,
  handler: TaskHandler | undefined,
  placement: EntryPlacement,
): Result<TaskEntry, KernelError> {
  const priority = request.priority ?? 'normal';
  const estimatedTokens = request.estimatedTokens ?? 0;
  const timeoutMs = request.timeoutMs ?? placement.defaultTimeoutMs;
  if (typeof request.kind !== 'string' || request.kind.length === 0 || request.kind.length > 128) {
    return err(invalidArgument('kind', 'expected 1–128 characters'));
  }
  if (!TASK_PRIORITIES.includes(priority)) {
    return err(invalidArgument('priority', `expected one of ${TASK_PRIORITIES.join(', ')}`));
  }
  if (!isCount(estimatedTokens, 0, Number.MAX_SAFE_INTEGER)) {
    return err(invalidArgument('estimatedTokens', `expected an integer ≥ 0, got ${estimatedTokens}`));
  }
  if (!isCount(timeoutMs, 1, MAX_TIMEOUT_MS)) {
    return err(invalidArgument('timeoutMs', `expected an integer 1–${MAX_TIMEOUT_MS}, got ${timeoutMs}`));
  }
  if (request.run === undefined && handler === undefined) {
    return err(invalidArgument('run', `no run function given and no handler attached for kind "${request.kind}"`));
  }
  const rank = priorityRank(priority);
  const entry: TaskEntry = {
    id: crypto.randomUUID(),
    kind: request.kind,
    description: request.description ?? '',
    priority,
    rank,
    sessionId: request.sessionId ?? null,
    agentId: request.agentId ?? null,
    provider: request.provider ?? null,
    estimatedTokens,
    payload: request.payload ?? NO_PAYLOAD,
    seq: placement.seq,
    timeoutMs,
    createdAt: placement.at,
    key: placement.at - rank * placement.agingIntervalMs,
    status: 'queued',
    statusReason: null,
    errorCode: null,
    startedAt: null,
    finishedAt: null,
    dequeued: false,
    stored: false,
    run: request.run,
    controller: undefined,
    deadline: Number.POSITIVE_INFINITY,
    unlisten: undefined,
    ended: undefined,
    value: undefined,
    error: undefined,
    resolveDone: undefined,
  };
  if (entry.run === undefined && handler !== undefined) entry.run = (signal) => handler(toTaskRecord(entry), signal);
  return ok(entry);
}
