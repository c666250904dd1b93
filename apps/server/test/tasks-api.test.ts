import { createBwrapBackend } from '@oxios/container-bwrap';
import { createOxiosClient } from '@oxios/sdk-client';
import { startFakeLlm } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { listen } from '../src/listen.js';
import { fakeLlmToml, respond } from './hello-responder.js';
import { createTestServer } from './helpers.js';

describe('GET /api/tasks', () => {
  it("lists the task history: a user sees their sessions' tasks, others see none, admins all", async () => {
    await using fake = await startFakeLlm({ responder: respond });
    await using server = await createTestServer(
      fakeLlmToml(fake.anthropicBaseUrl),
      {},
      { env: { FAKE_LLM_KEY: 'sk-fake' }, containerBackends: { bwrap: () => createBwrapBackend({ hide: [] }) } },
    );
    const running = (await listen(server.app, { host: '127.0.0.1', port: 0 }))._unsafeUnwrap();
    try {
      const ann = createOxiosClient({ baseUrl: running.url, token: server.userToken });
      const session = (await ann.sessions.create({ title: 'tasks' }))._unsafeUnwrap();
      const sent = (
        await ann.sessions.send(session.id, { text: 'write hello.txt that says hello' }, { wait: 120 })
      )._unsafeUnwrap();
      expect(sent.status).toBe('done');

      const mine = (await ann.scheduler.tasks())._unsafeUnwrap();
      expect(mine.items).toHaveLength(1);
      expect(mine.items[0]).toMatchObject({ sessionId: session.id, status: 'completed' });
      expect((await ann.scheduler.tasks({ status: 'failed' }))._unsafeUnwrap().items).toEqual([]);

      const bobToken = server.tokens.create({ name: 'bob', userName: 'bob', role: 'user' })._unsafeUnwrap().token;
      const bob = createOxiosClient({ baseUrl: running.url, token: bobToken });
      expect((await bob.scheduler.tasks())._unsafeUnwrap().items).toEqual([]);
      expect((await bob.scheduler.tasks({ sessionId: session.id }))._unsafeUnwrapErr()).toMatchObject({ status: 404 });

      const admin = createOxiosClient({ baseUrl: running.url, token: server.adminToken });
      expect(
        (await admin.scheduler.tasks({ sessionId: session.id }))._unsafeUnwrap().items.map((task) => task.id),
      ).toEqual(mine.items.map((task) => task.id));
    } finally {
      await running.close(100);
    }
  }, 180_000);
});
