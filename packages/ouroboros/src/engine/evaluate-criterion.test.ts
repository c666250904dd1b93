import { describe, expect, it } from 'vitest';
import { hang, scriptedEngine } from '../../test/engine.js';
import { seed } from '../../test/fixtures.js';
import { judgementReply, voteReply } from '../../test/replies.js';
import { jsonValue } from '../testing/scripted-port.js';

const subject = seed();
const criterion = subject.acceptanceCriteria[0]!;
const passing = { exitCode: 0, output: 'added #1', presentArtifacts: ['todo.js'] };
const request = { seed: subject, criterion, artifact: 'todo.js prints "added #1"', observation: passing };

describe('engine.evaluateCriterion', () => {
  it('stops at a failed mechanical check without calling the model', async () => {
    const { port, engine } = scriptedEngine();
    const result = (
      await engine.evaluateCriterion({ ...request, observation: { ...passing, exitCode: 2 } })
    )._unsafeUnwrap();
    expect(result).toMatchObject({ verdict: 'fail', decidedBy: 'mechanical', score: null });
    expect(port.requests).toHaveLength(0);
  });

  it('approves through the semantic stage and shows the judge the contract and the artifact', async () => {
    const { port, engine } = scriptedEngine([jsonValue(judgementReply())]);
    const result = (await engine.evaluateCriterion(request))._unsafeUnwrap();
    expect(result).toMatchObject({ verdict: 'pass', decidedBy: 'semantic', score: 0.9 });
    expect(result.stages.map((stage) => stage.stage)).toEqual(['mechanical', 'semantic']);
    expect(port.requests[0]).toMatchObject({ operation: 'judge-semantic', temperature: 0.2 });
    expect(port.requests[0]?.messages[0]?.content).toContain('output must contain: "added #1"');
    expect(port.requests[0]?.messages[0]?.content).toContain('todo.js prints "added #1"');
  });

  it('rejects at score 0.79 and approves at 0.8', async () => {
    const { engine } = scriptedEngine([
      jsonValue(judgementReply({ score: 0.79 })),
      jsonValue(judgementReply({ score: 0.8 })),
    ]);
    expect((await engine.evaluateCriterion(request))._unsafeUnwrap().verdict).toBe('fail');
    expect((await engine.evaluateCriterion(request))._unsafeUnwrap().verdict).toBe('pass');
  });

  it('vetoes a high score with reward-hacking risk 0.7', async () => {
    const { engine } = scriptedEngine([jsonValue(judgementReply({ score: 0.95, rewardHackingRisk: 0.7 }))]);
    const result = (await engine.evaluateCriterion(request))._unsafeUnwrap();
    expect(result.verdict).toBe('fail');
    expect(result.stages[1]).toMatchObject({ stage: 'semantic', vetoed: true });
  });

  it('runs three consensus votes when a trigger fires and follows their 2-of-3 majority', async () => {
    const { port, engine } = scriptedEngine([
      jsonValue(judgementReply({ score: 0.7, drift: 0.31 })),
      jsonValue(voteReply(true)),
      jsonValue(voteReply(false)),
      jsonValue(voteReply(true)),
    ]);
    const result = (await engine.evaluateCriterion(request))._unsafeUnwrap();
    expect(result).toMatchObject({ verdict: 'pass', decidedBy: 'consensus' });
    expect(result.stages[2]).toMatchObject({ stage: 'consensus', trigger: 'seed-drift-alert', ratio: 0.6667 });
    expect(port.requests.slice(1).map((r) => [r.operation, r.temperature])).toEqual([
      ['cast-vote', 0.3],
      ['cast-vote', 0.3],
      ['cast-vote', 0.3],
    ]);
    expect(port.requests[2]?.system).toContain("devil's advocate");
  });

  it('counts the votes that arrived when one voter fails', async () => {
    const { engine } = scriptedEngine([
      jsonValue(judgementReply()),
      jsonValue(voteReply(true)),
      { fail: { message: 'rate limited' } },
      jsonValue(voteReply(false)),
    ]);
    const result = (await engine.evaluateCriterion({ ...request, signals: { seedModified: true } }))._unsafeUnwrap();
    expect(result.stages[2]).toMatchObject({ ratio: 0.5, approved: false });
    expect(result.verdict).toBe('fail');
  });

  it('is an insufficient-votes error, not a rejection, when two voters fail', async () => {
    const { engine } = scriptedEngine([
      jsonValue(judgementReply()),
      { fail: { message: 'down' } },
      { fail: { message: 'down' } },
      jsonValue(voteReply(true)),
    ]);
    expect(
      (await engine.evaluateCriterion({ ...request, signals: { manualRequest: true } }))._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'insufficient-votes',
      collected: 1,
      required: 2,
    });
  });

  it('reports aborted, not insufficient votes, when cancelled during the vote', async () => {
    const { engine } = scriptedEngine([jsonValue(judgementReply()), hang, hang, hang]);
    const controller = new AbortController();
    const pending = engine.evaluateCriterion({
      ...request,
      signals: { manualRequest: true },
      signal: controller.signal,
    });
    setTimeout(() => {
      controller.abort();
    }, 20);
    expect((await pending)._unsafeUnwrapErr()).toMatchObject({ code: 'aborted', operation: 'cast-vote' });
  });
});
