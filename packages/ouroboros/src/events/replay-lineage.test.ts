import { describe, expect, it } from 'vitest';
import { at, child, converged, grandchildOf, recordedSession, root, SESSION } from '../../test/events.js';
import type { ProtocolEvent } from './protocol-event.js';
import { lineageSnapshots } from './lineage-snapshots.js';
import { replayLineage } from './replay-lineage.js';

const evolved = (parentId: string, next: typeof child, questions: string[] = []): ProtocolEvent => ({
  type: 'generation-evolved',
  sessionId: SESSION,
  at: at(),
  parentId,
  seed: next,
  wonderQuestions: questions,
  overridden: [],
});
const created: ProtocolEvent = { type: 'seed-created', sessionId: SESSION, at: at(), seed: root };

describe('replayLineage', () => {
  it('rebuilds the chain of seeds with parent links, executions and evaluations', () => {
    const lineage = replayLineage(recordedSession())._unsafeUnwrap();
    expect(lineage.rootSeedId).toBe(root.id);
    expect(lineage.status).toBe('converged');
    expect(lineage.signal).toEqual(converged);
    expect(
      lineage.generations.map((record) => ({
        generation: record.generation,
        id: record.seed.id,
        parent: record.parentId,
      })),
    ).toEqual([
      { generation: 1, id: root.id, parent: null },
      { generation: 2, id: child.id, parent: root.id },
    ]);
    expect(lineage.generations[0]?.execution).toEqual({ status: 'completed', durationMs: 900 });
    expect(lineage.generations[0]?.evaluation?.approved).toBe(false);
    expect(lineage.generations[1]?.evaluation?.approved).toBe(true);
    expect(lineageSnapshots(lineage).map((snapshot) => snapshot.generation)).toEqual([1, 2]);
  });

  it('holds validated, deep-frozen seeds even when the events came from JSON', () => {
    const stored = JSON.parse(JSON.stringify(recordedSession())) as ProtocolEvent[];
    const lineage = replayLineage(stored)._unsafeUnwrap();
    expect(lineage.generations[1]?.seed).toEqual(child);
    expect(Object.isFrozen(lineage.generations[1]?.seed.acceptanceCriteria)).toBe(true);
  });

  it('refuses a generation whose parent is not the previous generation', () => {
    const third = grandchildOf(child, 'seed_000000000003');
    expect(replayLineage([created, evolved(child.id, third)])._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-event',
      index: 1,
      reason: `parent ${child.id} is not generation 2`,
    });
  });

  it('refuses a second root and a tampered seed', () => {
    expect(replayLineage([created, created])._unsafeUnwrapErr().reason).toBe('the lineage already has a root seed');
    const tampered = { ...created, seed: { ...root, generation: 0 } } as ProtocolEvent;
    expect(replayLineage([tampered])._unsafeUnwrapErr().reason).toMatch(/^invalid seed: generation: /);
  });

  it('replaces a re-derived generation and everything after it', () => {
    const third = grandchildOf(child, 'seed_000000000003');
    const retried = grandchildOf(root, 'seed_00000000002b');
    const lineage = replayLineage([
      created,
      evolved(root.id, child),
      evolved(child.id, third),
      evolved(root.id, retried, ['again']),
    ])._unsafeUnwrap();
    expect(lineage.generations.map((record) => record.seed.id)).toEqual([root.id, retried.id]);
    expect(lineage.generations[1]?.wonderQuestions).toEqual(['again']);
  });

  it('lets a stagnated lineage evolve again but not a converged one', () => {
    const signal = { ...converged, action: 'stagnated' as const, reason: 'no-change' as const };
    const stagnated: ProtocolEvent = { type: 'lineage-stagnated', sessionId: SESSION, at: at(), signal };
    expect(replayLineage([created, stagnated, evolved(root.id, child)])._unsafeUnwrap().status).toBe('active');
    const done: ProtocolEvent = { type: 'lineage-converged', sessionId: SESSION, at: at(), signal: converged };
    expect(replayLineage([created, done, evolved(root.id, child)])._unsafeUnwrapErr().reason).toBe(
      'the lineage is converged',
    );
  });
});
