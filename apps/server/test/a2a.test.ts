import { createBwrapBackend } from '@oxios/container-bwrap';
import {
  A2A_ERROR_CODES,
  A2aAgentCardSchema,
  A2aResponseSchema,
  createOxiosClient,
  type A2aMessageSendParams,
  type A2aTask,
} from '@oxios/sdk-client';
import { startFakeLlm, type FakeLlmReply, type FakeLlmRequest } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { listen } from '../src/listen.js';
import { fakeLlmToml, respond } from './hello-responder.js';
import { createTestServer, type TestServer } from './helpers.js';

const bwrap = { containerBackends: { bwrap: () => createBwrapBackend({ hide: [] }) } };

const send = (
  text: string,
  extra: Partial<A2aMessageSendParams['message']> = {},
  blocking = true,
): A2aMessageSendParams => ({
  message: { kind: 'message', messageId: crypto.randomUUID(), role: 'user', parts: [{ kind: 'text', text }], ...extra },
  configuration: { blocking },
});

/** A model that finds the request unclear (and asks which file) until hello.txt is named, then proceeds like {@link respond}. */
function askFirst(request: FakeLlmRequest): FakeLlmReply {
  const tool = request.tools.length === 1 ? request.tools[0]?.name : undefined;
  const named = request.messages.some((message) => message.text.includes('hello.txt'));
  if (tool === 'clarity_scores' && !named) {
    const vague = { score: 0.2, justification: 'which file?' };
    return {
      toolCalls: [{ name: tool, arguments: { goal: vague, constraints: vague, successCriteria: vague } }],
      stopReason: 'toolUse',
    };
  }
  if (tool === 'interview_question')
    return {
      toolCalls: [{ name: tool, arguments: { question: 'Which file should I write?' } }],
      stopReason: 'toolUse',
    };
  return respond(request);
}

