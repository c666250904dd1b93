// A2A end to end: a whole kernel, agents run by the supervisor on the real runtime against the
// fake LLM server; one agent delegates through `a2a_send` and reads the result with `a2a_inbox`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTempHome, startFakeLlm, type FakeLlm, type FakeLlmRequest, type TempHome } from '@oxios/testkit';
import { ok, type Result } from 'neverthrow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { A2aSender, Kernel, KernelError, KernelEvent } from '../src/index.js';
import { testKernel } from './support/kernel-fixture.js';

let home: TempHome;
let fake: FakeLlm;
let kernel: Kernel;
let events: KernelEvent[];

const SEED = {
  id: 'seed-a2a',
  goal: 'Find out the capital of France with help.',
  constraints: [],
  acceptanceCriteria: [],
};
const CHILD_ANSWER = 'The capital of France is Paris.';

const isDelegate = (request: FakeLlmRequest) => request.system?.includes('You are a delegate of agent') === true;
const toolResults = (request: FakeLlmRequest) => request.messages.filter((message) => message.role === 'tool');

beforeEach(async () => {
  home = await createTempHome();
  // The delegate answers at once; the parent delegates, waits for its inbox, then reports.
  fake = await startFakeLlm({
    responder: (request) => {
      if (isDelegate(request)) return { text: CHILD_ANSWER };
      const results = toolResults(request);
      if (results.length === 0)
        return {
          toolCalls: [
            {
              name: 'a2a_send',
              arguments: {
                to: 'orchestrator',
                type: 'delegate-task',
                task_id: 'capital',
                description: 'Name the capital of France.',
              },
            },
          ],
        };
      if (results.length === 1 && results[0]?.text.includes('"delegated": true') === true)
        return { toolCalls: [{ name: 'a2a_inbox', arguments: { wait_secs: 120, task_id: 'capital' } }] };
      return { text: `Done. Last tool said: ${results.at(-1)?.text ?? ''}` };
    },
  });
  kernel = testKernel(home.path, fake);
  events = [];
  kernel.bus.on(({ event }) => events.push(event));
});
afterEach(async () => {
  await kernel.close();
  await fake.close();
  await home.remove();
});

/** Runs a parent agent for `ann` under the supervisor, with or without the right to fork. */
async function runParent(canFork: boolean) {
  const sessionId = kernel.sessions.create({ userId: 'ann' })._unsafeUnwrap().id;
  const parent = kernel.supervisor.fork({ seed: SEED, owner: 'user:ann', sessionId })._unsafeUnwrap();
  kernel.access
    .createPermissions(parent.id, { owner: 'user:ann', by: 'system', overrides: { canFork } })
    ._unsafeUnwrap();
  const workspaceRoot = join(home.path, 'work', parent.id);
  mkdirSync(workspaceRoot, { recursive: true });
  const run = kernel.runtime.forAgent({ seed: SEED, workspaceRoot, userId: 'ann' });
  const exit = await kernel.supervisor.exec(parent.id, run)._unsafeUnwrap().done;
  return { parent, sessionId, exit };
}

