// A recorded session: the interview, a rejected generation 1, an approved generation 2.
import { computeAmbiguity } from '../src/ambiguity/compute-ambiguity.js';
import type { ProtocolEvent } from '../src/events/protocol-event.js';
import { deriveNextSeed } from '../src/evolution/derive-next-seed.js';
import type { ConvergenceSignal } from '../src/evolution/evaluate-convergence.js';
import type { Seed } from '../src/seed/seed.js';
import { OPEN_GATE, seed, summary } from './fixtures.js';

export const SESSION = 'session-1';
export const clearScore = computeAmbiguity(
  { goal: 0.9, constraints: 0.9, successCriteria: 0.85 },
  { brownfield: false },
)._unsafeUnwrap();

let clock = 0;
export function at(): string {
  clock += 1;
  return new Date(Date.UTC(2026, 0, 1, 0, 0, clock)).toISOString();
}

export const root: Seed = seed();
const [, second] = root.acceptanceCriteria.map((criterion) => criterion.key) as [string, string, string];
export const rootEvaluation = summary(root, { [second]: 'fail' }, 0.6);
export const child: Seed = deriveNextSeed(
  root,
  rootEvaluation,
  {
    patches: [
      {
        action: 'revise',
        key: second,
        criterion: { description: 'Tasks are saved to tasks.json', expectedArtifacts: ['tasks.json'] },
      },
    ],
    mutations: [],
    reasoning: '',
  },
  { id: 'seed_000000000002', createdAt: '2026-01-01T01:00:00.000Z' },
)._unsafeUnwrap().seed;
export const grandchildOf = (parent: Seed, id: string): Seed =>
  deriveNextSeed(
    parent,
    summary(parent, {}, 0.5, 'fail'),
    { patches: [], mutations: [], reasoning: '' },
    { id, createdAt: '2026-01-01T02:00:00.000Z' },
  )._unsafeUnwrap().seed;

export const converged: ConvergenceSignal = {
  action: 'converged',
  reason: 'outcome-passed',
  similarity: 1,
  regressions: [],
  blockedBy: [],
};

export function interviewEvents(): ProtocolEvent[] {
  const events: ProtocolEvent[] = [
    { type: 'session-started', sessionId: SESSION, at: at(), idea: 'A to-do CLI', brownfield: false },
  ];
  for (let round = 1; round <= 4; round += 1) {
    events.push(
      { type: 'interview-question-asked', sessionId: SESSION, at: at(), round, question: `Question ${round}?` },
      { type: 'interview-answer-recorded', sessionId: SESSION, at: at(), round, answer: `Answer ${round}` },
    );
    if (round >= 3) events.push({ type: 'ambiguity-scored', sessionId: SESSION, at: at(), round, score: clearScore });
  }
  events.push({ type: 'interview-completed', sessionId: SESSION, at: at(), gate: OPEN_GATE });
  return events;
}

export function recordedSession(): ProtocolEvent[] {
  return [
    ...interviewEvents(),
    { type: 'seed-created', sessionId: SESSION, at: at(), seed: root },
    { type: 'execution-started', sessionId: SESSION, at: at(), seedId: root.id },
    {
      type: 'execution-completed',
      sessionId: SESSION,
      at: at(),
      seedId: root.id,
      status: 'completed',
      durationMs: 900,
    },
    { type: 'evaluation-completed', sessionId: SESSION, at: at(), seedId: root.id, summary: rootEvaluation },
    {
      type: 'generation-evolved',
      sessionId: SESSION,
      at: at(),
      parentId: root.id,
      seed: child,
      wonderQuestions: ['Where are tasks stored?'],
      overridden: [],
    },
    { type: 'execution-started', sessionId: SESSION, at: at(), seedId: child.id },
    {
      type: 'execution-completed',
      sessionId: SESSION,
      at: at(),
      seedId: child.id,
      status: 'completed',
      durationMs: 700,
    },
    { type: 'evaluation-completed', sessionId: SESSION, at: at(), seedId: child.id, summary: summary(child) },
    { type: 'lineage-converged', sessionId: SESSION, at: at(), signal: converged },
  ];
}
