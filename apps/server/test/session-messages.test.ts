import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBwrapBackend } from '@oxios/container-bwrap';
import { createOxiosClient } from '@oxios/sdk-client';
import { startFakeLlm } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { listen } from '../src/listen.js';
import { createTestServer } from './helpers.js';
import { respond } from './hello-responder.js';

describe('POST /api/sessions/:id/messages', () => {
  it('runs the loop in a real bwrap sandbox and returns the reply — no hang — through the SDK client', async () => {
    await using fake = await startFakeLlm({ responder: respond });
    const toml = [
      '[llm]',
      'default_model = "fake/claude-sonnet-4-5"',
      '[llm.providers.fake]',
      'kind = "anthropic"',
      `base_url = "${fake.anthropicBaseUrl}"`,
      'api_key_env = "FAKE_LLM_KEY"',
    ].join('\n');
    await using server = await createTestServer(
      toml,
      {},
      {
        env: { FAKE_LLM_KEY: 'sk-fake' },
        containerBackends: { bwrap: () => createBwrapBackend({ hide: [] }) },
      },
    );
    expect(server.kernel.containersUnavailable).toBeNull();
    const running = (await listen(server.app, { host: '127.0.0.1', port: 0 }))._unsafeUnwrap();
    try {
      const client = createOxiosClient({ baseUrl: running.url, token: server.userToken });
      const session = (await client.sessions.create({ title: 'hello' }))._unsafeUnwrap();
      const answer = (
        await client.sessions.send(session.id, { text: 'write hello.txt that says hello' }, { wait: 120 })
      )._unsafeUnwrap();
      expect(answer.status).toBe('done');
      if (answer.status !== 'done' || answer.reply.kind !== 'result') throw new Error(JSON.stringify(answer));
      expect(answer.reply).toMatchObject({ outcome: 'passed', generation: 1 });
      expect(answer.reply.criteria[0]).toMatchObject({ verdict: 'pass', unverified: false, output: 'hello\n' });
      expect(readFileSync(join(answer.reply.workspace, 'hello.txt'), 'utf8')).toBe('hello\n');
      const messages = (await client.sessions.messages(session.id))._unsafeUnwrap();
      expect(messages.items.map((message) => message.role)).toEqual(['user', 'assistant']);

      // Someone else cannot talk to this session.
      const bob = server.tokens.create({ name: 'bob', userName: 'bob', role: 'user' })._unsafeUnwrap().token;
      const other = createOxiosClient({ baseUrl: running.url, token: bob });
      expect((await other.sessions.send(session.id, { text: 'hi' }))._unsafeUnwrapErr()).toMatchObject({ status: 404 });
    } finally {
      await running.close(100);
    }
  }, 180_000);

  it('answers 202 when the reply takes longer than wait, and the work goes on', async () => {
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
    const toml = [
      '[llm]',
      'default_model = "fake/claude-sonnet-4-5"',
      '[llm.providers.fake]',
      'kind = "anthropic"',
      `base_url = "${fake.anthropicBaseUrl}"`,
      'api_key_env = "FAKE_LLM_KEY"',
    ].join('\n');
    await using server = await createTestServer(
      toml,
      {},
      {
        env: { FAKE_LLM_KEY: 'sk-fake' },
        containerBackends: { bwrap: () => createBwrapBackend({ hide: [] }) },
      },
    );
    const session = server.kernel.sessions.create({ userId: 'ann' })._unsafeUnwrap();
    const response = await server.request(`/api/sessions/${session.id}/messages?wait=0`, {
      method: 'POST',
      token: server.userToken,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'write hello.txt' }),
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ status: 'running', sessionId: session.id });
    release();
    // The run finishes in the background: its reply lands in the session's messages.
    for (let attempt = 0; attempt < 200; attempt += 1) {
      if (
        server.kernel.sessions
          .messages(session.id)
          ._unsafeUnwrap()
          .some((message) => message.role === 'assistant')
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(
      server.kernel.sessions
        .messages(session.id)
        ._unsafeUnwrap()
        .map((message) => message.role),
    ).toEqual(['user', 'assistant']);
  }, 60_000);

  it('cancels the work in progress: the session becomes interrupted, and resume continues it', async () => {
    let hold = true;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await using fake = await startFakeLlm({
      responder: async (request) => {
        if (hold) await held;
        return respond(request);
      },
    });
    const toml = [
      '[llm]',
      'default_model = "fake/claude-sonnet-4-5"',
      '[llm.providers.fake]',
      'kind = "anthropic"',
      `base_url = "${fake.anthropicBaseUrl}"`,
      'api_key_env = "FAKE_LLM_KEY"',
    ].join('\n');
    await using server = await createTestServer(
      toml,
      {},
      {
        env: { FAKE_LLM_KEY: 'sk-fake' },
        containerBackends: { bwrap: () => createBwrapBackend({ hide: [] }) },
      },
    );
    const session = server.kernel.sessions.create({ userId: 'ann' })._unsafeUnwrap();
    const post = (path: string, body: unknown) =>
      server.request(path, {
        method: 'POST',
        token: server.userToken,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post(`/api/sessions/${session.id}/messages?wait=0`, { text: 'write hello.txt' })).status).toBe(202);
    const cancelled = await post(`/api/sessions/${session.id}/cancel`, {});
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toEqual({ cancelled: 1 });
    for (let attempt = 0; attempt < 200; attempt += 1) {
      if (server.kernel.sessions.get(session.id)._unsafeUnwrap().status === 'interrupted') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(server.kernel.sessions.get(session.id)._unsafeUnwrap().status).toBe('interrupted');
    // Nothing runs any more: a second cancel stops nothing.
    expect(await (await post(`/api/sessions/${session.id}/cancel`, {})).json()).toEqual({ cancelled: 0 });
    hold = false;
    release();
    const resumed = await post(`/api/sessions/${session.id}/resume?wait=120`, {});
    expect(resumed.status).toBe(200);
    expect(await resumed.json()).toMatchObject({ status: 'done', reply: { kind: 'result', outcome: 'passed' } });
  }, 120_000);
});