async function rpc(server: TestServer, body: string, token: string | null = server.userToken) {
  const response = await server.request('/api/a2a', {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, body: await response.json() };
}

describe('A2A over HTTP', () => {
  it('publishes a public agent card pointing at the JSON-RPC endpoint', async () => {
    await using server = await createTestServer();
    const running = (await listen(server.app, { host: '127.0.0.1', port: 0 }))._unsafeUnwrap();
    try {
      const response = await fetch(`${running.url}/.well-known/agent-card.json`);
      expect(response.status).toBe(200);
      const card = A2aAgentCardSchema.parse(await response.json());
      expect(card).toMatchObject({
        name: 'Oxios',
        url: `${running.url}/api/a2a`,
        preferredTransport: 'JSONRPC',
        version: '1.2.3',
        security: [{ bearer: [] }],
      });
      expect(card.skills.length).toBeGreaterThan(0);
      const client = createOxiosClient({ baseUrl: running.url });
      expect((await client.a2a.agentCard())._unsafeUnwrap()).toEqual(card);
    } finally {
      await running.close(100);
    }
    await using proxied = await createTestServer('[a2a]\npublic_url = "https://oxios.example"\nname = "Ada"\n');
    const card = A2aAgentCardSchema.parse(
      await (await proxied.request('/.well-known/agent-card.json', { token: null })).json(),
    );
    expect(card).toMatchObject({ name: 'Ada', url: 'https://oxios.example/api/a2a' });
  });

  it('refuses calls without a valid token', async () => {
    await using server = await createTestServer();
    const anonymous = await rpc(
      server,
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tasks/get', params: { id: 'x' } }),
      null,
    );
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ error: { code: 'unauthenticated' } });
    const forged = await rpc(server, '{}', `oxs_${'B'.repeat(43)}`);
    expect(forged.status).toBe(401);
  });

  it('answers JSON-RPC error objects for bad input', async () => {
    await using server = await createTestServer();
    const cases: [string, number, unknown][] = [
      ['{"jsonrpc": "2.0", "id": 1, "method"', A2A_ERROR_CODES.parseError, null],
      ['[]', A2A_ERROR_CODES.invalidRequest, null],
      ['{"jsonrpc": "1.0", "id": 2, "method": "tasks/get"}', A2A_ERROR_CODES.invalidRequest, 2],
      ['{"jsonrpc": "2.0", "method": "tasks/get", "params": {"id": "x"}}', A2A_ERROR_CODES.invalidRequest, null],
      [
        '{"jsonrpc": "2.0", "id": "a", "method": "tasks/cancel", "params": {"id": "x"}}',
        A2A_ERROR_CODES.methodNotFound,
        'a',
      ],
      ['{"jsonrpc": "2.0", "id": 3, "method": "tasks/get", "params": {"id": 5}}', A2A_ERROR_CODES.invalidParams, 3],
      ['{"jsonrpc": "2.0", "id": 4, "method": "tasks/get", "params": {"id": "nope"}}', A2A_ERROR_CODES.taskNotFound, 4],
      [
        JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'message/send', params: { message: { role: 'user' } } }),
        A2A_ERROR_CODES.invalidParams,
        5,
      ],
      [
        JSON.stringify({
          jsonrpc: '2.0',
          id: 6,
          method: 'message/send',
          params: {
            message: {
              kind: 'message',
              messageId: 'm',
              role: 'user',
              parts: [{ kind: 'file', file: { uri: 'file:///etc/passwd' } }],
            },
          },
        }),
        A2A_ERROR_CODES.contentTypeNotSupported,
        6,
      ],
      [
        JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'message/send', params: send('hi', { contextId: 'nobody' }) }),
        A2A_ERROR_CODES.invalidParams,
        7,
      ],
      [
        JSON.stringify({ jsonrpc: '2.0', id: 8, method: 'message/send', params: send('hi', { taskId: 'nope' }) }),
        A2A_ERROR_CODES.taskNotFound,
        8,
      ],
      [
        JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'message/send', params: send('hi', { role: 'agent' }) }),
        A2A_ERROR_CODES.invalidParams,
        9,
      ],
    ];
    for (const [body, code, id] of cases) {
      const answer = await rpc(server, body);
      expect(answer.status, body).toBe(200);
      const parsed = A2aResponseSchema.parse(answer.body);
      expect(parsed, body).toMatchObject({ jsonrpc: '2.0', id, error: { code } });
    }
    // None of it created a session.
    expect(server.kernel.sessions.list()._unsafeUnwrap().items).toEqual([]);
  });

  it('maps message/send onto a session: a question asks for input, an answer continues the task, a clear request completes one', async () => {
    await using fake = await startFakeLlm({ responder: askFirst });
    await using server = await createTestServer(
      fakeLlmToml(fake.anthropicBaseUrl),
      {},
      { env: { FAKE_LLM_KEY: 'sk-fake' }, ...bwrap },
    );
    expect(server.kernel.containersUnavailable).toBeNull();
    const running = (await listen(server.app, { host: '127.0.0.1', port: 0 }))._unsafeUnwrap();
    try {
      const client = createOxiosClient({ baseUrl: running.url, token: server.userToken });
      const first = (
        await client.a2a.sendMessage(send('write a greeting file'), { timeoutMs: 120_000 })
      )._unsafeUnwrap();
      if (first.kind !== 'task') throw new Error('expected a task');
      expect(first.status.state).toBe('input-required');
      expect(first.status.message?.parts[0]).toMatchObject({
        kind: 'text',
        text: expect.stringContaining('Which file'),
      });
      // The context is a new session of the caller's.
      expect(server.kernel.sessions.get(first.contextId)._unsafeUnwrap().userId).toBe('ann');

      // Answering continues the same task in the same session (the interview goes on).
      const second = (
        await client.a2a.sendMessage(send('a greeting in greeting.md', { taskId: first.id }), { timeoutMs: 120_000 })
      )._unsafeUnwrap() as A2aTask;
      expect(second).toMatchObject({
        kind: 'task',
        id: first.id,
        contextId: first.contextId,
        status: { state: 'input-required' },
      });
      expect(second.history?.map((message) => message.role)).toEqual(['user', 'agent', 'user', 'agent']);
      expect(
        server.kernel.sessions
          .messages(first.contextId)
          ._unsafeUnwrap()
          .map((message) => message.role),
      ).toEqual(['user', 'assistant', 'user', 'assistant']);

      // A clear request runs to the end: the task completes with the verified result as an artifact.
      const done = (
        await client.a2a.sendMessage(send('write hello.txt that says hello'), { timeoutMs: 120_000 })
      )._unsafeUnwrap() as A2aTask;
      expect(done.contextId).not.toBe(first.contextId);
      expect(done.status.state).toBe('completed');
      expect(done.artifacts?.[0]?.parts[1]).toMatchObject({ kind: 'data', data: { outcome: 'passed', generation: 1 } });

      const got = (await client.a2a.getTask({ id: done.id, historyLength: 1 }))._unsafeUnwrap();
      expect(got).toMatchObject({ id: done.id, status: { state: 'completed' } });
      expect(got.history).toHaveLength(1);
      expect((await client.a2a.getTask({ id: first.id }))._unsafeUnwrap().status.state).toBe('input-required');
      // A finished task takes no more messages.
      expect((await client.a2a.sendMessage(send('again', { taskId: done.id })))._unsafeUnwrapErr()).toMatchObject({
        code: 'rpc',
        rpcCode: A2A_ERROR_CODES.unsupportedOperation,
      });

      // Someone else sees neither the task nor the context.
      const bob = createOxiosClient({
        baseUrl: running.url,
        token: server.tokens.create({ name: 'bob', userName: 'bob', role: 'user' })._unsafeUnwrap().token,
      });
      expect((await bob.a2a.getTask({ id: first.id }))._unsafeUnwrapErr()).toMatchObject({
        code: 'rpc',
        rpcCode: A2A_ERROR_CODES.taskNotFound,
      });
      expect((await bob.a2a.sendMessage(send('hi', { contextId: first.contextId })))._unsafeUnwrapErr()).toMatchObject({
        code: 'rpc',
        rpcCode: A2A_ERROR_CODES.invalidParams,
      });
    } finally {
      await running.close(100);
    }
  }, 240_000);

  it('answers a non-blocking send at once with a working task that tasks/get later shows completed', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await using fake = await startFakeLlm({
      responder: async (request) => {
        await held;
        return respond(request);
      },
    });
    await using server = await createTestServer(
      fakeLlmToml(fake.anthropicBaseUrl),
      {},
      { env: { FAKE_LLM_KEY: 'sk-fake' }, ...bwrap },
    );
    const running = (await listen(server.app, { host: '127.0.0.1', port: 0 }))._unsafeUnwrap();
    try {
      const client = createOxiosClient({ baseUrl: running.url, token: server.userToken });
      const session = (await client.sessions.create({ title: 'existing' }))._unsafeUnwrap();
      const started = (
        await client.a2a.sendMessage(send('write hello.txt that says hello', { contextId: session.id }, false))
      )._unsafeUnwrap() as A2aTask;
      expect(started).toMatchObject({ kind: 'task', contextId: session.id, status: { state: 'working' } });
      release();
      let state = started.status.state;
      for (let attempt = 0; attempt < 1_200 && state === 'working'; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        state = (await client.a2a.getTask({ id: started.id }))._unsafeUnwrap().status.state;
      }
      expect(state).toBe('completed');
    } finally {
      await running.close(100);
    }
  }, 240_000);
});
