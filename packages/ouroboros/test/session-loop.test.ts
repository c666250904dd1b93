// Drives a whole session through the engine over a scripted port, applying every event live, and
// checks that replaying the stored event log rebuilds exactly the live state.
import { describe, expect, it } from 'vitest';
import type { AmbiguityScore } from '../src/ambiguity/ambiguity-score.js';
import type { OuroborosEngine } from '../src/engine/create-engine.js';
import type { ProtocolEvent } from '../src/events/protocol-event.js';
import { lineageSnapshots } from '../src/events/lineage-snapshots.js';
import { reduceSession } from '../src/events/reduce-session.js';
import { replaySession } from '../src/events/replay-session.js';
import type { SessionState } from '../src/events/session-state.js';
import { evaluateConvergence } from '../src/evolution/evaluate-convergence.js';
import { checkSeedGate } from '../src/gate/check-seed-gate.js';
import { nextInterviewStep } from '../src/interview/next-interview-step.js';
import type { Seed } from '../src/seed/seed.js';
import { jsonValue, type ScriptedPort } from '../src/testing/scripted-port.js';
import { scriptedEngine } from './engine.js';
import { judgementReply, seedReply } from './replies.js';

const SESSION = 'session-loop';
const IDEA = 'I want a to-do list for my terminal.\nNothing fancy — "add", "done", "list".';
const ANSWERS = [
  'Only me, on Linux.',
  'A JSON file next to the script;\n no database!',
  'Node 22, no dependencies.',
  '`todo --help` must explain it.',
  'That is all.',
];
const clarity = (goal: number, constraints: number, successCriteria: number) => ({
  goal: { score: goal, justification: '' },
  constraints: { score: constraints, justification: '' },
  successCriteria: { score: successCriteria, justification: '' },
});

class Session {
  readonly events: ProtocolEvent[] = [];
  state: SessionState | null = null;
  private tick = 0;

  record(event: Record<string, unknown> & { type: ProtocolEvent['type'] }): void {
    this.tick += 1;
    const full = {
      ...event,
      sessionId: SESSION,
      at: new Date(Date.UTC(2026, 1, 1, 0, 0, this.tick)).toISOString(),
    } as ProtocolEvent;
    this.events.push(full);
    this.state = reduceSession(this.state, full)._unsafeUnwrap();
  }

  get live(): SessionState {
    if (this.state === null) throw new Error('not started');
    return this.state;
  }
}

async function interview(session: Session, engine: OuroborosEngine): Promise<void> {
  let answers = 0;
  for (;;) {
    const step = nextInterviewStep(session.live);
    if (step === 'complete') return;
    if (step === 'score') {
      const round = session.live.rounds.length;
      const score = (await engine.scoreClarity({ transcript: session.live, brownfield: false }))._unsafeUnwrap();
      session.record({ type: 'ambiguity-scored', round, score });
      continue;
    }
    const { live } = session;
    const question = (
      await engine.generateQuestion({ transcript: live, brownfield: false, ambiguity: live.ambiguity })
    )._unsafeUnwrap();
    session.record({ type: 'interview-question-asked', round: live.rounds.length + 1, question });
    session.record({ type: 'interview-answer-recorded', round: live.rounds.length + 1, answer: ANSWERS[answers++] });
  }
}

function scriptJudgements(port: ScriptedPort, judgements: readonly [number, boolean][]): void {
  for (const [score, criterionMet] of judgements) port.push(jsonValue(judgementReply({ score, criterionMet })));
}

