// The `fake-llm-server` executable (built dist/fake-llm-server.js) in a real child process.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { createTempHome, fakeLlmServerPath, runBin, startFakeLlmProcess } from '../src/index.js';
import { complete } from './support/complete.js';
import { createFakeModels } from './support/fake-models.js';

describe('startFakeLlmProcess', () => {
  it('serves scripted replies and a fallback from another process and is controlled over HTTP', async () => {
    await using server = await startFakeLlmProcess({ replies: [{ text: 'first' }], fallback: { text: 'again' } });
    expect(server.pid).toBeGreaterThan(0);
    expect(server.pid).not.toBe(process.pid);
    const fakeModels = createFakeModels(server);
    expect((await complete(fakeModels, 'anthropic-messages')).content).toMatchObject([{ text: 'first' }]);
    expect((await complete(fakeModels, 'openai-completions')).content).toMatchObject([{ text: 'again' }]);
    await server.client.push({ status: 500, message: 'pushed from the test' });
    const failed = await complete(fakeModels, 'openai-responses');
    expect(failed.errorMessage).toContain('pushed from the test');
    const requests = await server.client.requests();
    expect(requests.map((request) => request.protocol)).toEqual([
      'anthropic-messages',
      'openai-completions',
      'openai-responses',
    ]);
    // The type allows any status; the server only takes 400–599.
    await expect(server.client.push({ status: 200 })).rejects.toThrow(/answered 400/);
    const exit = await server.stop();
    expect(exit.exitCode).toBe(0);
  });

  it('answers with a responder module', async () => {
    await using home = await createTempHome();
    const module = join(home.path, 'responder.mjs');
    writeFileSync(module, 'export default (request) => ({ text: `you said: ${request.lastUserText}` });\n');
    await using server = await startFakeLlmProcess({ responderModule: module });
    const message = await complete(createFakeModels(server), 'openai-completions', {}, 'marco');
    expect(message.content).toMatchObject([{ type: 'text', text: 'you said: marco' }]);
  });
});

describe('fake-llm-server executable', () => {
  it('reads its script from stdin and prints its URLs as one JSON line', async () => {
    const child = spawn(process.execPath, [fakeLlmServerPath(), '--script', '-'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    try {
      child.stdin.end(JSON.stringify([{ text: 'from stdin' }]));
      const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
      const ready = JSON.parse(line) as {
        baseUrl: string;
        anthropicBaseUrl: string;
        openaiBaseUrl: string;
        pid: number;
      };
      expect(ready).toEqual({
        baseUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
        anthropicBaseUrl: ready.baseUrl,
        openaiBaseUrl: `${ready.baseUrl}/v1`,
        pid: child.pid,
      });
      const message = await complete(createFakeModels(ready), 'anthropic-messages');
      expect(message.content).toMatchObject([{ type: 'text', text: 'from stdin' }]);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it('exits 2 and names the path of an invalid script', async () => {
    await using home = await createTempHome();
    const script = join(home.path, 'script.json');
    writeFileSync(script, JSON.stringify({ replies: [{ text: 'ok' }, { stauts: 429 }] }));
    const result = await runBin(fakeLlmServerPath(), ['--script', script]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('fake-llm-server: invalid script');
    expect(result.stderr).toContain('replies[1]');
  });
});
