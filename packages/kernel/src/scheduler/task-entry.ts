import type { Result } from 'neverthrow';
import { internalError } from '../errors/constructors.js';
import type { KernelError, KernelErrorCode } from '../errors/kernel-error.js';
import type { TaskOutcome, TaskPriority, TaskRecord, TaskStatus } from './types.js';

/** The work of a live task, whether given to submit or bound from an attached handler. */
export type BoundRun = (signal: AbortSignal) => PromiseLike<Result<unknown, KernelError>>;

/**
 * A live task inside the scheduler: mutable, so a state change costs no allocation. Snapshots
 * for callers come from {@link toTaskRecord}.
 */
export interface TaskEntry {
  readonly id: string;
  readonly kind: string;
  readonly description: string;
  readonly priority: TaskPriority;
  /** low 0 … critical 3. */
  readonly rank: number;
  readonly sessionId: string | null;
  readonly agentId: string | null;
  readonly provider: string | null;
  readonly estimatedTokens: number;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly seq: number;
  readonly timeoutMs: number;
  readonly createdAt: number;
  /** Dispatch order: `createdAt − rank × aging interval`, smaller first (see the README). */
  readonly key: number;
  status: TaskStatus;
  statusReason: string | null;
  errorCode: KernelErrorCode | null;
  startedAt: number | null;
  finishedAt: number | null;
  /** Removed from the queue (started, cancelled, or the scheduler closed). */
  dequeued: boolean;
  /** The queued record has been committed to the store. */
  stored: boolean;
  run: BoundRun | undefined;
  controller: AbortController | undefined;
  /** When a running task times out (epoch ms). */
  deadline: number;
  /** Detaches the listener on the submitter's AbortSignal. */
  unlisten: (() => void) | undefined;
  /** How the task ended, once it has; with `value` or `error` it makes the outcome on demand. */
  ended: TaskOutcome<unknown>['status'] | undefined;
  value: unknown;
  error: KernelError | undefined;
  resolveDone: ((outcome: TaskOutcome<unknown>) => void) | undefined;
}

/** The fields every new entry starts with, whatever created it. */
export const FRESH_ENTRY_STATE = {
  run: undefined,
  controller: undefined,
  deadline: Number.POSITIVE_INFINITY,
  unlisten: undefined,
  ended: undefined,
  value: undefined,
  error: undefined,
  resolveDone: undefined,
} as const;

/** The outcome of an ended entry (built only when someone asks for it). */
export function outcomeOf(entry: TaskEntry): TaskOutcome<unknown> | undefined {
  const status = entry.ended;
  if (status === undefined) return undefined;
  const task = toTaskRecord(entry);
  if (status === 'completed') return { status, task, value: entry.value };
  return { status, task, error: entry.error ?? internalError(`task ${entry.id} ended without an error`) };
}

/** A snapshot of `entry` for callers and handlers. */
export function toTaskRecord(entry: TaskEntry): TaskRecord {
  return {
    id: entry.id,
    kind: entry.kind,
    description: entry.description,
    priority: entry.priority,
    status: entry.status,
    statusReason: entry.statusReason,
    errorCode: entry.errorCode,
    sessionId: entry.sessionId,
    agentId: entry.agentId,
    provider: entry.provider,
    estimatedTokens: entry.estimatedTokens,
    payload: entry.payload,
    seq: entry.seq,
    timeoutMs: entry.timeoutMs,
    createdAt: entry.createdAt,
    startedAt: entry.startedAt,
    finishedAt: entry.finishedAt,
  };
}

/** True when `a` is dispatched before `b`: smaller key, then higher rank, then earlier submission. */
export function dispatchesBefore(a: TaskEntry, b: TaskEntry): boolean {
  if (a.key !== b.key) return a.key < b.key;
  if (a.rank !== b.rank) return a.rank > b.rank;
  return a.seq < b.seq;
}
