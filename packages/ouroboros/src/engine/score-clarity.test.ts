import { describe, expect, it } from 'vitest';
import { scriptedEngine } from '../../test/engine.js';
import { jsonValue } from '../testing/scripted-port.js';

const transcript = { idea: 'A to-do CLI', rounds: [{ round: 1, question: 'Who?', answer: 'Me' }] };
const dimension = (score: number) => ({ score, justification: `clarity ${score}` });
const reply = (goal: number, constraints: number, successCriteria: number) => ({
  goal: dimension(goal),
  constraints: dimension(constraints),
  successCriteria: dimension(successCriteria),
});

describe('engine.scoreClarity', () => {
  it('asks at temperature 0.1 and computes ambiguity 0.19 from 0.9 / 0.8 / 0.7', async () => {
    const { port, engine } = scriptedEngine([jsonValue(reply(0.9, 0.8, 0.7))]);
    const score = (await engine.scoreClarity({ transcript, brownfield: false }))._unsafeUnwrap();
    expect(score).toMatchObject({ overall: 0.19, readyForSeed: true, qualifies: true, brownfield: false });
    expect(score.justifications.goal).toBe('clarity 0.9');
    expect(port.requests[0]).toMatchObject({
      operation: 'score-clarity',
      temperature: 0.1,
      schemaName: 'clarity_scores',
    });
  });

  it('requires the context dimension for brownfield work and repairs its absence', async () => {
    const { port, engine } = scriptedEngine([
      jsonValue(reply(0.9, 0.8, 0.7)),
      jsonValue({ ...reply(0.9, 0.8, 0.7), context: dimension(0.6) }),
    ]);
    const score = (await engine.scoreClarity({ transcript, brownfield: true }))._unsafeUnwrap();
    expect(score).toMatchObject({ overall: 0.22, brownfield: true });
    expect(port.requests[0]?.schemaName).toBe('clarity_scores_brownfield');
    expect(port.requests[1]?.messages.at(-1)?.content).toContain('- context: ');
  });

  it('does not clamp an out-of-range score silently: it asks for a repair, then fails with a typed error', async () => {
    const { engine } = scriptedEngine([jsonValue(reply(1.2, 0.8, 0.7)), jsonValue(reply(0.9, -0.1, 0.7))]);
    const error = (await engine.scoreClarity({ transcript, brownfield: false }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'llm-reply-invalid', operation: 'score-clarity', attempts: 2 });
  });
});