describe('A2A delegation', () => {
  it('an agent delegates a task to a new agent through the orchestrator and receives its result', async () => {
    const { parent, sessionId, exit } = await runParent(true);
    expect(exit.status).toBe('idle');
    const text = exit.status === 'idle' ? exit.value.text : '';
    expect(text).toContain('"type": "share-result"');
    expect(text).toContain('"taskId": "capital"');
    expect(text).toContain(CHILD_ANSWER);
    expect(text).toContain('"ok": true');

    const agents = kernel.supervisor.list({ sessionId })._unsafeUnwrap().items;
    const child = agents.find((agent) => agent.parentId === parent.id);
    expect(child).toMatchObject({ owner: 'user:ann', status: 'idle', sessionId });
    expect(text).toContain(`"from": "${child?.id}"`);
    // The delegate really ran on the LLM, as a delegate, on the delegated task.
    const delegateRequest = fake.requests.find(isDelegate);
    expect(delegateRequest?.system).toContain('Name the capital of France.');

    const spawn = kernel.access.audit.query({ subject: `agent:${parent.id}`, action: 'spawn-agent' })._unsafeUnwrap();
    expect(spawn.items).toEqual([expect.objectContaining({ allowed: true })]);
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'a2a-message-sent',
        from: parent.id,
        to: 'orchestrator',
        messageType: 'delegate-task',
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'a2a-card-changed', agentId: child?.id, change: 'removed' }),
    );
    // Cards live only while agents run.
    expect(kernel.a2a.cards.list('user:ann')).toEqual([]);
  });

  it('stops a delegate still working when the agent that delegated ends', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    fake.setResponder(async (request) => {
      if (isDelegate(request)) {
        await held;
        return { text: CHILD_ANSWER };
      }
      return toolResults(request).length === 0
        ? {
            toolCalls: [
              {
                name: 'a2a_send',
                arguments: { to: 'orchestrator', type: 'delegate-task', task_id: 't', description: 'Take your time.' },
              },
            ],
          }
        : { text: 'I will not wait.' };
    });
    const { parent, sessionId, exit } = await runParent(true);
    expect(exit.status).toBe('idle');
    const child = kernel.supervisor
      .list({ sessionId })
      ._unsafeUnwrap()
      .items.find((agent) => agent.parentId === parent.id);
    expect(child).toMatchObject({ status: 'stopped', statusReason: `its parent ${parent.id} ended` });
    release();
  });

  it('refuses a delegation when the agent may not fork, and forks nothing', async () => {
    const { parent, sessionId, exit } = await runParent(false);
    expect(exit.status).toBe('idle');
    const sendResult = fake.requests.at(-1)?.messages.find((message) => message.role === 'tool');
    expect(sendResult?.text).toContain('Error (permission-denied)');
    expect(sendResult?.text).toContain('the agent may not fork');
    expect(
      kernel.supervisor
        .list({ sessionId })
        ._unsafeUnwrap()
        .items.map((agent) => agent.id),
    ).toEqual([parent.id]);
    expect(fake.requests.some(isDelegate)).toBe(false);
    const denied = kernel.access.audit
      .query({ subject: `agent:${parent.id}`, action: 'spawn-agent', allowed: false })
      ._unsafeUnwrap();
    expect(denied.items).toEqual([expect.objectContaining({ rule: 'fork-disabled' })]);
  });
});

describe('A2A messages between running agents', () => {
  it('delivers to an agent of the same owner and hides agents of other owners', async () => {
    const sessionId = kernel.sessions.create({ userId: 'ann' })._unsafeUnwrap().id;
    const fork = (owner: 'user:ann' | 'user:bob') =>
      kernel.supervisor.fork({ seed: SEED, owner, sessionId })._unsafeUnwrap();
    const [sender, receiver, stranger] = [fork('user:ann'), fork('user:ann'), fork('user:bob')];
    const release = new Map<string, () => void>();
    // Agents that stay running until released, so their cards and inboxes exist.
    for (const agent of [sender, receiver, stranger]) {
      kernel.supervisor
        .exec(
          agent.id,
          () =>
            new Promise<Result<undefined, KernelError>>((resolve) =>
              release.set(agent.id, () => {
                resolve(ok(undefined));
              }),
            ),
        )
        ._unsafeUnwrap();
    }
    const from: A2aSender = {
      agentId: sender.id,
      workspaceRoot: home.path,
      sandbox: undefined,
      signal: new AbortController().signal,
    };
    const update = { type: 'status-update' as const, taskId: 't1', progress: 50, message: 'half way' };
    const sent = await kernel.a2a.send(from, receiver.id, update);
    expect(sent._unsafeUnwrap().kind).toBe('delivered');
    const hidden = await kernel.a2a.send(from, stranger.id, update);
    expect(hidden._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
    expect(await kernel.a2a.receive(stranger.id)).toEqual([]);
    const inbox = await kernel.a2a.receive(receiver.id);
    expect(inbox).toEqual([expect.objectContaining({ from: sender.id, to: receiver.id, message: update })]);

    const handshake = await kernel.a2a.send(from, 'orchestrator', {
      type: 'handshake',
      name: 'researcher',
      capabilities: ['search'],
    });
    expect(handshake._unsafeUnwrap().kind).toBe('registered');
    const query = await kernel.a2a.send({ ...from, agentId: receiver.id }, 'orchestrator', {
      type: 'capability-query',
      query: '',
      requiredCapabilities: ['search'],
    });
    const answered = query._unsafeUnwrap();
    expect(answered.kind === 'answered' ? answered.cards.map((card) => card.agentId) : []).toEqual([sender.id]);
    for (const done of release.values()) done();
  });
});
