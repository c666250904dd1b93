import {
  checkSeedGate,
  createOuroborosEngine,
  evaluateConvergence,
  lineageSnapshots,
  nextInterviewStep,
  type GateRecord,
  type OuroborosEngine,
  type ProtocolEvent,
  type SessionState,
} from '@oxios/ouroboros';
import { err, errAsync, ok, okAsync, ResultAsync, type Result } from 'neverthrow';
import { abortedError, invalidState, notFound } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { createEvaluationRepository } from './evaluation-repository.js';
import { mapOuroborosError } from './map-ouroboros-error.js';
import { describeArtifact, observeCriteria, type Observations } from './mechanical-observations.js';
import type { Orchestrator, OrchestratorDeps, OrchestratorReply, OrchestratorRequest } from './orchestrator-types.js';
import { createOuroborosPort } from './ouroboros-port.js';
import { criterionOutcomes, resultReply } from './build-reply.js';
import { runExecution } from './run-execution.js';
import { createSeedRepository } from './seed-repository.js';
import { createSessionLanes } from './session-lanes.js';
import { createSessionRecorder, type SessionOwner } from './session-recorder.js';
import { ensureSessionWorkspace, type SessionWorkspace } from './session-workspace.js';

const INTERRUPTED_BY_RESTART =
  'Oxios stopped while this session was running; send any message (or `oxios session resume`) to continue.';

/** What one message has to work with while it drives the loop. */
interface Turn {
  readonly owner: SessionOwner;
  readonly engine: OuroborosEngine;
  readonly signal: AbortSignal | undefined;
  readonly force: { readonly reason: string } | undefined;
  /** Facts of the latest execution, kept for its evaluation within the same turn. */
  execution: { text: string; workspace: SessionWorkspace } | undefined;
  observations: Observations;
}

