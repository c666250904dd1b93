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

  it('fails with store-locked while another kernel holds the home', async () => {
    await using home = await createTempHome();
    const config = loadConfig({ env: home.env, initialize: true })._unsafeUnwrap();
    const first = createKernel(config)._unsafeUnwrap();
    expect(createKernel(config)._unsafeUnwrapErr()).toMatchObject({ code: 'store-locked', pid: process.pid });
    await first.close();
  });
});
