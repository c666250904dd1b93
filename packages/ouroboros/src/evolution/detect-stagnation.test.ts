import { describe, expect, it } from 'vitest';
import { A, B, C, D, evaluation, snapshots } from '../../test/snapshots.js';
import { detectStagnation } from './detect-stagnation.js';

const questions = (count: number, prefix = 'q') => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe('detectStagnation', () => {
  it('needs at least 3 generations', () => {
    expect(detectStagnation(snapshots([{ ontology: A }, { ontology: A }]))).toBeNull();
  });

  it('finds no change over a 3-generation window', () => {
    expect(detectStagnation(snapshots([{ ontology: A }, { ontology: A }, { ontology: A }]))).toBe('no-change');
    expect(detectStagnation(snapshots([{ ontology: B }, { ontology: A }, { ontology: A }]))).toBeNull();
  });

  it('finds a plateau in 0.61 / 0.615 / 0.612 on rejected generations', () => {
    const plateau = [0.61, 0.615, 0.612].map((score, i) => ({
      ontology: [A, B, C][i]!,
      evaluation: evaluation(false, score),
    }));
    expect(detectStagnation(snapshots(plateau))).toBe('score-plateau');
  });

  it('takes a step of 0.009 as plateau and 0.011 as progress', () => {
    const run = (scores: number[]) =>
      detectStagnation(
        snapshots(scores.map((score, i) => ({ ontology: [A, B, C][i]!, evaluation: evaluation(false, score) }))),
      );
    expect(run([0.6, 0.609, 0.6])).toBe('score-plateau');
    expect(run([0.6, 0.611, 0.6])).toBeNull();
  });

  it('does not call approved generations a plateau', () => {
    const approved = [0.61, 0.615, 0.612].map((score, i) => ({
      ontology: [A, B, C][i]!,
      evaluation: evaluation(i !== 1, score),
    }));
    expect(detectStagnation(snapshots(approved))).toBeNull();
  });

  it('finds oscillation in A/B/A/B and in A/B/A', () => {
    expect(detectStagnation(snapshots([{ ontology: A }, { ontology: B }, { ontology: A }, { ontology: B }]))).toBe(
      'oscillation',
    );
    expect(detectStagnation(snapshots([{ ontology: A }, { ontology: B }, { ontology: A }]))).toBe('oscillation');
    expect(
      detectStagnation(snapshots([{ ontology: C }, { ontology: B }, { ontology: A }, { ontology: B }])),
    ).toBeNull();
  });

  it('finds 70% repeated Wonder questions against 2 of the last 3 generations, not 60%', () => {
    const earlier = questions(10);
    const latest = (repeated: number) => [...questions(repeated), ...questions(10 - repeated, 'new')];
    const lineage = (repeated: number) =>
      snapshots([
        { ontology: A, questions: earlier },
        { ontology: B, questions: earlier },
        { ontology: C, questions: ['other'] },
        { ontology: A, questions: latest(repeated) },
      ]).map((snapshot, i) => (i === 3 ? { ...snapshot, ontology: D } : snapshot));
    expect(detectStagnation(lineage(7))).toBe('repeated-questions');
    expect(detectStagnation(lineage(6))).toBeNull();
  });

  it('needs the repetition in at least 2 earlier generations', () => {
    const repeated = questions(10);
    const once = snapshots([
      { ontology: A, questions: ['x'] },
      { ontology: B, questions: repeated },
      { ontology: C, questions: ['y'] },
    ]).map((snapshot, i) => (i === 2 ? { ...snapshot, ontology: D, wonderQuestions: repeated } : snapshot));
    expect(detectStagnation(once)).toBeNull();
  });
});