describe('a session driven live through the engine', () => {
  it('rebuilds from its stored event log exactly as it was lived', async () => {
    const { port, engine } = scriptedEngine([
      jsonValue({ question: 'Who will use it?' }),
      jsonValue({ question: 'Where are tasks stored?' }),
      jsonValue({ question: 'Which runtime?' }),
      jsonValue(clarity(0.6, 0.6, 0.6)), // round 3: not clear yet
      jsonValue({ question: 'How is it verified?' }),
      jsonValue(clarity(0.9, 0.8, 0.75)), // round 4: qualifies, streak 1
      jsonValue({ question: 'Anything else?' }),
      jsonValue(clarity(0.9, 0.85, 0.8)), // round 5: qualifies, streak 2 → complete
      jsonValue(seedReply()),
    ]);
    const session = new Session();
    session.record({ type: 'session-started', idea: IDEA, brownfield: false });
    await interview(session, engine);
    expect(session.live).toMatchObject({ streak: 2, scoredRound: 5 });
    expect((session.live.ambiguity as AmbiguityScore).overall).toBe(0.145);

    const gate = checkSeedGate({ ambiguity: session.live.ambiguity })._unsafeUnwrap();
    session.record({ type: 'interview-completed', gate });
    session.record({ type: 'session-interrupted', reason: 'server restart' });
    session.record({ type: 'session-resumed' });
    const root = (await engine.extractSeed({ transcript: session.live, brownfield: false, gate }))._unsafeUnwrap();
    const extraction = port.requests.find((request) => request.operation === 'extract-seed');
    expect(extraction?.messages.filter((m) => m.role === 'user').map((m) => m.content)).toEqual([IDEA, ...ANSWERS]);
    session.record({ type: 'seed-created', seed: root });

    // Generation 1: the contract criterion passes, the help criterion does not.
    const [contract, help] = root.acceptanceCriteria as [
      Seed['acceptanceCriteria'][number],
      Seed['acceptanceCriteria'][number],
    ];
    scriptJudgements(port, [
      [0.9, true],
      [0.4, false],
    ]);
    session.record({ type: 'execution-started', seedId: root.id });
    session.record({ type: 'execution-completed', seedId: root.id, status: 'completed', durationMs: 1500 });
    const observations = { [contract.key]: { exitCode: 0, output: 'added #1', presentArtifacts: ['todo.js'] } };
    const first = (await engine.evaluateSeed({ seed: root, artifact: 'todo.js', observations }))._unsafeUnwrap();
    session.record({ type: 'evaluation-completed', seedId: root.id, summary: first });
    expect(first).toMatchObject({ approved: false, score: 0.65 });
    expect(evaluateConvergence(lineageSnapshots(session.live.lineage))).toMatchObject({
      action: 'continue',
      reason: 'below-minimum',
    });

    // Evolve: Wonder challenges the help criterion, Reflect revises it and tries to touch the passed one.
    const revisedHelp = {
      description: 'todo --help lists every command',
      verify: ['node', 'todo.js', '--help'],
      expectedArtifacts: [],
      outputAssertion: 'Usage:',
    };
    port.push(
      jsonValue({
        questions: [{ text: 'What must --help show?', kind: 'challenge', criterionKeys: [help.key] }],
        tensions: [],
        shouldContinue: true,
        reasoning: '',
      }),
      jsonValue({
        patches: [
          { action: 'revise', key: contract.key, criterion: { ...revisedHelp, description: 'weaker' } },
          { action: 'revise', key: help.key, criterion: revisedHelp },
        ],
        mutations: [
          {
            action: 'add',
            name: 'Command',
            field: { name: 'Command', type: 'action', description: 'add, done, list', required: true },
            reason: '',
          },
        ],
        reasoning: '',
      }),
    );
    const evolution = (await engine.evolve({ seed: root, evaluation: first }))._unsafeUnwrap();
    session.record({
      type: 'generation-evolved',
      parentId: root.id,
      seed: evolution.seed,
      wonderQuestions: evolution.wonder.questions.map((question) => question.text),
      overridden: evolution.overridden,
    });
    const next = evolution.seed;
    expect(next.acceptanceCriteria[0]).toEqual(contract);

    // Generation 2: both pass → the outcome gate converges.
    scriptJudgements(port, [
      [0.9, true],
      [0.95, true],
    ]);
    session.record({ type: 'execution-started', seedId: next.id });
    session.record({ type: 'execution-completed', seedId: next.id, status: 'completed', durationMs: 900 });
    const helpKey = next.acceptanceCriteria[1]!.key;
    const second = (
      await engine.evaluateSeed({
        seed: next,
        artifact: 'todo.js',
        observations: {
          ...observations,
          [helpKey]: { exitCode: 0, output: 'Usage: todo <command>', presentArtifacts: [] },
        },
      })
    )._unsafeUnwrap();
    session.record({ type: 'evaluation-completed', seedId: next.id, summary: second });
    const signal = evaluateConvergence(lineageSnapshots(session.live.lineage));
    expect(signal).toMatchObject({ action: 'converged', reason: 'outcome-passed', similarity: 0.5 });
    session.record({ type: 'lineage-converged', signal });
    expect(port.pending).toBe(0);

    const live = session.live;
    expect(live).toMatchObject({ status: 'converged', phase: 'evolve', eventCount: session.events.length });
    expect(live.lineage.generations.map((record) => [record.generation, record.parentId])).toEqual([
      [1, null],
      [2, root.id],
    ]);
    const stored = JSON.parse(JSON.stringify(session.events)) as ProtocolEvent[];
    expect(replaySession(stored)._unsafeUnwrap()).toStrictEqual(live);
  });
});
