// SIGTERM to the real `oxios-server` process with two messages running through the whole loop
// (the fake LLM in this process answers the model's calls): the listener closes at once, the
// message that can finish within `[server] shutdown_grace_secs` finishes and gets its reply, the
// one that cannot is stopped — its session interrupted, the person told why — the process exits 0
// within the grace, and after a restart the interrupted session resumes to a pass.
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import {
  createTempHome,
  getFreePort,
  HELLO_SEED,
  helloModel,
  startBin,
  startFakeLlm,
  type FakeLlmReply,
  type FakeLlmRequest,
  type RunningBin,
} from '@oxios/testkit';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const GRACE_SECS = 8;

/** The model: every request is clear, the agent writes hello.txt. */
function model(request: FakeLlmRequest): FakeLlmReply {
  // The goal carries the request's tag ("quick", "slow"), so the agent's requests can be told apart.
  return helloModel(request, {
    goal: (seedRequest) =>
      `${/\b(quick|slow)\b/.exec(seedRequest.messages.map((message) => message.text).join('\n'))?.[1] ?? ''}: ${HELLO_SEED.goal}`,
  });
}

interface Answer {
  readonly status: number;
  readonly body: {
    reply?: { kind?: string; outcome?: string; text?: string };
    error?: { code?: string; message?: string };
  };
}

