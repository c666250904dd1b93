import { err, ok, type Result } from 'neverthrow';
import type { Clock } from '../clock/clock.js';
import { abortedError, internalError, invalidArgument, timeoutError, unavailable } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { EventSink } from '../events/event-sink.js';
import type { Logger } from '../logger/logger.js';
import type { AgentEvent } from './agent-events.js';
import type { AgentRepository } from './agent-repository.js';
import { checkTransition, isAgentSettled } from './agent-transitions.js';
import type { AgentExecution, AgentExit, AgentRecord, AgentRun, AgentStatus, ExecOptions } from './types.js';

/** A run in progress in this process. */
interface ActiveRun {
  readonly controller: AbortController;
  readonly finish: (exit: AgentExit<unknown>) => void;
  /** The agent as it was when the run started. */
  readonly agent: AgentRecord;
  cancelTimer: (() => void) | undefined;
  unlisten: (() => void) | undefined;
}

type Waiter = (result: Result<AgentRecord, KernelError>) => void;

/** How a run ends: the status it leaves, and the value or error it ended with. */
interface Ending {
  readonly to: 'idle' | 'stopped' | 'failed';
  readonly value?: unknown;
  readonly error?: KernelError;
  /** Stored as the status reason; default the error's message. */
  readonly reason?: string;
}

const isResult = (value: unknown): value is Result<unknown, KernelError> =>
  typeof (value as { isOk?: unknown } | null)?.isOk === 'function';

/** The running half of the supervisor: active runs, transitions, waiters. */
export interface AgentRuns {
  exec<T>(id: string, run: AgentRun<T>, options: ExecOptions): Result<AgentExecution<T>, KernelError>;
  kill(id: string, reason: string): Result<AgentRecord, KernelError>;
  settled(agent: AgentRecord): boolean;
  /** Resolves at the agent's next `idle`/`stopped`/`failed` transition. */
  waitFor(id: string, signal: AbortSignal | undefined): Promise<Result<AgentRecord, KernelError>>;
  /** Kills every active run and releases every waiter. */
  stopAll(reason: string): Result<void, KernelError>;
}

