import type { ProtocolEvent, SeedSummary } from './run-event-schemas.js';
import type { SessionRun } from './session-run.js';

/** Replaces generation `seed.generation` and drops anything after it (an evolved retry). */
function withSeed(seeds: readonly SeedSummary[], seed: SeedSummary): SeedSummary[] {
  return [...seeds.filter((known) => known.generation < seed.generation), seed];
}

const LINEAGE_STATUS = {
  'lineage-converged': 'converged',
  'lineage-stagnated': 'stagnated',
  'lineage-exhausted': 'exhausted',
} as const;

/** Folds one Ouroboros protocol event into the run (a pure reducer). */
export function applyProtocolEvent(run: SessionRun, event: ProtocolEvent): SessionRun {
  switch (event.type) {
    case 'session-started':
    case 'ambiguity-scoring-failed':
      return run;
    case 'interview-question-asked':
      return {
        ...run,
        rounds: [
          ...run.rounds.filter((round) => round.round !== event.round),
          { round: event.round, question: event.question, answer: null },
        ],
      };
    case 'interview-answer-recorded':
      return {
        ...run,
        // A new answer clears the score until it is scored again.
        ambiguity: null,
        rounds: run.rounds.map((round) => (round.round === event.round ? { ...round, answer: event.answer } : round)),
      };
    case 'ambiguity-scored':
      return {
        ...run,
        ambiguity: { round: event.round, overall: event.score.overall, clarity: event.score.clarity },
      };
    case 'interview-completed':
      return { ...run, gate: event.gate };
    case 'seed-created':
    case 'generation-evolved':
      return { ...run, seeds: withSeed(run.seeds, event.seed), lineage: null };
    case 'execution-started':
      return { ...run, executions: { ...run.executions, [event.seedId]: { status: 'running', durationMs: null } } };
    case 'execution-completed':
      return {
        ...run,
        executions: { ...run.executions, [event.seedId]: { status: event.status, durationMs: event.durationMs } },
      };
    case 'evaluation-completed':
      return { ...run, evaluations: { ...run.evaluations, [event.seedId]: event.summary } };
    case 'lineage-converged':
    case 'lineage-stagnated':
    case 'lineage-exhausted':
      return { ...run, lineage: { status: LINEAGE_STATUS[event.type], reason: event.signal.reason } };
    case 'session-interrupted':
      return { ...run, interrupted: event.reason };
    case 'session-resumed':
      return { ...run, interrupted: null };
  }
}