describe('graceful shutdown of oxios-server', () => {
  it(`finishes what fits in shutdown_grace_secs, interrupts the rest (resumable), and exits 0 within it`, async () => {
    await using home = await createTempHome();
    // The agent of a "slow" request never hears back while `hold` is on; a "quick" one after 1 s.
    let hold = true;
    const agentCalls: string[] = [];
    await using fake = await startFakeLlm({
      responder: async (request) => {
        const reply = model(request);
        if (request.tools.length <= 1 || request.messages.at(-1)?.role === 'tool') return reply;
        const idea = request.messages[0]?.text ?? '';
        agentCalls.push(idea);
        if (idea.includes('slow') && hold) return new Promise<undefined>(() => undefined);
        return idea.includes('quick') ? { ...reply, delayMs: 1000 } : reply;
      },
    });
    const port = await getFreePort();
    writeFileSync(
      join(home.path, 'config.toml'),
      [
        '[server]',
        `port = ${port}`,
        `shutdown_grace_secs = ${GRACE_SECS}`,
        '[container]',
        'backend = "host"',
        'allow_host = true',
        '[llm]',
        'default_model = "fake/claude-sonnet-4-5"',
        '[llm.providers.fake]',
        'kind = "anthropic"',
        `base_url = "${fake.anthropicBaseUrl}"`,
        'api_key_env = "FAKE_LLM_KEY"',
      ].join('\n'),
    );
    const env = { ...home.env, FAKE_LLM_KEY: 'sk-fake-0123456789' };
    const url = `http://127.0.0.1:${port}`;
    const start = async (): Promise<{ server: RunningBin; token: string }> => {
      const server = startBin(bin, [], { env });
      await server.waitForOutput(/Dashboard:/, 60_000);
      return { server, token: readFileSync(join(home.path, 'admin.token'), 'utf8').trim() };
    };
    // Each request on its own connection (node:http, no agent), as separate clients would send them.
    const api = (token: string, method: string, path: string, body?: unknown): Promise<Answer> =>
      new Promise((resolve, reject) => {
        const outgoing = request(
          `${url}${path}`,
          { method, agent: false, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } },
          (response) => {
            let text = '';
            response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
            response.on('end', () => {
              resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Answer['body'] });
            });
            response.on('error', reject);
          },
        );
        outgoing.on('error', reject);
        outgoing.end(body === undefined ? undefined : JSON.stringify(body));
      });
    const first = await start();
    try {
      const quick = (await api(first.token, 'POST', '/api/sessions', { title: 'quick' })).body as { id: string };
      const slow = (await api(first.token, 'POST', '/api/sessions', { title: 'slow' })).body as { id: string };
      const quickAnswer = api(first.token, 'POST', `/api/sessions/${quick.id}/messages?wait=120`, {
        text: 'quick: write hello.txt that says hello',
      });
      const slowAnswer = api(first.token, 'POST', `/api/sessions/${slow.id}/messages?wait=120`, {
        text: 'slow: write hello.txt that says hello',
      });
      // Both agents are running (waiting on the model) when the stop comes.
      const deadline = Date.now() + 60_000;
      while (!(agentCalls.some((idea) => idea.includes('quick')) && agentCalls.some((idea) => idea.includes('slow')))) {
        if (Date.now() > deadline) throw new Error(`the agents did not start: ${JSON.stringify(agentCalls)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const stoppedAt = Date.now();
      // process.kill, not the handle's kill: execa would follow a SIGTERM with a SIGKILL after 5 s.
      process.kill(first.server.pid ?? 0, 'SIGTERM');

      // No new connection is accepted once the stop began (well before the grace is up).
      let refused = false;
      while (!refused && Date.now() - stoppedAt < (GRACE_SECS * 1000) / 2) {
        refused = await fetch(`${url}/health`).then(
          () => false,
          () => true,
        );
        if (!refused) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(refused).toBe(true);

      // The quick run finished within the grace and its request got the whole reply.
      const quickDone = await quickAnswer;
      expect(quickDone.status).toBe(200);
      expect(quickDone.body.reply).toMatchObject({ kind: 'result', outcome: 'passed' });
      // The slow one was stopped: its request still got an answer, not a dropped connection.
      const slowDone = await slowAnswer;
      expect(JSON.stringify(slowDone.body)).toMatch(/shutting down|stopped/i);

      const exit = await first.server.exited();
      expect(exit.exitCode).toBe(0);
      // Generous margin for a loaded machine; the process's own hard stop is at the grace.
      expect(Date.now() - stoppedAt).toBeLessThan(GRACE_SECS * 1000 + 2000);
      // The log says what the stop did: one message drained, one stopped.
      const log = first.server
        .stdout()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(log.find((entry) => entry.msg === 'message gateway stopped')).toMatchObject({ drained: 1, aborted: 1 });

      // The store closed cleanly with the slow session's task recorded interrupted, the quick one's completed.
      const db = new DatabaseSync(join(home.path, 'oxios.db'), { readOnly: true });
      try {
        const statusOf = (sessionId: string) =>
          db
            .prepare('SELECT status FROM tasks WHERE session_id = ?')
            .all(sessionId)
            .map((row) => row.status);
        expect(statusOf(slow.id)).toEqual(['interrupted']);
        expect(statusOf(quick.id)).toEqual(['completed']);
        expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      } finally {
        db.close();
      }

      // After a restart: the slow session is interrupted with the reason, and resumes to a pass.
      hold = false;
      const second = await start();
      try {
        const session = await api(second.token, 'GET', `/api/sessions/${slow.id}`);
        expect(session.body).toMatchObject({ status: 'interrupted' });
        const messages = (await api(second.token, 'GET', `/api/sessions/${slow.id}/messages`)).body as unknown as {
          items: { role: string; content: string }[];
        };
        expect(messages.items.at(-1)).toMatchObject({
          role: 'assistant',
          content: expect.stringContaining('Oxios is shutting down') as unknown,
        });
        expect((await api(second.token, 'GET', `/api/sessions/${quick.id}`)).body).toMatchObject({
          status: 'completed',
        });
        const resumed = await api(second.token, 'POST', `/api/sessions/${slow.id}/messages?wait=120`, {
          text: 'continue',
        });
        expect(resumed.body.reply).toMatchObject({ kind: 'result', outcome: 'passed' });
      } finally {
        second.server.kill('SIGTERM');
        expect((await second.server.exited()).exitCode).toBe(0);
      }
    } finally {
      first.server.kill('SIGKILL');
      await first.server.exited();
    }
  }, 240_000);
});
