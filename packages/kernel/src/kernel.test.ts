import { createTempHome } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config/load-config.js';
import { createKernel } from './kernel.js';

describe('createKernel', () => {
  it('wires the subsystems on one store and closes them once', async () => {
    await using home = await createTempHome();
    const config = loadConfig({ env: home.env, initialize: true })._unsafeUnwrap();
    const kernel = createKernel(config, { version: '9.9.9' })._unsafeUnwrap();
    const events = kernel.bus.subscribe({ afterId: 0 });
    expect(events.take()?.event).toEqual({ type: 'kernel-started', version: '9.9.9', home: home.path });
    const session = kernel.sessions.create({ userId: 'ann' })._unsafeUnwrap();
    expect(kernel.sessions.get(session.id).isOk()).toBe(true);
    await kernel.close('test');
    await kernel.close('again');
    expect(events.closed).toBe(true);
    // The store lock was released: a new kernel can open the same home.
    const again = createKernel(config)._unsafeUnwrap();
    expect(again.sessions.get(session.id)._unsafeUnwrap().userId).toBe('ann');
    await again.close();
  });

  it('wires the LLM engine and agent runtime, which say how to configure a missing key', async () => {
    await using home = await createTempHome();
    const config = loadConfig({ env: home.env, initialize: true })._unsafeUnwrap();
    const kernel = createKernel(config, { env: {} })._unsafeUnwrap();
    const error = kernel.llm.resolveModel()._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'llm-not-configured', provider: 'anthropic', envVar: 'ANTHROPIC_API_KEY' });
    expect(error.message).toContain(config.configPath);
    const run = await kernel.runtime.run({
      agentId: 'a1',
      sessionId: 's1',
      seed: { id: 'seed_1', goal: 'x', constraints: [], acceptanceCriteria: [] },
      workspaceRoot: home.path,
    });
    expect(run._unsafeUnwrapErr().code).toBe('llm-not-configured');
    expect(kernel.usage.totals({ sessionId: 's1' })._unsafeUnwrap().requests).toBe(0);
    await kernel.close();
  });

  it('fails with store-locked while another kernel holds the home', async () => {
    await using home = await createTempHome();
    const config = loadConfig({ env: home.env, initialize: true })._unsafeUnwrap();
    const first = createKernel(config)._unsafeUnwrap();
    expect(createKernel(config)._unsafeUnwrapErr()).toMatchObject({ code: 'store-locked', pid: process.pid });
    await first.close();
  });
});
