import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempHome, startFakeLlm, type FakeLlm, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSeedRepository, type Kernel, type OrchestratorReply } from '../src/index.js';
import { createBrain, type BrainOptions } from './support/ouroboros-brain.js';
import { testKernel } from './support/kernel-fixture.js';

describe('the orchestrator over the fake LLM (real provider code)', () => {
  let home: TempHome;
  let fake: FakeLlm;
  let kernel: Kernel;
  const start = (options: BrainOptions = {}) => {
    const brain = createBrain(options);
    fake.setResponder(brain.respond);
    kernel = testKernel(home.path, fake);
    return brain;
  };
  const session = (userId = 'ann') => kernel.sessions.create({ userId })._unsafeUnwrap().id;
  const send = async (sessionId: string, text: string, extra: { force?: { reason: string } } = {}) =>
    (await kernel.orchestrator.handle({ sessionId, userId: 'ann', text, ...extra }))._unsafeUnwrap();
  const result = (reply: OrchestratorReply) => {
    if (reply.kind !== 'result') throw new Error(`expected a result, got ${reply.kind}: ${reply.text}`);
    return reply;
  };

  beforeEach(async () => {
    home = await createTempHome();
    fake = await startFakeLlm();
  });
  afterEach(async () => {
    await kernel.close();
    await fake.close();
    await home.remove();
  });

  it('takes a clear request through interview → seed → execute → a real verify command → reply', async () => {
    start({ clarity: () => 0.95 });
    const id = session();
    const reply = result(await send(id, '[clear] write hello.txt saying hello'));
    expect(reply.outcome).toBe('passed');
    expect(reply.generation).toBe(1);
    expect(reply.forced).toBe(false);
    expect(reply.criteria).toEqual([
      expect.objectContaining({ verdict: 'pass', unverified: false, output: 'hello\n' }),
    ]);
    expect(readFileSync(join(reply.workspace, 'hello.txt'), 'utf8')).toBe('hello\n');
    expect(kernel.sessions.get(id)._unsafeUnwrap()).toMatchObject({ status: 'completed', phase: 'evolve' });
    const messages = kernel.sessions.messages(id)._unsafeUnwrap();
    expect(messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(messages[1]?.content).toContain('every acceptance criterion passed');
    const state = (await kernel.orchestrator.state(id))._unsafeUnwrap();
    expect(state?.status).toBe('converged');
  });

  it('asks about an ambiguous request without executing; the answers reach the seed verbatim; force is recorded', async () => {
    const brain = start({ clarity: () => 0.3 });
    const id = session();
    const first = await send(id, '[vague] make me something nice');
    expect(first).toMatchObject({ kind: 'question', round: 1, ambiguity: 0.7 });
    expect(brain.log.agentRuns.size).toBe(0);
    const second = await send(id, 'ANSWER: a file called hello.txt that says "hello" — exactly, with quotes!');
    expect(second).toMatchObject({ kind: 'question', round: 2 });
    expect(kernel.supervisor.list()._unsafeUnwrap().items).toEqual([]);

    const forced = result(await send(id, 'just do it', { force: { reason: 'the user insisted' } }));
    expect(forced).toMatchObject({ outcome: 'passed', forced: true });
    const seedRequest = brain.log.structured.find((entry) => entry.tool === 'seed');
    expect(seedRequest?.transcript).toContain(
      'ANSWER: a file called hello.txt that says "hello" — exactly, with quotes!',
    );
    const seed = createSeedRepository(kernel.store).get(forced.seedId)._unsafeUnwrap();
    expect(seed.forced).toBe(true);
    expect(seed.seed.gate).toMatchObject({ forced: true, reason: 'the user insisted' });
    expect(seed.seed.constraints).toContain(
      'ANSWER: a file called hello.txt that says "hello" — exactly, with quotes!',
    );
  });

  it('fails stage 1 when the agent only claims success, although the judge says pass; generation 2 then passes', async () => {
    start({ clarity: () => 0.95, agent: (run) => (run === 0 ? 'claim' : 'write'), judgeScore: () => 0.95 });
    const id = session();
    const reply = result(await send(id, '[claims] write hello.txt'));
    expect(reply).toMatchObject({ outcome: 'passed', generation: 2 });
    const seeds = createSeedRepository(kernel.store);
    const lineage = seeds.lineage(reply.seedId)._unsafeUnwrap();
    expect(lineage.map((record) => [record.seed.generation, record.seed.parentId])).toEqual([
      [1, null],
      [2, lineage[0]?.seed.id],
    ]);
    const firstEvaluation = kernel.store.database
      .prepare('SELECT passed, body FROM evaluations WHERE seed_id = ?')
      .get(lineage[0]?.seed.id ?? '') as { passed: number; body: string };
    expect(firstEvaluation.passed).toBe(0);
    const criterion = (JSON.parse(firstEvaluation.body) as { criteria: { verdict: string; decidedBy: string }[] })
      .criteria[0];
    expect(criterion).toMatchObject({ verdict: 'fail', decidedBy: 'mechanical' });
    expect(lineage[0]?.execution).toMatchObject({ runs: 1, passes: 0 });
    expect(lineage[1]?.execution).toMatchObject({ runs: 1, passes: 1 });
  });

  it('stops a lineage whose scores plateau as stagnated, well before the generation cap', async () => {
    start({ clarity: () => 0.95, agent: () => 'claim' });
    const id = session();
    const reply = result(await send(id, '[stuck] write hello.txt'));
    expect(reply.outcome).toBe('stagnated');
    expect(reply.generation).toBeLessThan(30);
    expect(existsSync(join(reply.workspace, 'hello.txt'))).toBe(false);
    expect(kernel.sessions.get(id)._unsafeUnwrap().status).toBe('failed');
  });

  it('runs sessions concurrently: one blocked in its interview does not delay another', async () => {
    let release: (value: unknown) => void = () => undefined;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    start({
      clarity: (text) => (text.includes('[slow]') ? 0.3 : 0.95),
      holdFor: (text) => (text.includes('[slow]') ? held : undefined),
    });
    const slow = session();
    const fast = session();
    let slowDone = false;
    const slowReply = send(slow, '[slow] something vague').then((reply) => {
      slowDone = true;
      return reply;
    });
    const fastReply = result(await send(fast, '[fast] write hello.txt'));
    expect(fastReply.outcome).toBe('passed');
    expect(slowDone).toBe(false);
    release(undefined);
    expect((await slowReply).kind).toBe('question');
  });
});
