import { createTempHome, type TempHome } from '@oxios/testkit';
import { replaySession, type ProtocolEvent } from '@oxios/ouroboros';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { createSessionRepository } from '../store/repositories/session-repository.js';
import type { Store } from '../store/store.js';
import { createEvaluationRepository } from './evaluation-repository.js';
import { createProtocolEventStore } from './protocol-event-store.js';
import { createSeedRepository } from './seed-repository.js';
import { testSeed } from './test-seeds.js';

describe('orchestrator repositories', () => {
  let home: TempHome;
  let store: Store;
  beforeEach(async () => {
    home = await createTempHome();
    store = openStore({ home: home.path })._unsafeUnwrap();
    createSessionRepository(store).create({ userId: 'ann', id: 's1' })._unsafeUnwrap();
  });
  afterEach(async () => {
    store.close();
    await home.remove();
  });

  it('stores a seed exactly, rebuilds its lineage from any generation, and survives a reopen', () => {
    const seeds = createSeedRepository(store);
    const first = testSeed('seed-1');
    const second = testSeed('seed-2', 2, 'seed-1', '2026-01-01T00:01:00.000Z');
    const third = testSeed('seed-3', 3, 'seed-2', '2026-01-01T00:02:00.000Z');
    for (const seed of [first, second, third]) seeds.save(seed, { sessionId: 's1' })._unsafeUnwrap();
    expect(seeds.get('seed-2')._unsafeUnwrap().seed).toEqual(second);
    expect(
      seeds
        .lineage('seed-3')
        ._unsafeUnwrap()
        .map((record) => [record.seed.id, record.seed.generation]),
    ).toEqual([
      ['seed-1', 1],
      ['seed-2', 2],
      ['seed-3', 3],
    ]);
    store.close();
    store = openStore({ home: home.path })._unsafeUnwrap();
    expect(createSeedRepository(store).lineage('seed-1')._unsafeUnwrap()).toHaveLength(3);
  });

  it('keeps an execution record per seed: runs, passes, average score, last run', () => {
    const seeds = createSeedRepository(store);
    seeds.save(testSeed('seed-1'), { sessionId: 's1', forced: true })._unsafeUnwrap();
    seeds
      .recordRun('seed-1', { at: '2026-01-01T00:05:00.000Z', passed: false, score: 0.5, durationMs: 100 })
      ._unsafeUnwrap();
    const record = seeds
      .recordRun('seed-1', {
        at: '2026-01-01T00:06:00.000Z',
        passed: true,
        score: 0.9,
        durationMs: 120,
        tags: ['retry'],
      })
      ._unsafeUnwrap();
    expect(record.forced).toBe(true);
    expect(record.execution).toMatchObject({ runs: 2, passes: 1, averageScore: 0.7, tags: ['retry'] });
    expect(seeds.get('seed-1')._unsafeUnwrap().execution.lastRun?.passed).toBe(true);
    expect(
      seeds
        .recordRun('seed-1', { at: '2026-01-01T00:07:00.000Z', passed: true, score: 2, durationMs: 1 })
        ._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'invalid-argument' });
  });

  it('pages seeds of a session newest first and refuses an unknown id', () => {
    const seeds = createSeedRepository(store);
    seeds.save(testSeed('seed-1'), { sessionId: 's1' })._unsafeUnwrap();
    seeds.save(testSeed('seed-2', 2, 'seed-1', '2026-01-02T00:00:00.000Z'), { sessionId: 's1' })._unsafeUnwrap();
    const first = seeds.list({ sessionId: 's1', limit: 1 })._unsafeUnwrap();
    expect(first.items.map((record) => record.seed.id)).toEqual(['seed-2']);
    expect(
      seeds
        .list({ sessionId: 's1', limit: 1, cursor: first.nextCursor ?? '' })
        ._unsafeUnwrap()
        .items.map((record) => record.seed.id),
    ).toEqual(['seed-1']);
    expect(seeds.get('nope')._unsafeUnwrapErr()).toMatchObject({ code: 'not-found', resource: 'seed' });
  });

  it('appends protocol events in order and replays them into the session state', () => {
    const events = createProtocolEventStore(store);
    const at = '2026-01-01T00:00:00.000Z';
    const log: ProtocolEvent[] = [
      { type: 'session-started', sessionId: 's1', at, idea: 'write hello.txt', brownfield: false },
      { type: 'interview-question-asked', sessionId: 's1', at, round: 1, question: 'What should it say?' },
      { type: 'interview-answer-recorded', sessionId: 's1', at, round: 1, answer: 'hello' },
    ];
    const stored = events.append(...log)._unsafeUnwrap();
    expect(stored.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    const replayed = events
      .forSession('s1')
      ._unsafeUnwrap()
      .map((entry) => entry.event);
    expect(replayed).toEqual(log);
    expect(replaySession(replayed).isOk()).toBe(true);
    expect(events.forSession('s1', 2)._unsafeUnwrap()).toHaveLength(1);
    expect(events.sessionIds()._unsafeUnwrap()).toEqual(['s1']);
  });

  it('stores evaluations per seed', () => {
    createSeedRepository(store).save(testSeed('seed-1'), { sessionId: 's1' })._unsafeUnwrap();
    const evaluations = createEvaluationRepository(store, () => 5);
    const summary = {
      seedId: 'seed-1',
      generation: 1,
      criteria: [],
      approved: false,
      score: 0.4,
      unresolved: ['ac_x'],
    };
    evaluations.save(summary, { sessionId: 's1' })._unsafeUnwrap();
    expect(evaluations.forSeed('seed-1')._unsafeUnwrap()).toEqual([
      expect.objectContaining({ approved: false, score: 0.4, summary, createdAt: 5 }),
    ]);
  });
});