/** Creates the orchestrator: per-session state machines over the protocol log, no global lock. */
export function createOrchestrator(deps: OrchestratorDeps): Orchestrator {
  const lanes = createSessionLanes();
  const recorder = createSessionRecorder(deps);
  const seeds = createSeedRepository(deps.store);
  const evaluations = createEvaluationRepository(deps.store);
  const logger = deps.logger.child({ component: 'orchestrator' });
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const engineFor =
    deps.engineFor ??
    ((sessionId: string) => createOuroborosEngine({ port: createOuroborosPort(deps.llm, { sessionId }), logger }));
  const execTimeoutMs = deps.config.container.exec_timeout_secs * 1000;

  const say = (owner: SessionOwner, text: string) =>
    deps.sessions.appendMessage(owner.sessionId, { role: 'assistant', content: text });

  const reply = (turn: Turn, answer: OrchestratorReply): Result<OrchestratorReply, KernelError> =>
    say(turn.owner, answer.text).map((message) => {
      deps.bus.publish({
        type: 'session-message-added',
        sessionId: turn.owner.sessionId,
        userId: turn.owner.userId,
        seq: message.seq,
        role: 'assistant',
        content: answer.text,
      });
      return answer;
    });

  const record = (
    turn: Turn,
    state: SessionState | null,
    event: ProtocolEvent,
    alongside?: () => Result<unknown, KernelError>,
  ) => recorder.record(turn.owner, state, event, alongside);

  const base = (turn: Turn) => ({ sessionId: turn.owner.sessionId, at: now() });

  /** Interview → gate → seed. Returns the state at `execute`, or a reply when the person must answer. */
  async function interview(
    turn: Turn,
    initial: SessionState,
  ): Promise<Result<SessionState | OrchestratorReply, KernelError>> {
    let state = initial;
    for (;;) {
      if (turn.signal?.aborted) return err(abortedError('interview'));
      let gate: GateRecord | undefined;
      if (turn.force !== undefined) {
        const forced = checkSeedGate({ ambiguity: state.ambiguity, force: turn.force });
        if (forced.isErr()) return err(mapOuroborosError(forced.error));
        gate = forced.value;
      } else if (state.rounds.length === 0 && state.ambiguity === null) {
        // The request may already be clear: assess it before asking anything. The gate records the score.
        const assessed = await turn.engine.scoreClarity({
          transcript: state,
          brownfield: state.brownfield,
          ...(turn.signal ? { signal: turn.signal } : {}),
        });
        if (assessed.isErr()) return err(mapOuroborosError(assessed.error));
        const opened = assessed.value.qualifies ? checkSeedGate({ ambiguity: assessed.value }) : undefined;
        if (opened?.isOk()) gate = opened.value;
        else {
          const asked = await ask(turn, state, assessed.value.overall);
          return asked;
        }
      } else {
        const step = nextInterviewStep(state);
        if (step === 'await-answer') {
          const last = state.rounds.at(-1);
          return reply(turn, {
            kind: 'question',
            sessionId: state.sessionId,
            round: last?.round ?? 0,
            question: last?.question ?? '',
            ambiguity: state.ambiguity?.overall ?? null,
            text: last?.question ?? '',
          });
        }
        if (step === 'ask') return ask(turn, state, state.ambiguity?.overall ?? null);
        if (step === 'score') {
          const round = state.rounds.length;
          const scored = await turn.engine.scoreClarity({
            transcript: state,
            brownfield: state.brownfield,
            ...(turn.signal ? { signal: turn.signal } : {}),
          });
          const event: ProtocolEvent = scored.isOk()
            ? { ...base(turn), type: 'ambiguity-scored', round, score: scored.value }
            : {
                ...base(turn),
                type: 'ambiguity-scoring-failed',
                round,
                error: { code: scored.error.code, message: scored.error.message },
              };
          if (scored.isErr() && scored.error.code === 'aborted') return err(mapOuroborosError(scored.error));
          const next = record(turn, state, event);
          if (next.isErr()) return err(next.error);
          state = next.value;
          continue;
        }
        const opened = checkSeedGate({ ambiguity: state.ambiguity });
        if (opened.isErr()) return ask(turn, state, state.ambiguity?.overall ?? null);
        gate = opened.value;
      }
      const completed = record(turn, state, { ...base(turn), type: 'interview-completed', gate });
      if (completed.isErr()) return err(completed.error);
      return extract(turn, completed.value);
    }
  }

  async function ask(
    turn: Turn,
    state: SessionState,
    ambiguity: number | null,
  ): Promise<Result<OrchestratorReply, KernelError>> {
    const question = await turn.engine.generateQuestion({
      transcript: state,
      brownfield: state.brownfield,
      ambiguity: state.ambiguity,
      ...(turn.signal ? { signal: turn.signal } : {}),
    });
    if (question.isErr()) return err(mapOuroborosError(question.error));
    const round = state.rounds.length + 1;
    const asked = record(turn, state, {
      ...base(turn),
      type: 'interview-question-asked',
      round,
      question: question.value,
    });
    if (asked.isErr()) return err(asked.error);
    const clarity = ambiguity === null ? '' : ` (ambiguity ${ambiguity.toFixed(2)}; Oxios starts work at ≤ 0.20)`;
    return reply(turn, {
      kind: 'question',
      sessionId: state.sessionId,
      round,
      question: question.value,
      ambiguity,
      text: `${question.value}${clarity}`,
    });
  }

  async function extract(turn: Turn, state: SessionState): Promise<Result<SessionState, KernelError>> {
    if (state.gate === null)
      return err(invalidState('session', state.phase, 'the interview has not opened the seed gate'));
    const seed = await turn.engine.extractSeed({
      transcript: state,
      brownfield: state.brownfield,
      gate: state.gate,
      ...(turn.signal ? { signal: turn.signal } : {}),
    });
    if (seed.isErr()) return err(mapOuroborosError(seed.error));
    const gate = state.gate;
    return record(turn, state, { ...base(turn), type: 'seed-created', seed: seed.value }, () =>
      seeds
        .save(seed.value, { sessionId: state.sessionId, forced: gate.forced })
        .andThen(() => deps.sessions.update(state.sessionId, { activeSeedId: seed.value.id })),
    );
  }

  async function execute(turn: Turn, state: SessionState): Promise<Result<SessionState, KernelError>> {
    const current = state.lineage.generations.at(-1);
    if (!current) return err(invalidState('session', state.phase, 'there is no seed to execute'));
    const workspace = await ensureSessionWorkspace(deps.config.home, deps.containers, state.sessionId, turn.signal);
    if (workspace.isErr()) return err(workspace.error);
    const started = record(turn, state, { ...base(turn), type: 'execution-started', seedId: current.seed.id });
    if (started.isErr()) return err(started.error);
    const outcome = await runExecution(deps, turn.owner, current.seed, workspace.value, turn.signal);
    if (outcome.isErr()) return err(outcome.error);
    if (turn.signal?.aborted || outcome.value.error?.code === 'aborted') return err(abortedError('execute'));
    turn.execution = { text: outcome.value.text, workspace: workspace.value };
    return record(turn, started.value, {
      ...base(turn),
      type: 'execution-completed',
      seedId: current.seed.id,
      status: outcome.value.status,
      durationMs: outcome.value.durationMs,
    });
  }

  async function evaluate(turn: Turn, state: SessionState): Promise<Result<SessionState, KernelError>> {
    const current = state.lineage.generations.at(-1);
    if (!current) return err(invalidState('session', state.phase, 'there is no seed to evaluate'));
    const workspace =
      turn.execution?.workspace ??
      (await ensureSessionWorkspace(deps.config.home, deps.containers, state.sessionId, turn.signal)).unwrapOr(
        undefined,
      );
    if (workspace === undefined) return err(invalidState('session', state.phase, 'the session workspace is gone'));
    const agentText = turn.execution?.text ?? '(the agent’s final message was not kept across a restart)';
    const started = Date.now();
    const observed = await observeCriteria(
      { access: deps.access, containers: deps.containers, execTimeoutMs },
      current.seed,
      workspace,
      state.sessionId,
      turn.signal,
    );
    if (observed.isErr()) return err(observed.error);
    turn.observations = observed.value;
    const summary = await turn.engine.evaluateSeed({
      seed: current.seed,
      artifact: describeArtifact(current.seed, workspace, deps.access, agentText, state.sessionId),
      observations: turn.observations,
      ...(turn.signal ? { signal: turn.signal } : {}),
    });
    if (summary.isErr()) return err(mapOuroborosError(summary.error));
    return record(
      turn,
      state,
      { ...base(turn), type: 'evaluation-completed', seedId: current.seed.id, summary: summary.value },
      () =>
        evaluations.save(summary.value, { sessionId: state.sessionId }).andThen(() =>
          seeds.recordRun(current.seed.id, {
            at: now(),
            passed: summary.value.approved,
            score: summary.value.score,
            durationMs: Date.now() - started,
          }),
        ),
    );
  }

  async function evolveOrFinish(
    turn: Turn,
    state: SessionState,
  ): Promise<Result<SessionState | OrchestratorReply, KernelError>> {
    const signal = evaluateConvergence(lineageSnapshots(state.lineage));
    const current = state.lineage.generations.at(-1);
    if (!current?.evaluation) return err(invalidState('session', state.phase, 'no evaluation to decide on'));
    const workspace = turn.execution?.workspace.workspaceRoot ?? state.sessionId;
    const finish = (
      type: 'lineage-converged' | 'lineage-exhausted' | 'lineage-stagnated',
      outcome: 'passed' | 'exhausted' | 'stagnated',
    ) => {
      const finished = record(turn, state, { ...base(turn), type, signal });
      if (finished.isErr()) return err(finished.error);
      const answer = resultReply(
        finished.value,
        outcome,
        criterionOutcomes(
          current.seed,
          current.evaluation ?? {
            seedId: '',
            generation: 0,
            criteria: [],
            approved: false,
            score: null,
            unresolved: [],
          },
          turn.observations,
        ),
        workspace,
      );
      return answer ? reply(turn, answer) : err(invalidState('session', 'done', 'no evaluation to report'));
    };
    if (signal.action === 'converged') return finish('lineage-converged', 'passed');
    if (signal.action === 'exhausted') return finish('lineage-exhausted', 'exhausted');
    if (signal.action === 'stagnated') return finish('lineage-stagnated', 'stagnated');
    const evolution = await turn.engine.evolve({
      seed: current.seed,
      evaluation: current.evaluation,
      ...(turn.signal ? { signal: turn.signal } : {}),
    });
    if (evolution.isErr()) return err(mapOuroborosError(evolution.error));
    const { seed, overridden, wonder } = evolution.value;
    const wonderQuestions = wonder.questions.map((question) => question.text);
    return record(
      turn,
      state,
      { ...base(turn), type: 'generation-evolved', parentId: current.seed.id, seed, wonderQuestions, overridden },
      () =>
        seeds
          .save(seed, { sessionId: state.sessionId, forced: state.gate?.forced === true })
          .andThen(() => deps.sessions.update(state.sessionId, { activeSeedId: seed.id })),
    );
  }

  /** Runs the loop from `state` until the person is needed or the lineage ends. */
  async function advance(turn: Turn, initial: SessionState): Promise<Result<OrchestratorReply, KernelError>> {
    let state = initial;
    for (;;) {
      if (turn.signal?.aborted) return err(abortedError('orchestrate'));
      if (state.status === 'converged' || state.status === 'exhausted') {
        return reply(turn, {
          kind: 'status',
          sessionId: state.sessionId,
          phase: state.phase,
          status: state.status,
          text: `This session is finished (${state.status}). Start a new session for a new request.`,
        });
      }
      let next: Result<SessionState | OrchestratorReply, KernelError>;
      switch (state.phase) {
        case 'interview':
          next = await interview(turn, state);
          break;
        case 'seed':
          next = await extract(turn, state);
          break;
        case 'execute':
          next = await execute(turn, state);
          break;
        case 'evaluate':
          next = await evaluate(turn, state);
          break;
        case 'evolve':
          next = await evolveOrFinish(turn, state);
          break;
      }
      if (next.isErr()) return err(next.error);
      if ('kind' in next.value) return ok(next.value);
      state = next.value;
    }
  }

  /** Interrupts the session (resumable) after an abort, so its state says why it stopped. */
  function interrupt(turn: Turn, reason: string): void {
    const state = recorder.load(turn.owner.sessionId);
    if (state.isErr() || state.value === null || state.value.status !== 'active') return;
    const stopped = record(turn, state.value, { ...base(turn), type: 'session-interrupted', reason });
    if (stopped.isErr())
      logger.error({ err: stopped.error, sessionId: turn.owner.sessionId }, 'could not record the interruption');
  }

  async function handleOne(
    request: OrchestratorRequest,
    resumeOnly: boolean,
  ): Promise<Result<OrchestratorReply, KernelError>> {
    const session = deps.sessions.get(request.sessionId);
    if (session.isErr()) return err(session.error);
    if (session.value.userId !== request.userId) return err(notFound('session', request.sessionId));
    const turn: Turn = {
      owner: { sessionId: request.sessionId, userId: request.userId },
      engine: engineFor(request.sessionId),
      signal: request.signal,
      force: request.force,
      execution: undefined,
      observations: {},
    };
    const loaded = recorder.load(request.sessionId);
    if (loaded.isErr()) return err(loaded.error);
    let state = loaded.value;
    if (!resumeOnly) {
      const said = deps.sessions.appendMessage(request.sessionId, { role: 'user', content: request.text });
      if (said.isErr()) return err(said.error);
    }
    if (state === null) {
      if (resumeOnly) return err(invalidState('session', 'new', 'there is nothing to resume: send the request first'));
      const started = record(turn, null, {
        ...base(turn),
        type: 'session-started',
        idea: request.text,
        brownfield: false,
      });
      if (started.isErr()) return err(started.error);
      state = started.value;
    } else if (state.status === 'interrupted' || state.status === 'stagnated') {
      const resumed = record(turn, state, { ...base(turn), type: 'session-resumed' });
      if (resumed.isErr()) return err(resumed.error);
      state = resumed.value;
    } else if (resumeOnly) {
      return err(invalidState('session', state.status, 'the session is not interrupted'));
    } else if (state.phase === 'interview' && state.rounds.at(-1)?.answer === null) {
      const round = state.rounds.length;
      const answered = record(turn, state, {
        ...base(turn),
        type: 'interview-answer-recorded',
        round,
        answer: request.text,
      });
      if (answered.isErr()) return err(answered.error);
      state = answered.value;
    }
    const result = await advance(turn, state);
    if (result.isErr()) {
      // Whoever is not waiting for this reply (202, a dropped connection) still reads what happened.
      const cancelled = result.error.code === 'aborted' || request.signal?.aborted === true;
      const why = abortReason(request.signal) ?? result.error.message;
      if (cancelled) interrupt(turn, `the run was stopped (${why}); send any message to continue`);
      const text = cancelled
        ? `Stopped (${why}). Send any message to continue where it stopped.`
        : `Oxios could not continue (${result.error.code}): ${result.error.message}`;
      deps.bus.publish({
        type: 'session-run-failed',
        sessionId: request.sessionId,
        userId: request.userId,
        code: result.error.code,
        message: result.error.message,
        interrupted: cancelled,
      });
      const noted = say(turn.owner, text);
      if (noted.isErr())
        logger.error({ err: noted.error, sessionId: request.sessionId }, 'could not record the failure');
      else
        deps.bus.publish({
          type: 'session-message-added',
          sessionId: request.sessionId,
          userId: request.userId,
          seq: noted.value.seq,
          role: 'assistant',
          content: text,
        });
    }
    return result;
  }

  const asResult = (promise: Promise<Result<OrchestratorReply, KernelError>>) =>
    ResultAsync.fromSafePromise(promise).andThen((result) =>
      result.isOk() ? okAsync(result.value) : errAsync(result.error),
    );

  return {
    handle: (request) => asResult(lanes.run(request.sessionId, () => handleOne(request, false))),
    resume: (request) => asResult(lanes.run(request.sessionId, () => handleOne({ ...request, text: '' }, true))),
    state: (sessionId) => {
      const loaded = recorder.load(sessionId);
      return loaded.isOk() ? okAsync(loaded.value) : errAsync(loaded.error);
    },
    recover() {
      const interrupted: string[] = [];
      const ids = createSessionIds(deps);
      if (ids.isErr()) return errAsync(ids.error);
      for (const { sessionId, userId } of ids.value) {
        const state = recorder.load(sessionId);
        if (state.isErr() || state.value === null) continue;
        const { phase, status } = state.value;
        if (status !== 'active' || phase === 'interview') continue;
        const stopped = recorder.record({ sessionId, userId }, state.value, {
          sessionId,
          at: now(),
          type: 'session-interrupted',
          reason: INTERRUPTED_BY_RESTART,
        });
        if (stopped.isErr()) logger.error({ err: stopped.error, sessionId }, 'could not mark the session interrupted');
        else interrupted.push(sessionId);
      }
      // Executions queued before the restart belonged to those sessions: resuming starts them afresh.
      for (const task of deps.scheduler.recovery.queued) {
        if (task.kind === 'execute-seed') deps.scheduler.cancel(task.id, 'the session was interrupted by a restart');
      }
      return okAsync(interrupted);
    },
  };
}

function createSessionIds(deps: OrchestratorDeps): Result<{ sessionId: string; userId: string }[], KernelError> {
  return deps.store.attempt('list protocol sessions', () =>
    (
      deps.store
        .statement(
          'SELECT DISTINCT e.session_id AS session_id, s.user_id AS user_id FROM protocol_events e JOIN sessions s ON s.id = e.session_id',
        )
        .all() as { session_id: string; user_id: string }[]
    ).map((row) => ({ sessionId: row.session_id, userId: row.user_id })),
  );
}

/** The message an AbortSignal was aborted with (an Error, or an error object such as the gateway's). */
function abortReason(signal: AbortSignal | undefined): string | undefined {
  if (signal?.aborted !== true) return undefined;
  const reason: unknown = signal.reason;
  if (typeof reason === 'object' && reason !== null && typeof (reason as { message?: unknown }).message === 'string')
    return (reason as { message: string }).message;
  return typeof reason === 'string' ? reason : undefined;
}
