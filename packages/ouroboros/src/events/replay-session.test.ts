import { describe, expect, it } from 'vitest';
import { at, child, grandchildOf, interviewEvents, recordedSession, root, SESSION } from '../../test/events.js';
import type { ProtocolEvent } from './protocol-event.js';
import { reduceSession } from './reduce-session.js';
import { replaySession } from './replay-session.js';
import type { SessionState } from './session-state.js';

function fold(events: readonly ProtocolEvent[]): SessionState {
  let state: SessionState | null = null;
  for (const event of events) state = reduceSession(state, event)._unsafeUnwrap();
  return state!;
}

describe('replaySession', () => {
  it('rebuilds a whole session: interview, two generations, convergence', () => {
    const events = recordedSession();
    const state = replaySession(events)._unsafeUnwrap();
    expect(state).toMatchObject({
      sessionId: SESSION,
      status: 'converged',
      phase: 'evolve',
      streak: 2,
      scoredRound: 4,
    });
    expect(state.rounds).toHaveLength(4);
    expect(state.rounds[3]).toEqual({ round: 4, question: 'Question 4?', answer: 'Answer 4' });
    expect(state.lineage.generations.map((record) => [record.generation, record.seed.id, record.parentId])).toEqual([
      [1, root.id, null],
      [2, child.id, root.id],
    ]);
    expect(state.lineage.generations[1]?.wonderQuestions).toEqual(['Where are tasks stored?']);
    expect(state.eventCount).toBe(events.length);
    expect(state.updatedAt).toBe(events.at(-1)?.at);
  });

  it('equals the state folded event by event, also after a JSON round trip of the log', () => {
    const events = recordedSession();
    const stored = JSON.parse(JSON.stringify(events)) as ProtocolEvent[];
    expect(replaySession(stored)._unsafeUnwrap()).toStrictEqual(fold(events));
  });

  it('clears the score on each answer and keeps the streak', () => {
    const events = interviewEvents();
    const upToAnswer4 = events.slice(
      0,
      events.findIndex((event) => event.type === 'interview-answer-recorded' && event.round === 4) + 1,
    );
    expect(replaySession(upToAnswer4)._unsafeUnwrap()).toMatchObject({ ambiguity: null, streak: 1, scoredRound: 3 });
  });

  it('resets the streak when scoring fails', () => {
    const events = interviewEvents().filter((event) => event.type !== 'interview-completed');
    const failed = events.map((event): ProtocolEvent =>
      event.type === 'ambiguity-scored' && event.round === 4
        ? {
            type: 'ambiguity-scoring-failed',
            sessionId: SESSION,
            at: event.at,
            round: 4,
            error: { code: 'llm-failed', message: 'down' },
          }
        : event,
    );
    expect(replaySession(failed)._unsafeUnwrap()).toMatchObject({ ambiguity: null, streak: 0, scoredRound: 4 });
  });

  it('names the first event that does not fit, with its index', () => {
    const events = recordedSession();
    const broken = [...events.slice(0, 3), { ...events[3]!, sessionId: 'other' }];
    expect(replaySession(broken)._unsafeUnwrapErr()).toEqual({
      code: 'invalid-event',
      eventType: 'interview-question-asked',
      reason: 'event belongs to session other',
      index: 3,
      message: 'cannot apply interview-question-asked (event #3): event belongs to session other',
    });
  });

  it('refuses an empty log and a log that does not begin with session-started', () => {
    expect(replaySession([])._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-event',
      reason: 'no events to replay',
    });
    expect(replaySession(recordedSession().slice(1))._unsafeUnwrapErr()).toMatchObject({
      index: 0,
      reason: 'the session has not started',
    });
  });
});

