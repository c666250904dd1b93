// Agent runs end to end: the real pi-ai providers against the fake LLM server, pi-agent-core's
// Agent, the real access manager (audit in SQLite), real files and real child processes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeLlm, type FakeLlm } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MODEL_BY_PROTOCOL, PROTOCOLS } from './support/llm-fixtures.js';
import { createRuntimeFixture, SEED, type RuntimeFixture } from './support/runtime-fixture.js';

let fake: FakeLlm;
let fixture: RuntimeFixture;

beforeEach(async () => {
  fake = await startFakeLlm();
});
afterEach(async () => {
  fixture.dispose();
  await fake.close();
});

function input(overrides: Partial<Parameters<RuntimeFixture['runtime']['run']>[0]> = {}) {
  return { agentId: 'agent-1', sessionId: 'session-1', seed: SEED, workspaceRoot: fixture.workspace, ...overrides };
}

describe.each(PROTOCOLS)('an agent over %s', (protocol) => {
  it('writes a file with write, reads it back, and finishes', async () => {
    fixture = createRuntimeFixture(fake);
    fixture.addAgent('agent-1');
    fake.push(
      { text: 'Writing.', toolCalls: [{ name: 'write', arguments: { path: 'notes/hello.txt', content: 'hi there' } }] },
      { toolCalls: [{ name: 'read', arguments: { path: 'notes/hello.txt' } }] },
      { text: 'Done: notes/hello.txt says hi there.', usage: { input: 100, output: 10 } },
    );
    const result = await fixture.runtime.run(input({ model: MODEL_BY_PROTOCOL[protocol] }));
    const run = result._unsafeUnwrap();
    expect(run).toMatchObject({ text: 'Done: notes/hello.txt says hi there.', turns: 3, toolCalls: 2 });
    expect(readFileSync(join(fixture.workspace, 'notes/hello.txt'), 'utf8')).toBe('hi there');
    expect(fake.requests[1]!.messages.at(-1)).toMatchObject({
      role: 'tool',
      text: 'Wrote 8 bytes to notes/hello.txt.',
    });
    expect(fake.requests[2]!.messages.at(-1)).toMatchObject({ role: 'tool', text: 'hi there' });
    expect(fake.requests[0]!.system).toContain('## Goal\nWrite notes/hello.txt');
    expect(fake.requests[0]!.tools.map((tool) => tool.name)).toEqual([
      'read',
      'write',
      'edit',
      'ls',
      'grep',
      'find',
      'container_exec',
    ]);
    const totals = fixture.usage.totals({ sessionId: 'session-1', agentId: 'agent-1' })._unsafeUnwrap();
    expect(totals.requests).toBe(3);
    expect(run.usage.requests).toBe(3);
    expect(fixture.runs.get(run.runId)._unsafeUnwrap()).toMatchObject({ status: 'completed', turns: 3 });
  });
});

