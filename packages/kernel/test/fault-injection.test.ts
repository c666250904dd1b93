// Faults injected into a whole kernel while a session's message runs through the Ouroboros loop
// (the real orchestrator, the real pi-ai provider code against the fake LLM server). Each fault ends
// the message in a typed error that the person reads in the session and that is published on the
// event bus as `session-run-failed` — never a hung session, never a lost message — and the same
// session passes once the fault is gone.
//
// Faults proven elsewhere, at the layer where they happen:
//  - every LLM fault mode per protocol, retries and the circuit breaker: llm-engine-faults.test.ts
//  - an MCP server killed, reconnected with backoff; a call while it restarts: mcp-client.test.ts
//  - SIGKILL mid-write (sessions, audit, program installs): crash-safety.test.ts, store-crash.test.ts
//  - a kernel killed mid-execute resumes: orchestrator-restart.test.ts
import { errAsync } from 'neverthrow';
import { createTempHome, startFakeLlm, type FakeLlm, type FakeLlmReply, type FakeLlmRequest, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createHostBackend,
  createKernel,
  unavailable,
  type ContainerBackend,
  type Kernel,
  type KernelError,
  type KernelEvent,
  type OrchestratorReply,
  type OxiosConfig,
} from '../src/index.js';
import { createBrain } from './support/ouroboros-brain.js';
import { testKernelConfig } from './support/kernel-fixture.js';
import { FAKE_ENV, fakeLlmSection } from './support/llm-fixtures.js';

type Fault = (request: FakeLlmRequest) => FakeLlmReply | undefined;

/** The agent's requests (it has the whole tool set); the engine's structured ones force one tool. */
const isAgent = (request: FakeLlmRequest) => request.tools.length > 1;

describe('faults during a session message', () => {
  let home: TempHome;
  let fake: FakeLlm;
  let kernel: Kernel | undefined;
  let failures: KernelEvent[];
  let fault: Fault | undefined;

  const start = (config: OxiosConfig, backend?: () => ContainerBackend) => {
    const brain = createBrain({ clarity: () => 0.95 });
    fake.setResponder((request) => fault?.(request) ?? brain.respond(request));
    kernel = createKernel(config, {
      env: FAKE_ENV,
      ...(backend ? { containerBackends: { bwrap: backend } } : {}),
    })._unsafeUnwrap();
    failures = [];
    kernel.bus.on((published) => failures.push(published.event), { types: ['session-run-failed'] });
    return kernel;
  };
  const config = (llm: Partial<OxiosConfig['llm']> = {}, toml = '') => ({
    ...testKernelConfig(home.path, fake, toml),
    llm: fakeLlmSection(fake, llm),
  });

  /** Sends one message; returns its result, the session's messages and status after it. */
  const send = async (k: Kernel, sessionId: string, text: string) => {
    const result = await k.orchestrator.handle({ sessionId, userId: 'ann', text });
    return {
      result,
      messages: k.sessions.messages(sessionId)._unsafeUnwrap(),
      session: k.sessions.get(sessionId)._unsafeUnwrap(),
    };
  };

  /** The fault ended the message in `code`, said so in the session, published it, and lost nothing. */
  const expectTypedFailure = async (k: Kernel, code: KernelError['code'], recover = () => undefined) => {
    const id = k.sessions.create({ userId: 'ann' })._unsafeUnwrap().id;
    const failed = await send(k, id, 'write hello.txt saying hello');
    expect(failed.result._unsafeUnwrapErr().code).toBe(code);
    expect(failed.messages.map((message) => [message.role, message.content.slice(0, 40)])).toEqual([
      ['user', 'write hello.txt saying hello'],
      ['assistant', expect.stringContaining(`(${code})`)],
    ]);
    expect(failures).toEqual([
      expect.objectContaining({ type: 'session-run-failed', sessionId: id, code, interrupted: false }),
    ]);
    expect(failed.session.status).not.toBe('running');
    // The fault is gone: the same session goes on to a pass, nothing from before was lost.
    fault = undefined;
    recover();
    const again = await send(k, id, 'write hello.txt saying hello');
    const reply: OrchestratorReply = again.result._unsafeUnwrap();
    expect(reply).toMatchObject({ kind: 'result', outcome: 'passed' });
    expect(again.messages.slice(0, 2)).toEqual(failed.messages);
    return { id, failed, again };
  };

  beforeEach(async () => {
    home = await createTempHome();
    fake = await startFakeLlm();
    fault = undefined;
    kernel = undefined;
  });
  afterEach(async () => {
    await kernel?.close();
    await fake.close();
    await home.remove();
  });

  const llmFaults: readonly [string, KernelError['code'], Fault][] = [
    ['429 on every try', 'rate-limited', () => ({ status: 429, retryAfterMs: 20, message: 'slow down' })],
    ['500 on every try', 'llm', () => ({ status: 500, message: 'upstream broke' })],
    ['a stream cut mid-reply', 'llm', () => ({ text: ['Let me', ' write'], fault: { kind: 'cut', afterChunks: 1 } })],
    ['garbage in the stream', 'llm', () => ({ text: ['Let me', ' write'], fault: { kind: 'malformed', afterChunks: 1 } })],
    ['a stream that stalls', 'llm-timeout', () => ({ text: ['Let me', ' write'], fault: { kind: 'stall', afterChunks: 1 } })],
  ];
  for (const [name, code, reply] of llmFaults) {
    it(`LLM: ${name} while the agent runs ends in ${code}`, async () => {
      const k = start(config({ idle_timeout_secs: 0.5 }));
      fault = (request) => (isAgent(request) ? reply(request) : undefined);
      const { failed } = await expectTypedFailure(k, code);
      process.stdout.write(`${name}: ${failed.messages[1]?.content}\n`);
    }, 60_000);
  }

  it('LLM: 429 while the request is interviewed (a structured call) ends in rate-limited', async () => {
    const k = start(config());
    fault = (request) => (isAgent(request) ? undefined : { status: 429, retryAfterMs: 20 });
    await expectTypedFailure(k, 'rate-limited');
  }, 60_000);

  it('the sandbox backend goes away mid-run: the verify command cannot run, the message ends in unavailable', async () => {
    let gone = false;
    const backend = (): ContainerBackend => {
      const host = createHostBackend({ allowHost: true });
      return {
        ...host,
        exec: (id, argv, options) =>
          gone ? errAsync(unavailable('container', 'the sandbox backend went away')) : host.exec(id, argv, options),
      };
    };
    const base = config();
    const k = start({ ...base, container: { ...base.container, backend: 'bwrap' } }, backend);
    // The backend disappears once the agent has made its first request (it writes files without it).
    fault = (request) => {
      if (isAgent(request)) gone = true;
      return undefined;
    };
    const { failed } = await expectTypedFailure(k, 'unavailable', () => {
      gone = false;
    });
    expect(failed.messages[1]?.content).toContain('the sandbox backend went away');
  }, 60_000);
});
