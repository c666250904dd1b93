import { describe, expect, it } from 'vitest';
import { NOW, scriptedEngine } from '../../test/engine.js';
import { OPEN_GATE } from '../../test/fixtures.js';
import { seedReply } from '../../test/replies.js';
import { jsonText, jsonValue } from '../testing/scripted-port.js';

// Words a summarising or trimming pipeline would lose: whitespace, quotes, markup, unicode, newlines.
const idea = '  Build me a to-do CLI.\n\nIt must work *offline* — "no cloud", ever!  \t';
const answers = [
  'Just me; maybe my partner later…',
  '```json\n{"storage": "tasks.json"}\n```',
  'Done = `todo done <id>` prints ✓\n',
];
const transcript = {
  idea,
  rounds: answers.map((answer, i) => ({ round: i + 1, question: `Question ${i + 1}?`, answer })),
};

describe('engine.extractSeed', () => {
  it("gives the person's request and every answer to the model verbatim", async () => {
    const { port, engine } = scriptedEngine([jsonText(seedReply())]);
    (await engine.extractSeed({ transcript, brownfield: false, gate: OPEN_GATE }))._unsafeUnwrap();
    const request = port.requests[0]!;
    expect(request.messages.filter((message) => message.role === 'user').map((message) => message.content)).toEqual([
      idea,
      ...answers,
    ]);
    expect(
      request.messages.filter((message) => message.role === 'assistant').map((message) => message.content),
    ).toEqual(['Question 1?', 'Question 2?', 'Question 3?']);
    expect(request).toMatchObject({ operation: 'extract-seed', temperature: 0.2, schemaName: 'seed' });
  });

  it('returns a frozen generation-1 seed carrying the gate record', async () => {
    const { engine } = scriptedEngine([jsonValue(seedReply())]);
    const seed = (await engine.extractSeed({ transcript, brownfield: true, gate: OPEN_GATE }))._unsafeUnwrap();
    expect(seed).toMatchObject({
      id: 'seed_000000000100',
      generation: 1,
      parentId: null,
      brownfield: true,
      gate: OPEN_GATE,
      createdAt: NOW.toISOString(),
    });
    expect(seed.acceptanceCriteria[0]).toMatchObject({
      verify: ['node', 'todo.js', 'add', 'x'],
      outputAssertion: 'added #1',
    });
    expect(seed.acceptanceCriteria[1]).not.toHaveProperty('verify');
    expect(Object.isFrozen(seed.acceptanceCriteria[0]?.verify)).toBe(true);
  });

  it('refuses a closed gate before calling the model', async () => {
    const { port, engine } = scriptedEngine([jsonValue(seedReply())]);
    const closed = { ambiguity: 0.2001, threshold: 0.2, forced: false, reason: null };
    expect(
      (await engine.extractSeed({ transcript, brownfield: false, gate: closed }))._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'gate-closed',
      ambiguity: 0.2001,
      threshold: 0.2,
    });
    // A record that claims a looser threshold does not loosen the engine's.
    const loose = { ambiguity: 0.3, threshold: 0.5, forced: false, reason: null };
    expect((await engine.extractSeed({ transcript, brownfield: false, gate: loose }))._unsafeUnwrapErr().code).toBe(
      'gate-closed',
    );
    expect(port.requests).toHaveLength(0);
  });

  it('extracts behind a forced gate and records the force', async () => {
    const forced = { ambiguity: 0.6, threshold: 0.2, forced: true, reason: 'user insisted' };
    const { engine } = scriptedEngine([jsonValue(seedReply())]);
    expect((await engine.extractSeed({ transcript, brownfield: false, gate: forced }))._unsafeUnwrap().gate).toEqual(
      forced,
    );
  });

  it('sends a shell string in argv and an escaping artifact path back for repair', async () => {
    const bad = seedReply({
      acceptanceCriteria: [
        {
          description: 'tests pass',
          verify: ['npm test', '&&', 'echo'],
          expectedArtifacts: ['../out'],
          outputAssertion: null,
        },
      ],
    });
    const { port, engine } = scriptedEngine([jsonValue(bad), jsonValue(seedReply())]);
    (await engine.extractSeed({ transcript, brownfield: false, gate: OPEN_GATE }))._unsafeUnwrap();
    const repair = port.requests[1]?.messages.at(-1)?.content ?? '';
    expect(repair).toContain('acceptanceCriteria.0.verify.0: one program name');
    expect(repair).toContain('acceptanceCriteria.0.verify.1: "&&" needs a shell');
  });

  it('sends seed-rule violations back for repair and fails after the second invalid reply', async () => {
    const escaping = seedReply({
      acceptanceCriteria: [
        { description: 'writes', verify: ['node', 'x.js'], expectedArtifacts: ['../out'], outputAssertion: null },
      ],
    });
    const { port, engine } = scriptedEngine([jsonValue(escaping), jsonValue(seedReply({ acceptanceCriteria: [] }))]);
    const error = (await engine.extractSeed({ transcript, brownfield: false, gate: OPEN_GATE }))._unsafeUnwrapErr();
    expect(port.requests[1]?.messages.at(-1)?.content).toContain(
      'acceptanceCriteria.0.expectedArtifacts.0: must not contain ".."',
    );
    expect(error).toMatchObject({
      code: 'llm-reply-invalid',
      issues: ['acceptanceCriteria: a seed needs at least one acceptance criterion'],
    });
  });
});
