import { describe, expect, it } from 'vitest';
import { scriptedEngine } from '../../test/engine.js';
import { computeAmbiguity } from '../ambiguity/compute-ambiguity.js';
import { jsonText } from '../testing/scripted-port.js';

const transcript = {
  idea: 'A to-do CLI',
  rounds: [
    { round: 1, question: 'Who uses it?', answer: 'Just me' },
    { round: 2, question: 'Where do tasks live?', answer: 'In a JSON file' },
  ],
};

describe('engine.generateQuestion', () => {
  it('asks at temperature 0.7 over the conversation and returns the question', async () => {
    const { port, engine } = scriptedEngine([jsonText({ question: '  How do you mark a task done?  ' })]);
    const question = await engine.generateQuestion({ transcript, brownfield: false });
    expect(question._unsafeUnwrap()).toBe('How do you mark a task done?');
    const request = port.requests[0]!;
    expect(request).toMatchObject({
      operation: 'generate-question',
      temperature: 0.7,
      schemaName: 'interview_question',
    });
    expect(request.messages).toEqual([
      { role: 'user', content: 'A to-do CLI' },
      { role: 'assistant', content: 'Who uses it?' },
      { role: 'user', content: 'Just me' },
      { role: 'assistant', content: 'Where do tasks live?' },
      { role: 'user', content: 'In a JSON file' },
    ]);
    expect(request.system).toContain('This is round 3.');
  });

  it('steers towards the weakest dimensions and closes in at ambiguity ≤ 0.25', async () => {
    const near = computeAmbiguity(
      { goal: 0.9, constraints: 0.6, successCriteria: 0.8 },
      { brownfield: false },
    )._unsafeUnwrap();
    const { port, engine } = scriptedEngine([jsonText({ question: 'q?' }), jsonText({ question: 'q?' })]);
    await engine.generateQuestion({ transcript, brownfield: false, ambiguity: near });
    expect(near.overall).toBe(0.22);
    expect(port.requests[0]?.system).toContain('- constraints: clarity 0.6');
    expect(port.requests[0]?.system).toContain('Below their floor: constraints.');
    expect(port.requests[0]?.system).toContain('closes the last gap');
    const far = computeAmbiguity(
      { goal: 0.5, constraints: 0.5, successCriteria: 0.5 },
      { brownfield: false },
    )._unsafeUnwrap();
    await engine.generateQuestion({ transcript, brownfield: false, ambiguity: far });
    expect(port.requests[1]?.system).not.toContain('closes the last gap');
  });

  it('refuses a blank question', async () => {
    const { engine } = scriptedEngine([jsonText({ question: ' ' }), jsonText({ question: '' })]);
    expect((await engine.generateQuestion({ transcript, brownfield: false }))._unsafeUnwrapErr().code).toBe(
      'llm-reply-invalid',
    );
  });
});
