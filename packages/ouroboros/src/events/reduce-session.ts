import { err, ok, type Result } from 'neverthrow';
import { nextStreak } from '../ambiguity/next-streak.js';
import { invalidEvent } from '../errors/constructors.js';
import type { InvalidEventError } from '../errors/ouroboros-error.js';
import type { Phase } from '../protocol/phase.js';
import { EMPTY_LINEAGE } from './lineage.js';
import type {
  AmbiguityScoredEvent,
  AmbiguityScoringFailedEvent,
  InterviewAnswerRecordedEvent,
  InterviewQuestionAskedEvent,
  ProtocolEvent,
  ProtocolEventType,
  SessionStartedEvent,
} from './protocol-event.js';
import { reduceLineage } from './reduce-lineage.js';
import type { SessionState } from './session-state.js';

// The phases in which each event may arrive (absent: any phase).
const ALLOWED: Partial<Record<ProtocolEventType, readonly Phase[]>> = {
  'interview-question-asked': ['interview'],
  'interview-answer-recorded': ['interview'],
  'ambiguity-scored': ['interview'],
  'ambiguity-scoring-failed': ['interview'],
  'interview-completed': ['interview'],
  'seed-created': ['seed'],
  'execution-started': ['execute', 'evaluate', 'evolve'],
  'execution-completed': ['execute'],
  'evaluation-completed': ['evaluate', 'evolve'],
  'generation-evolved': ['evolve'],
  'lineage-converged': ['evolve'],
  'lineage-stagnated': ['evolve'],
  'lineage-exhausted': ['evolve'],
};

function started(event: SessionStartedEvent): SessionState {
  return {
    sessionId: event.sessionId,
    status: 'active',
    phase: 'interview',
    idea: event.idea,
    brownfield: event.brownfield,
    rounds: [],
    ambiguity: null,
    scoredRound: 0,
    streak: 0,
    gate: null,
    lineage: EMPTY_LINEAGE,
    interruption: null,
    startedAt: event.at,
    updatedAt: event.at,
    eventCount: 0,
  };
}

function asked(state: SessionState, event: InterviewQuestionAskedEvent): Result<SessionState, string> {
  if (state.rounds.at(-1)?.answer === null) return err(`round ${state.rounds.length} is still unanswered`);
  if (event.round !== state.rounds.length + 1) return err(`expected round ${state.rounds.length + 1}`);
  return ok({ ...state, rounds: [...state.rounds, { round: event.round, question: event.question, answer: null }] });
}

function answered(state: SessionState, event: InterviewAnswerRecordedEvent): Result<SessionState, string> {
  const last = state.rounds.at(-1);
  if (last?.answer !== null || event.round !== last.round) return err(`round ${event.round} is not awaiting an answer`);
  // A new answer invalidates the score: one lucky score can never close the interview.
  return ok({ ...state, rounds: [...state.rounds.slice(0, -1), { ...last, answer: event.answer }], ambiguity: null });
}

function scored(
  state: SessionState,
  event: AmbiguityScoredEvent | AmbiguityScoringFailedEvent,
): Result<SessionState, string> {
  const last = state.rounds.at(-1);
  if (last === undefined || last.answer === null || event.round !== last.round) {
    return err(`round ${event.round} is not the latest answered round`);
  }
  const score = event.type === 'ambiguity-scored' ? event.score : null;
  if (score !== null && score.brownfield !== state.brownfield) return err('scored with the wrong project kind');
  return ok({ ...state, ambiguity: score, scoredRound: event.round, streak: nextStreak(state.streak, score) });
}

function isCurrent(state: SessionState, seedId: string): Result<SessionState, string> {
  const latest = state.lineage.generations.at(-1)?.seed.id;
  return latest === seedId ? ok(state) : err(`seed ${seedId} is not the current generation`);
}

function withLineage(state: SessionState, event: ProtocolEvent): Result<SessionState, string> {
  return reduceLineage(state.lineage, event)
    .map((lineage) => ({ ...state, lineage }))
    .mapErr((error) => error.reason);
}

function apply(state: SessionState, event: ProtocolEvent): Result<SessionState, string> {
  switch (event.type) {
    case 'session-started':
      return err('the session has already started');
    case 'session-interrupted':
      if (state.status === 'interrupted') return err('already interrupted');
      return ok({ ...state, status: 'interrupted', interruption: event.reason });
    case 'session-resumed':
      if (state.status !== 'interrupted') return err('the session is not interrupted');
      return ok({
        ...state,
        status: state.lineage.status === 'stagnated' ? 'stagnated' : 'active',
        interruption: null,
      });
    case 'interview-question-asked':
      return asked(state, event);
    case 'interview-answer-recorded':
      return answered(state, event);
    case 'ambiguity-scored':
    case 'ambiguity-scoring-failed':
      return scored(state, event);
    case 'interview-completed':
      return ok({ ...state, gate: event.gate, phase: 'seed' });
    case 'seed-created':
      return withLineage(state, event).map((next) => ({ ...next, phase: 'execute' as const }));
    case 'execution-started':
      return isCurrent(state, event.seedId).map((next) => ({ ...next, phase: 'execute' as const }));
    case 'execution-completed':
      return isCurrent(state, event.seedId)
        .andThen((next) => withLineage(next, event))
        .map((next) => ({ ...next, phase: 'evaluate' as const }));
    case 'evaluation-completed':
      return isCurrent(state, event.seedId)
        .andThen((next) => withLineage(next, event))
        .map((next) => ({ ...next, phase: 'evolve' as const }));
    case 'generation-evolved':
      // The lineage checks the parent link; re-deriving an earlier generation replaces it.
      return withLineage(state, event).map((next) => ({
        ...next,
        phase: 'execute' as const,
        status: 'active' as const,
      }));
    case 'lineage-converged':
    case 'lineage-stagnated':
    case 'lineage-exhausted':
      return withLineage(state, event).map((next) => ({ ...next, status: next.lineage.status }));
  }
}

function check(state: SessionState, event: ProtocolEvent): Result<SessionState, string> {
  if (event.sessionId !== state.sessionId) return err(`event belongs to session ${event.sessionId}`);
  if (state.status === 'converged' || state.status === 'exhausted') return err(`the session is ${state.status}`);
  const resuming = event.type === 'session-resumed' || event.type === 'session-interrupted';
  if (state.status === 'interrupted' && !resuming) return err('the session is interrupted');
  const phases = ALLOWED[event.type];
  if (phases !== undefined && !phases.includes(state.phase)) return err(`not allowed in phase ${state.phase}`);
  return apply(state, event);
}

/**
 * Applies one event to a session's state (a pure reducer; `null` before the first event). Refuses
 * events from another session, out of phase, out of round order, for a seed that is not the
 * current generation, after the session ended, or while it is interrupted (except resuming).
 */
export function reduceSession(
  state: SessionState | null,
  event: ProtocolEvent,
): Result<SessionState, InvalidEventError> {
  const next =
    state === null
      ? event.type === 'session-started'
        ? ok(started(event))
        : err('the session has not started')
      : check(state, event);
  return next
    .map((updated) => ({ ...updated, updatedAt: event.at, eventCount: (state?.eventCount ?? 0) + 1 }))
    .mapErr((reason) => invalidEvent(event.type, reason));
}