describe('agent runs', () => {
  it('publishes every step: run, turns, streamed text, tools with durations, usage', async () => {
    fixture = createRuntimeFixture(fake);
    fixture.addAgent('agent-1');
    fake.push(
      { toolCalls: [{ name: 'write', arguments: { path: 'a.txt', content: 'x' } }] },
      { text: ['Fin', 'ished'] },
    );
    (await fixture.runtime.run(input()))._unsafeUnwrap();
    const types = fixture.events.map((event) => event.type).filter((type) => type !== 'llm-usage-recorded');
    expect(types).toEqual([
      'agent-run-started',
      'agent-turn-started',
      'tool-call-started',
      'tool-call-ended',
      'agent-turn-ended',
      'agent-turn-started',
      'agent-text-streamed',
      'agent-text-streamed',
      'agent-turn-ended',
      'agent-run-ended',
    ]);
    expect(fixture.events).toContainEqual(
      expect.objectContaining({ type: 'tool-call-started', tool: 'write', summary: 'write a.txt' }),
    );
    expect(fixture.events).toContainEqual(
      expect.objectContaining({ type: 'tool-call-ended', tool: 'write', isError: false, code: null }),
    );
    expect(fixture.events.filter((event) => event.type === 'llm-usage-recorded')).toHaveLength(2);
    expect(fixture.events.at(-1)).toMatchObject({
      type: 'agent-run-ended',
      status: 'completed',
      turns: 2,
      toolCalls: 1,
    });
  });

  it('denies a path outside the workspace, audits it, tells the model, and the run continues', async () => {
    fixture = createRuntimeFixture(fake);
    fixture.addAgent('agent-1');
    writeFileSync(join(fixture.root, 'secret.txt'), 'top secret');
    fake.push({ toolCalls: [{ name: 'read', arguments: { path: '../secret.txt' } }] }, { text: 'Could not read it.' });
    const run = (await fixture.runtime.run(input()))._unsafeUnwrap();
    expect(run.text).toBe('Could not read it.');
    const told = fake.requests[1]!.messages.at(-1)!;
    expect(told).toMatchObject({ role: 'tool', isError: true });
    expect(told.text).toMatch(/^Error \(path-denied\)/);
    expect(told.text).not.toContain('top secret');
    const denied = fixture.access.audit.query({ subject: 'agent:agent-1', allowed: false })._unsafeUnwrap().items;
    expect(denied).toEqual([
      expect.objectContaining({
        action: 'path-read',
        resource: '../secret.txt',
        sessionId: 'session-1',
        agentId: 'agent-1',
      }),
    ]);
    expect(fixture.events).toContainEqual(expect.objectContaining({ type: 'tool-call-ended', code: 'path-denied' }));
  });

  it('never runs a tool the agent is denied, and audits the denial', async () => {
    fixture = createRuntimeFixture(fake);
    fixture.addAgent('agent-1', { deniedTools: ['write'] });
    fake.push({ toolCalls: [{ name: 'write', arguments: { path: 'x.txt', content: 'no' } }] }, { text: 'Fine.' });
    const run = (await fixture.runtime.run(input()))._unsafeUnwrap();
    expect(run.text).toBe('Fine.');
    expect(existsSync(join(fixture.workspace, 'x.txt'))).toBe(false);
    expect(fake.requests[1]!.messages.at(-1)!.text).toMatch(/^Error \(permission-denied\): .*deny "write"/);
    const denied = fixture.access.audit.query({ subject: 'agent:agent-1', action: 'use-tool', allowed: false });
    expect(denied._unsafeUnwrap().items).toEqual([expect.objectContaining({ resource: 'write' })]);
    // No path was ever checked for the denied call: nothing of it ran.
    expect(
      fixture.access.audit.query({ subject: 'agent:agent-1', action: 'path-write' })._unsafeUnwrap().items,
    ).toEqual([]);
  });

  it('returns invalid arguments to the model as a tool error', async () => {
    fixture = createRuntimeFixture(fake);
    fixture.addAgent('agent-1');
    fake.push({ toolCalls: [{ name: 'edit', arguments: { path: 'a.txt' } }] }, { text: 'ok' });
    (await fixture.runtime.run(input()))._unsafeUnwrap();
    expect(fake.requests[1]!.messages.at(-1)!.text).toContain('Validation failed for tool "edit"');
  });

  it('stops with budget-exceeded (cost) before the tools of the reply that crossed the cap run', async () => {
    fixture = createRuntimeFixture(fake, {
      llm: { agent_budget: { max_turns: 50, max_wall_secs: 600, max_tokens: 10_000_000, max_cost_usd: 0.001 } },
    });
    fixture.addAgent('agent-1');
    fake.push({
      toolCalls: [{ name: 'write', arguments: { path: 'late.txt', content: 'x' } }],
      usage: { input: 1_000, output: 100 },
    });
    const error = (
      await fixture.runtime.run(input({ model: MODEL_BY_PROTOCOL['openai-completions'] }))
    )._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'budget-exceeded', limit: 'cost', scope: 'agent', max: 0.001 });
    expect(error.code === 'budget-exceeded' && error.used).toBeCloseTo(0.0045, 6);
    expect(existsSync(join(fixture.workspace, 'late.txt'))).toBe(false);
    expect(fake.requests).toHaveLength(1);
    expect(fixture.events.at(-1)).toMatchObject({
      type: 'agent-run-ended',
      status: 'budget-exceeded',
      code: 'budget-exceeded',
    });
  });

  it('stops with budget-exceeded (turns) when the agent wants more turns than allowed', async () => {
    fixture = createRuntimeFixture(fake);
    fixture.addAgent('agent-1');
    fake.setResponder(() => ({ toolCalls: [{ name: 'ls', arguments: {} }] }));
    const error = (await fixture.runtime.run(input({ budget: { max_turns: 2 } })))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'budget-exceeded', limit: 'turns', used: 2, max: 2 });
    expect(fake.requests).toHaveLength(2);
  });

  it("refuses to start when the session's budget is already spent", async () => {
    fixture = createRuntimeFixture(fake, {
      llm: { session_budget: { max_turns: 500, max_wall_secs: 600, max_tokens: 1_000, max_cost_usd: 100 } },
    });
    fixture.addAgent('agent-1');
    fixture.usage.record({
      at: Date.now(),
      sessionId: 'session-1',
      agentId: 'earlier',
      provider: 'fake-chat',
      model: 'fake-chat',
      inputTokens: 900,
      outputTokens: 200,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      costUsd: 0.01,
    });
    const error = (await fixture.runtime.run(input()))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'budget-exceeded', scope: 'session', limit: 'tokens', used: 1_100 });
    expect(fake.requests).toHaveLength(0);
  });

  it('gives llm-not-configured, without a request, when the key is missing', async () => {
    fixture = createRuntimeFixture(fake, { env: {} });
    fixture.addAgent('agent-1');
    const error = (await fixture.runtime.run(input()))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'llm-not-configured', envVar: 'FAKE_LLM_KEY' });
    expect(fake.requests).toHaveLength(0);
  });

  it('ends with the typed LLM error when the provider fails for good', async () => {
    fixture = createRuntimeFixture(fake);
    fixture.addAgent('agent-1');
    fake.push({ toolCalls: [{ name: 'ls', arguments: {} }] }, { status: 400, message: 'context too long' });
    const error = (await fixture.runtime.run(input()))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'llm', status: 400, retryable: false });
    expect(fixture.events.at(-1)).toMatchObject({ type: 'agent-run-ended', status: 'failed', code: 'llm' });
  });

  it('survives a stream cut mid-turn through the engine retry', async () => {
    fixture = createRuntimeFixture(fake);
    fixture.addAgent('agent-1');
    fake.push({ text: ['Wor', 'king'], fault: { kind: 'cut', afterChunks: 1 } }, { text: 'Recovered.' });
    expect((await fixture.runtime.run(input()))._unsafeUnwrap().text).toBe('Recovered.');
  });

  it('refuses container_exec without a sandbox and tells the model how to fix it', async () => {
    fixture = createRuntimeFixture(fake);
    fixture.addAgent('agent-1');
    fake.push({ toolCalls: [{ name: 'container_exec', arguments: { command: 'ls' } }] }, { text: 'No sandbox.' });
    (await fixture.runtime.run(input()))._unsafeUnwrap();
    expect(fake.requests[1]!.messages.at(-1)!.text).toMatch(/^Error \(unavailable\): no sandbox is available/);
  });
});
