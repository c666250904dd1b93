import { describe, expect, it } from 'vitest';
import { NOW, scriptedEngine } from '../../test/engine.js';
import { seed, summary } from '../../test/fixtures.js';
import { jsonValue } from '../testing/scripted-port.js';

const parent = seed();
const [passedKey, failedKey, thirdKey] = parent.acceptanceCriteria.map((criterion) => criterion.key) as [
  string,
  string,
  string,
];
const evaluation = summary(parent, { [failedKey]: 'fail' }, 0.6);
const wonderReply = {
  questions: [
    { text: 'Does a restart mean a new process or a reboot?', kind: 'challenge', criterionKeys: [failedKey] },
    { text: 'What happens to tasks with the same name?', kind: 'gap', criterionKeys: [] },
  ],
  tensions: ['Status vs. completion date'],
  shouldContinue: true,
  reasoning: 'Persistence is ambiguous.',
};
const revisedCriterion = {
  description: 'Tasks added before a restart are listed after it',
  verify: ['npm', 'test'],
  expectedArtifacts: ['tasks.json'],
  outputAssertion: null,
};
const reflectReply = {
  patches: [
    { action: 'revise', key: passedKey, criterion: { ...revisedCriterion, description: 'weaker' } },
    { action: 'revise', key: failedKey, criterion: revisedCriterion },
    { action: 'keep', key: thirdKey, criterion: null },
  ],
  mutations: [
    {
      action: 'add',
      name: 'CompletedAt',
      field: { name: 'CompletedAt', type: 'date', description: 'When done', required: false },
      reason: 'tension',
    },
  ],
  reasoning: 'Pin persistence down.',
};

describe('engine.evolve', () => {
  it('runs Wonder then Reflect and derives generation 2 with passed criteria frozen', async () => {
    const { port, engine } = scriptedEngine([jsonValue(wonderReply), jsonValue(reflectReply)]);
    const evolution = (await engine.evolve({ seed: parent, evaluation }))._unsafeUnwrap();
    expect(port.requests.map((request) => [request.operation, request.temperature])).toEqual([
      ['wonder', 0.7],
      ['reflect', 0.5],
    ]);
    expect(port.requests[1]?.messages[0]?.content).toContain(`(challenge ${failedKey}) Does a restart mean`);
    expect(evolution.seed).toMatchObject({
      id: 'seed_000000000100',
      parentId: parent.id,
      generation: 2,
      goal: parent.goal,
      createdAt: NOW.toISOString(),
    });
    expect(evolution.seed.acceptanceCriteria[0]).toEqual(parent.acceptanceCriteria[0]);
    expect(evolution.overridden).toEqual([passedKey]);
    expect(evolution.frozen).toEqual([passedKey, thirdKey]);
    expect(evolution.seed.acceptanceCriteria[1]?.description).toBe(revisedCriterion.description);
    expect(evolution.seed.ontology.fields.at(-1)?.name).toBe('CompletedAt');
    expect(evolution.wonder.questions).toHaveLength(2);
  });

  it('refuses to evolve past the cap before calling the model', async () => {
    const { port, engine } = scriptedEngine([jsonValue(wonderReply), jsonValue(reflectReply)]);
    expect((await engine.evolve({ seed: parent, evaluation, maxGenerations: 1 }))._unsafeUnwrapErr()).toMatchObject({
      code: 'generation-cap',
      generation: 2,
      cap: 1,
    });
    expect(port.requests).toHaveLength(0);
  });

  it('sends ungrounded Wonder questions back for repair', async () => {
    const ungrounded = {
      ...wonderReply,
      questions: [
        { text: 'Is it good?', kind: 'challenge', criterionKeys: [] },
        { text: 'Why?', kind: 'challenge', criterionKeys: ['ac_ffffffffffffffff'] },
      ],
    };
    const { port, engine } = scriptedEngine([jsonValue(ungrounded), jsonValue(wonderReply)]);
    (await engine.wonder({ seed: parent, evaluation }))._unsafeUnwrap();
    const repair = port.requests[1]?.messages.at(-1)?.content ?? '';
    expect(repair).toContain('questions.0.criterionKeys: a challenge must name the criteria it questions');
    expect(repair).toContain('questions.1.criterionKeys: no criterion ac_ffffffffffffffff');
  });

  it('sends Reflect patches for unknown criteria and malformed mutations back for repair', async () => {
    const wonder = (
      await scriptedEngine([jsonValue(wonderReply)]).engine.wonder({ seed: parent, evaluation })
    )._unsafeUnwrap();
    const bad = {
      ...reflectReply,
      patches: [{ action: 'keep', key: 'ac_ffffffffffffffff', criterion: null }],
      mutations: [{ action: 'modify', name: 'Task', field: null, reason: '' }],
    };
    const unknownKey = { ...reflectReply, patches: [{ action: 'keep', key: 'ac_ffffffffffffffff', criterion: null }] };
    const { port, engine } = scriptedEngine([jsonValue(bad), jsonValue(unknownKey)]);
    const error = (await engine.reflect({ seed: parent, evaluation, wonder }))._unsafeUnwrapErr();
    expect(port.requests[1]?.messages.at(-1)?.content).toContain(
      'mutations.0.field: modify needs the whole field, named "Task"',
    );
    expect(error).toMatchObject({
      code: 'llm-reply-invalid',
      issues: [`reflect.patches: no criterion ac_ffffffffffffffff in seed ${parent.id}`],
    });
  });
});

describe('engine.wonder and engine.reflect', () => {
  it('refuse an evaluation of another seed before calling the model', async () => {
    const other = { ...evaluation, seedId: 'seed_ffffffffffff' };
    const { port, engine } = scriptedEngine([jsonValue(wonderReply)]);
    expect((await engine.wonder({ seed: parent, evaluation: other }))._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-input',
      field: 'evaluation.seedId',
    });
    const wonder = { questions: [], tensions: [], shouldContinue: true, reasoning: '' };
    expect((await engine.reflect({ seed: parent, evaluation: other, wonder }))._unsafeUnwrapErr().code).toBe(
      'invalid-input',
    );
    expect((await engine.evolve({ seed: parent, evaluation: other }))._unsafeUnwrapErr().code).toBe('invalid-input');
    expect(port.requests).toHaveLength(0);
  });
});
