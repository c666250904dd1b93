import { err, ok, type Result } from 'neverthrow';
import { systemClock, type Clock } from '../clock/clock.js';
import { abortedError, unavailable } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { EventSink } from '../events/event-sink.js';
import { noopLogger, type Logger } from '../logger/logger.js';
import type { Page, PageOptions } from '../store/page.js';
import type { Store } from '../store/store.js';
import type { AgentEvent } from './agent-events.js';
import { createAgentRepository } from './agent-repository.js';
import { createAgentRuns } from './agent-runs.js';
import { newAgentRecord } from './new-agent-record.js';
import type {
  AgentExecution,
  AgentRecord,
  AgentRun,
  AgentStatus,
  ExecOptions,
  ForkRequest,
  SupervisorRecovery,
} from './types.js';

/** Options for {@link createSupervisor}. */
export interface SupervisorOptions {
  /** Where agents persist; every transition is written before it is published. */
  readonly store: Store;
  /** Receives one event per transition. */
  readonly bus?: EventSink<AgentEvent>;
  readonly logger?: Logger;
  /** Time and timers; a manual clock in tests. Default: the system clock. */
  readonly clock?: Clock;
}

/** The agent process table: fork, exec, wait, kill, list. */
export interface Supervisor {
  /** Creates a `starting` agent for a seed. */
  fork(request: ForkRequest): Result<AgentRecord, KernelError>;
  /**
   * Runs `run` as the agent (`starting` or `idle` → `running`); `invalid-state` otherwise.
   * A successful run leaves it `idle`, an error, throw or timeout `failed`.
   */
  exec<T>(id: string, run: AgentRun<T>, options?: ExecOptions): Result<AgentExecution<T>, KernelError>;
  /** Resolves with the agent once it is `idle`, `stopped` or `failed` (at once if it already is). */
  wait(id: string, options?: { signal?: AbortSignal }): Promise<Result<AgentRecord, KernelError>>;
  /**
   * Stops the agent: its run's signal aborts and it is `stopped` at once, even if the run ignores
   * the signal (whose late result is then discarded). Killing a stopped or failed agent changes
   * nothing and returns it as it is.
   */
  kill(id: string, reason?: string): Result<AgentRecord, KernelError>;
  get(id: string): Result<AgentRecord, KernelError>;
  /** Agents newest first. */
  list(options?: PageOptions & { status?: AgentStatus; sessionId?: string }): Result<Page<AgentRecord>, KernelError>;
  /** What this supervisor found in its store when it was created. */
  readonly recovery: SupervisorRecovery;
  /** Kills every running agent (`stopped`, with `reason`) and refuses further forks and execs. Idempotent. */
  close(reason?: string): Result<void, KernelError>;
}

/** The reason stored on agents that were running when the previous kernel stopped. */
export const AGENT_INTERRUPTED_BY_RESTART = 'interrupted: the kernel stopped while the agent was running';

/** Creates a supervisor, first marking agents a previous kernel left `running` as `failed`. */
export function createSupervisor(options: SupervisorOptions): Result<Supervisor, KernelError> {
  const clock = options.clock ?? systemClock;
  const logger = (options.logger ?? noopLogger).child({ component: 'supervisor' });
  const events = options.bus ?? { publish: () => undefined };
  const repository = createAgentRepository(options.store);
  const recovered = repository.failRunning(AGENT_INTERRUPTED_BY_RESTART, clock.now());
  if (recovered.isErr()) return err(recovered.error);
  for (const agent of recovered.value) {
    events.publish({
      type: 'agent-failed',
      agentId: agent.id,
      code: 'unavailable',
      message: AGENT_INTERRUPTED_BY_RESTART,
    });
  }
  if (recovered.value.length > 0) logger.warn({ agents: recovered.value.length }, 'agents interrupted by a restart');
  const runs = createAgentRuns({ repository, events, clock, logger });
  let closed = false;
  const refuseWhenClosed = (): Result<void, KernelError> =>
    closed ? err(unavailable('supervisor', 'the supervisor is closed')) : ok(undefined);

  const supervisor: Supervisor = {
    recovery: { interrupted: recovered.value },
    fork(request) {
      return refuseWhenClosed()
        .andThen(() => newAgentRecord(request, clock.now()))
        .andThen((agent) => repository.insert(agent))
        .map((agent) => {
          events.publish({
            type: 'agent-created',
            agentId: agent.id,
            name: agent.name,
            seedId: agent.seedId,
            sessionId: agent.sessionId,
            parentId: agent.parentId,
          });
          return agent;
        });
    },
    exec(id, run, execOptions = {}) {
      return refuseWhenClosed().andThen(() => runs.exec(id, run, execOptions));
    },
    async wait(id, waitOptions = {}) {
      const agent = repository.get(id);
      if (agent.isErr()) return err(agent.error);
      const signal = waitOptions.signal;
      if (runs.settled(agent.value)) return ok(agent.value);
      if (signal?.aborted === true) return err(abortedError(`wait for agent ${id}`));
      if (closed) return err(unavailable('supervisor', 'the supervisor is closed'));
      return runs.waitFor(id, signal);
    },
    kill(id, reason = 'killed') {
      return runs.kill(id, reason);
    },
    get: (id) => repository.get(id),
    list: (listOptions) => repository.list(listOptions),
    close(reason = 'the supervisor closed') {
      if (closed) return ok(undefined);
      closed = true;
      return runs.stopAll(reason);
    },
  };
  return ok(supervisor);
}
