import type { Result } from 'neverthrow';
import type { KernelError, KernelErrorCode } from '../errors/kernel-error.js';

/**
 * An agent's lifecycle: `starting` (forked) → `running` (exec) → `idle` (its run succeeded; it
 * may exec again) | `stopped` (killed) | `failed` (its run failed or timed out, or the kernel
 * restarted under it). `stopped` and `failed` are final.
 */
export type AgentStatus = 'starting' | 'running' | 'idle' | 'stopped' | 'failed';

/** An agent as stored and reported. Times are epoch milliseconds. */
export interface AgentRecord {
  readonly id: string;
  readonly name: string;
  /** Who the agent acts for, e.g. `user:ann` or `system`. */
  readonly owner: string;
  readonly status: AgentStatus;
  /** Why it stopped or failed. */
  readonly statusReason: string | null;
  /** The code of the error it failed with. */
  readonly errorCode: KernelErrorCode | null;
  readonly seedId: string | null;
  readonly sessionId: string | null;
  /** The agent that forked it, if any. */
  readonly parentId: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** What an agent is forked from: any seed with an id and a goal (the Ouroboros `Seed` fits). */
export interface AgentSeed {
  readonly id: string;
  readonly goal: string;
}

/** What {@link Supervisor.fork} accepts. */
export interface ForkRequest {
  readonly seed: AgentSeed;
  /** Default: the first line of the seed's goal, at most 120 characters. */
  readonly name?: string;
  /** Default `system`. */
  readonly owner?: string;
  readonly sessionId?: string;
  readonly parentId?: string;
}

/** An agent's work: resolve with a Result; stop promptly when `signal` aborts. */
export type AgentRun<T> = (signal: AbortSignal, agent: AgentRecord) => PromiseLike<Result<T, KernelError>>;

/** Options for {@link Supervisor.exec}. */
export interface ExecOptions {
  /** Aborting it kills the agent (status `stopped`). */
  readonly signal?: AbortSignal;
  /** Run time after which the run's signal aborts and the agent `failed` with `timeout`. */
  readonly timeoutMs?: number;
}

/** How one run of an agent ended. */
export type AgentExit<T> =
  | { readonly status: 'idle'; readonly agent: AgentRecord; readonly value: T }
  | { readonly status: 'stopped' | 'failed'; readonly agent: AgentRecord; readonly error: KernelError };

/** A started run. */
export interface AgentExecution<T> {
  /** The agent, now `running`. */
  readonly agent: AgentRecord;
  /** Settles once, when the run ends (or the agent is killed); never rejects. */
  readonly done: Promise<AgentExit<T>>;
}

/** What a new supervisor found in its store. */
export interface SupervisorRecovery {
  /** Agents that were running when the previous kernel stopped; now `failed` (interrupted). */
  readonly interrupted: readonly AgentRecord[];
}