/** Creates the run table over the repository. */
export function createAgentRuns(context: {
  repository: AgentRepository;
  events: EventSink<AgentEvent>;
  clock: Clock;
  logger: Logger;
}): AgentRuns {
  const { repository, events, clock, logger } = context;
  const active = new Map<string, ActiveRun>();
  const waiters = new Map<string, Set<Waiter>>();

  const publish = (agent: AgentRecord): void => {
    const agentId = agent.id;
    switch (agent.status) {
      case 'running':
        events.publish({ type: 'agent-started', agentId });
        return;
      case 'idle':
        events.publish({ type: 'agent-idle', agentId });
        return;
      case 'stopped':
        events.publish({ type: 'agent-stopped', agentId, reason: agent.statusReason ?? '' });
        return;
      case 'failed':
        events.publish({
          type: 'agent-failed',
          agentId,
          code: agent.errorCode ?? 'internal',
          message: agent.statusReason ?? '',
        });
        return;
      case 'starting':
        return;
    }
  };
  const notify = (id: string, result: Result<AgentRecord, KernelError>): void => {
    const waiting = waiters.get(id);
    if (waiting === undefined) return;
    waiters.delete(id);
    for (const resolve of waiting) resolve(result);
  };
  /** Persists, then publishes, then wakes waiters: subscribers and waiters see what the store holds. */
  const transition = (
    id: string,
    to: AgentStatus,
    error?: KernelError,
    reason?: string,
  ): Result<AgentRecord, KernelError> =>
    repository
      .get(id)
      .andThen((agent) => checkTransition(agent, to))
      .andThen((agent) =>
        repository.update(id, {
          status: to,
          statusReason: reason ?? error?.message ?? null,
          errorCode: error?.code ?? null,
          updatedAt: Math.max(clock.now(), agent.updatedAt),
        }),
      )
      .map((agent) => {
        publish(agent);
        if (isAgentSettled(agent.status)) notify(id, ok(agent));
        return agent;
      });

  const end = (id: string, run: ActiveRun, ending: Ending): Result<AgentRecord, KernelError> => {
    active.delete(id);
    run.cancelTimer?.();
    run.unlisten?.();
    const result = transition(id, ending.to, ending.to === 'stopped' ? undefined : ending.error, ending.reason);
    if (result.isErr()) {
      logger.error({ err: result.error, agentId: id, to: ending.to }, 'could not record the end of an agent run');
      notify(id, err(result.error));
      run.finish({ status: 'failed', agent: run.agent, error: result.error });
    } else if (ending.to === 'idle') {
      run.finish({ status: 'idle', agent: result.value, value: ending.value });
    } else {
      run.finish({ status: ending.to, agent: result.value, error: ending.error ?? internalError('run ended') });
    }
    // Abort last: the work's abort listeners see the agent already stopped or failed.
    if (ending.to !== 'idle') run.controller.abort(ending.error);
    return result;
  };

  const complete = (id: string, run: ActiveRun, result: unknown): void => {
    // A killed or timed-out run already ended: its late result is discarded.
    if (active.get(id) !== run) return;
    if (!isResult(result))
      end(id, run, { to: 'failed', error: internalError(`agent ${id} run resolved without a Result`) });
    else if (result.isOk()) end(id, run, { to: 'idle', value: result.value });
    else end(id, run, { to: 'failed', error: result.error });
  };

  const kill = (id: string, reason: string): Result<AgentRecord, KernelError> => {
    const run = active.get(id);
    if (run) return end(id, run, { to: 'stopped', error: abortedError(`agent ${id}`), reason });
    return repository
      .get(id)
      .andThen((agent) =>
        agent.status === 'stopped' || agent.status === 'failed'
          ? ok(agent)
          : transition(id, 'stopped', undefined, reason),
      );
  };

  return {
    exec<T>(id: string, run: AgentRun<T>, options: ExecOptions) {
      const { signal, timeoutMs } = options;
      if (timeoutMs !== undefined && (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 2_147_483_647)) {
        return err(invalidArgument('timeoutMs', `expected an integer 1–2147483647, got ${timeoutMs}`));
      }
      if (signal?.aborted === true) return err(abortedError(`exec agent ${id}`));
      const started = transition(id, 'running');
      if (started.isErr()) return err(started.error);
      const agent = started.value;
      let finish: (exit: AgentExit<unknown>) => void = () => undefined;
      const done = new Promise<AgentExit<unknown>>((resolve) => {
        finish = resolve;
      });
      const current: ActiveRun = {
        controller: new AbortController(),
        finish,
        agent,
        cancelTimer: undefined,
        unlisten: undefined,
      };
      active.set(id, current);
      if (timeoutMs !== undefined) {
        current.cancelTimer = clock.setTimer(() => {
          if (active.get(id) === current)
            end(id, current, { to: 'failed', error: timeoutError(`agent ${id}`, timeoutMs) });
        }, timeoutMs);
      }
      if (signal) {
        const onAbort = (): void => {
          kill(id, 'the caller aborted');
        };
        signal.addEventListener('abort', onAbort, { once: true });
        current.unlisten = () => {
          signal.removeEventListener('abort', onAbort);
        };
      }
      try {
        run(current.controller.signal, agent).then(
          (result) => {
            complete(id, current, result);
          },
          (error: unknown) => {
            complete(id, current, err(internalError(`agent ${id} run threw`, error)));
          },
        );
      } catch (error) {
        complete(id, current, err(internalError(`agent ${id} run threw`, error)));
      }
      // The run resolves with values of its own T; the table stores them untyped.
      return ok({ agent, done: done as Promise<AgentExit<T>> });
    },
    kill,
    settled: (agent) => isAgentSettled(agent.status),
    waitFor(id, signal) {
      return new Promise((resolve) => {
        const onAbort = (): void => {
          waiters.get(id)?.delete(waiter);
          resolve(err(abortedError(`wait for agent ${id}`)));
        };
        const waiter: Waiter = (result) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(result);
        };
        const waiting = waiters.get(id) ?? new Set<Waiter>();
        waiting.add(waiter);
        waiters.set(id, waiting);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    stopAll(reason) {
      let failure: KernelError | undefined;
      for (const id of [...active.keys()]) {
        const stopped = kill(id, reason);
        if (stopped.isErr()) failure ??= stopped.error;
      }
      for (const id of [...waiters.keys()]) notify(id, err(unavailable('supervisor', 'the supervisor is closed')));
      return failure ? err(failure) : ok(undefined);
    },
  };
}
