import { createTempHome, type TempHome } from '@oxios/testkit';
import { err, ok, type Result } from 'neverthrow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../clock/manual-clock.js';
import { invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { createEventBus } from '../events/event-bus.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { AgentEvent } from './agent-events.js';
import { AGENT_INTERRUPTED_BY_RESTART, createSupervisor, type Supervisor } from './create-supervisor.js';
import type { AgentRun } from './types.js';

const seed = { id: 'seed-1', goal: 'Write the release notes\nfor 0.3' };

/** A run that ends when the test says so, ignoring its signal unless asked. */
function pendingRun<T>() {
  let resolve: (result: Result<T, KernelError>) => void = () => undefined;
  const state: { signal?: AbortSignal; run: AgentRun<T>; finish: (result: Result<T, KernelError>) => void } = {
    run: (signal) => {
      state.signal = signal;
      return new Promise((done) => {
        resolve = done;
      });
    },
    finish: (result) => {
      resolve(result);
    },
  };
  return state;
}

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('Supervisor', () => {
  let home: TempHome;
  let store: Store;
  let clock: ManualClock;
  let events: AgentEvent[];
  let supervisor: Supervisor;
  const create = () => {
    const bus = createEventBus<AgentEvent>();
    bus.on((published) => events.push(published.event));
    return createSupervisor({ store, bus, clock })._unsafeUnwrap();
  };
  beforeEach(async () => {
    home = await createTempHome();
    store = openStore({ home: home.path })._unsafeUnwrap();
    clock = createManualClock();
    events = [];
    supervisor = create();
  });
  afterEach(async () => {
    supervisor.close();
    store.close();
    await home.remove();
  });

  it('forks a starting agent from a seed, persisted and announced', () => {
    const agent = supervisor.fork({ seed, sessionId: 's1', owner: 'user:ann' })._unsafeUnwrap();
    expect(agent).toMatchObject({
      name: 'Write the release notes',
      status: 'starting',
      seedId: 'seed-1',
      sessionId: 's1',
      owner: 'user:ann',
    });
    expect(supervisor.get(agent.id)._unsafeUnwrap()).toEqual(agent);
    expect(events).toEqual([
      { type: 'agent-created', agentId: agent.id, name: agent.name, seedId: 'seed-1', sessionId: 's1', parentId: null },
    ]);
    expect(supervisor.fork({ seed: { id: '', goal: 'x' } })._unsafeUnwrapErr()).toMatchObject({ field: 'seed.id' });
  });

  it('runs an agent to idle, publishing each transition in order, and wait() returns the end state', async () => {
    const agent = supervisor.fork({ seed })._unsafeUnwrap();
    const work = pendingRun<string>();
    const execution = supervisor.exec(agent.id, work.run)._unsafeUnwrap();
    expect(execution.agent.status).toBe('running');
    const waiting = supervisor.wait(agent.id);
    let waited = false;
    void waiting.then(() => (waited = true));
    await flush();
    expect(waited).toBe(false); // wait really waits
    work.finish(ok('notes written'));
    expect((await waiting)._unsafeUnwrap()).toMatchObject({ status: 'idle' });
    expect(await execution.done).toMatchObject({ status: 'idle', value: 'notes written' });
    expect(events.map((event) => event.type)).toEqual(['agent-created', 'agent-started', 'agent-idle']);
    // An idle agent may run again.
    const again = supervisor.exec(agent.id, () => Promise.resolve(ok(2)))._unsafeUnwrap();
    expect((await again.done).status).toBe('idle');
  });

  it('marks the agent failed when its run returns an error or throws', async () => {
    const first = supervisor.fork({ seed })._unsafeUnwrap();
    const failing = supervisor.exec(first.id, () => Promise.resolve(err(invalidArgument('x', 'bad'))))._unsafeUnwrap();
    expect(await failing.done).toMatchObject({ status: 'failed', error: { code: 'invalid-argument' } });
    expect(supervisor.get(first.id)._unsafeUnwrap()).toMatchObject({
      status: 'failed',
      errorCode: 'invalid-argument',
      statusReason: 'x: bad',
    });
    const second = supervisor.fork({ seed })._unsafeUnwrap();
    const throwing = supervisor
      .exec(second.id, () => {
        throw new Error('boom');
      })
      ._unsafeUnwrap();
    expect(await throwing.done).toMatchObject({ status: 'failed', error: { code: 'internal' } });
    expect(events.filter((event) => event.type === 'agent-failed')).toHaveLength(2);
  });

  it('kill aborts the run, stops the agent even if the run ignores the signal, and wait resolves', async () => {
    const agent = supervisor.fork({ seed })._unsafeUnwrap();
    const work = pendingRun<string>();
    const execution = supervisor.exec(agent.id, work.run)._unsafeUnwrap();
    const waiting = supervisor.wait(agent.id);
    const killed = supervisor.kill(agent.id, 'user asked')._unsafeUnwrap();
    expect(killed).toMatchObject({ status: 'stopped', statusReason: 'user asked', errorCode: null });
    expect(work.signal?.aborted).toBe(true);
    expect((await waiting)._unsafeUnwrap()).toMatchObject({ status: 'stopped' });
    expect(await execution.done).toMatchObject({ status: 'stopped', error: { code: 'aborted' } });
    // The run finishing later changes nothing.
    work.finish(ok('too late'));
    await flush();
    expect(supervisor.get(agent.id)._unsafeUnwrap().status).toBe('stopped');
    expect(events.map((event) => event.type)).toEqual(['agent-created', 'agent-started', 'agent-stopped']);
  });

  it('kill of a stopped or failed agent is a no-op returning it unchanged; unknown ids are not-found', () => {
    const agent = supervisor.fork({ seed })._unsafeUnwrap();
    const stopped = supervisor.kill(agent.id)._unsafeUnwrap();
    const eventsBefore = events.length;
    expect(supervisor.kill(agent.id)._unsafeUnwrap()).toEqual(stopped);
    expect(events).toHaveLength(eventsBefore);
    expect(supervisor.kill('nope')._unsafeUnwrapErr()).toMatchObject({ code: 'not-found', resource: 'agent' });
  });

  it('refuses invalid transitions with invalid-state', async () => {
    const agent = supervisor.fork({ seed })._unsafeUnwrap();
    const work = pendingRun<string>();
    supervisor.exec(agent.id, work.run)._unsafeUnwrap();
    expect(supervisor.exec(agent.id, work.run)._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-state',
      resource: 'agent',
      state: 'running',
    });
    supervisor.kill(agent.id)._unsafeUnwrap();
    expect(supervisor.exec(agent.id, work.run)._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-state',
      state: 'stopped',
    });
    const failed = supervisor.fork({ seed })._unsafeUnwrap();
    await supervisor.exec(failed.id, () => Promise.resolve(err(invalidArgument('x', 'y'))))._unsafeUnwrap().done;
    expect(supervisor.exec(failed.id, work.run)._unsafeUnwrapErr()).toMatchObject({ state: 'failed' });
  });

  it('fails an agent whose run exceeds its timeout and aborts the run', async () => {
    const agent = supervisor.fork({ seed })._unsafeUnwrap();
    const work = pendingRun<string>();
    const execution = supervisor.exec(agent.id, work.run, { timeoutMs: 500 })._unsafeUnwrap();
    clock.advance(499);
    expect(work.signal?.aborted).toBe(false);
    clock.advance(1);
    expect(work.signal?.reason).toMatchObject({ code: 'timeout' });
    expect(await execution.done).toMatchObject({ status: 'failed', error: { code: 'timeout' } });
    expect(supervisor.get(agent.id)._unsafeUnwrap()).toMatchObject({ status: 'failed', errorCode: 'timeout' });
  });

  it('stops the agent when the exec signal aborts; wait() honours its own signal', async () => {
    const agent = supervisor.fork({ seed })._unsafeUnwrap();
    const controller = new AbortController();
    const work = pendingRun<string>();
    const execution = supervisor.exec(agent.id, work.run, { signal: controller.signal })._unsafeUnwrap();
    const giveUp = new AbortController();
    const impatient = supervisor.wait(agent.id, { signal: giveUp.signal });
    giveUp.abort();
    expect((await impatient)._unsafeUnwrapErr()).toMatchObject({ code: 'aborted' });
    controller.abort();
    expect(await execution.done).toMatchObject({ status: 'stopped', agent: { statusReason: 'the caller aborted' } });
  });

  it('keeps agents across a reopen and fails the ones that were running with a reason', async () => {
    const idle = supervisor.fork({ seed })._unsafeUnwrap();
    await supervisor.exec(idle.id, () => Promise.resolve(ok(1)))._unsafeUnwrap().done;
    const running = supervisor.fork({ seed, parentId: idle.id })._unsafeUnwrap();
    supervisor.exec(running.id, pendingRun<string>().run)._unsafeUnwrap();
    // Crash: the store is closed under the running agent and reopened by a new supervisor.
    store.close();
    store = openStore({ home: home.path })._unsafeUnwrap();
    events = [];
    supervisor = create();
    expect(supervisor.recovery.interrupted).toEqual([
      expect.objectContaining({ id: running.id, status: 'failed', statusReason: AGENT_INTERRUPTED_BY_RESTART }),
    ]);
    expect(events).toEqual([
      { type: 'agent-failed', agentId: running.id, code: 'unavailable', message: AGENT_INTERRUPTED_BY_RESTART },
    ]);
    expect(supervisor.get(idle.id)._unsafeUnwrap()).toMatchObject({ status: 'idle' });
    expect((await supervisor.wait(running.id))._unsafeUnwrap()).toMatchObject({ status: 'failed' });
    const page = supervisor.list({ limit: 1 })._unsafeUnwrap();
    expect(page.items).toHaveLength(1);
    const rest = supervisor.list({ limit: 5, cursor: page.nextCursor! })._unsafeUnwrap();
    expect(new Set([...page.items, ...rest.items].map((agent) => agent.id))).toEqual(new Set([idle.id, running.id]));
    expect(
      supervisor
        .list({ status: 'idle' })
        ._unsafeUnwrap()
        .items.map((agent) => agent.id),
    ).toEqual([idle.id]);
  });

  it('close() stops running agents, releases waiters and refuses new work', async () => {
    const running = supervisor.fork({ seed })._unsafeUnwrap();
    const work = pendingRun<string>();
    const execution = supervisor.exec(running.id, work.run)._unsafeUnwrap();
    const starting = supervisor.fork({ seed })._unsafeUnwrap();
    const waitingForStart = supervisor.wait(starting.id);
    expect(supervisor.close('shutdown').isOk()).toBe(true);
    expect(work.signal?.aborted).toBe(true);
    expect(await execution.done).toMatchObject({ status: 'stopped', agent: { statusReason: 'shutdown' } });
    expect((await waitingForStart)._unsafeUnwrapErr()).toMatchObject({ code: 'unavailable' });
    expect(supervisor.fork({ seed })._unsafeUnwrapErr()).toMatchObject({ code: 'unavailable' });
    expect(supervisor.exec(starting.id, work.run)._unsafeUnwrapErr()).toMatchObject({ code: 'unavailable' });
  });
});