describe('reduceSession', () => {
  const started = fold(interviewEvents().slice(0, 1));
  const asked = (round: number): ProtocolEvent => ({
    type: 'interview-question-asked',
    sessionId: SESSION,
    at: at(),
    round,
    question: 'q',
  });
  const answer = (round: number): ProtocolEvent => ({
    type: 'interview-answer-recorded',
    sessionId: SESSION,
    at: at(),
    round,
    answer: 'a',
  });

  it('keeps rounds in order: no skipped round, no second question before an answer, no stray answer', () => {
    expect(reduceSession(started, asked(2))._unsafeUnwrapErr().reason).toBe('expected round 1');
    const one = reduceSession(started, asked(1))._unsafeUnwrap();
    expect(reduceSession(one, asked(2))._unsafeUnwrapErr().reason).toBe('round 1 is still unanswered');
    expect(reduceSession(started, answer(1))._unsafeUnwrapErr().reason).toBe('round 1 is not awaiting an answer');
    expect(reduceSession(one, answer(1))._unsafeUnwrap().rounds).toEqual([{ round: 1, question: 'q', answer: 'a' }]);
  });

  it('refuses events out of phase', () => {
    expect(
      reduceSession(started, { type: 'seed-created', sessionId: SESSION, at: at(), seed: root })._unsafeUnwrapErr()
        .reason,
    ).toBe('not allowed in phase interview');
    const done = fold([...interviewEvents(), { type: 'seed-created', sessionId: SESSION, at: at(), seed: root }]);
    expect(reduceSession(done, asked(5))._unsafeUnwrapErr().reason).toBe('not allowed in phase execute');
  });

  it('refuses events about a seed that is not the current generation', () => {
    const events = recordedSession();
    const afterEvolve = fold(events.slice(0, events.findIndex((event) => event.type === 'generation-evolved') + 1));
    const stale: ProtocolEvent = { type: 'execution-started', sessionId: SESSION, at: at(), seedId: root.id };
    expect(reduceSession(afterEvolve, stale)._unsafeUnwrapErr().reason).toBe(
      `seed ${root.id} is not the current generation`,
    );
  });

  it('replaces a re-derived generation (an idempotent retry of evolution)', () => {
    const events = recordedSession();
    const evaluated = fold(events.slice(0, -1));
    const retried = grandchildOf(root, 'seed_00000000002b');
    const again: ProtocolEvent = {
      type: 'generation-evolved',
      sessionId: SESSION,
      at: at(),
      parentId: root.id,
      seed: retried,
      wonderQuestions: [],
      overridden: [],
    };
    const state = reduceSession(evaluated, again)._unsafeUnwrap();
    expect(state.lineage.generations.map((record) => record.seed.id)).toEqual([root.id, retried.id]);
    expect(state.phase).toBe('execute');
  });

  it('refuses everything after convergence', () => {
    const finished = fold(recordedSession());
    const late: ProtocolEvent = { type: 'session-interrupted', sessionId: SESSION, at: at(), reason: 'shutdown' };
    expect(reduceSession(finished, late)._unsafeUnwrapErr().reason).toBe('the session is converged');
  });

  it('holds an interrupted session until it is resumed', () => {
    const interrupted = reduceSession(started, {
      type: 'session-interrupted',
      sessionId: SESSION,
      at: at(),
      reason: 'shutdown',
    })._unsafeUnwrap();
    expect(interrupted).toMatchObject({ status: 'interrupted', interruption: 'shutdown', phase: 'interview' });
    expect(reduceSession(interrupted, asked(1))._unsafeUnwrapErr().reason).toBe('the session is interrupted');
    const resumed = reduceSession(interrupted, {
      type: 'session-resumed',
      sessionId: SESSION,
      at: at(),
    })._unsafeUnwrap();
    expect(resumed).toMatchObject({ status: 'active', interruption: null });
    expect(reduceSession(resumed, asked(1)).isOk()).toBe(true);
  });

  it('does not change the state it was given', () => {
    const before = JSON.stringify(started);
    reduceSession(started, asked(1))._unsafeUnwrap();
    expect(JSON.stringify(started)).toBe(before);
  });
});
