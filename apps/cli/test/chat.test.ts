import { SessionSchema } from '@oxios/sdk-client';
import { runBin, startBin, startFakeLlm, type BinResult, type FakeLlm, type TempHome } from '@oxios/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAgentHold, reachedBefore } from './support/agent-hold.js';
import { createCliBrain } from './support/cli-brain.js';
import { createConversationHome } from './support/conversation-home.js';
import { normalize } from './support/normalize.js';
import { modeOf, OXIOS_BIN, oxios, oxiosJson, serve } from './support/oxios.js';

const MODES = ['embedded', 'local-server'] as const;
type Mode = (typeof MODES)[number];
const ANSWERS = ['say hello', 'lowercase', 'fine', 'that is all'];
const SessionShowSchema = z.object({ session: SessionSchema });

const chat = (env: Record<string, string | undefined>, lines: readonly string[], args: readonly string[] = []) =>
  runBin(OXIOS_BIN, ['chat', ...args], { env, input: `${lines.join('\n')}\n`, timeoutMs: 120_000 });

const sessionOf = (result: BinResult | undefined): string =>
  /session ([0-9a-f-]{36})/.exec(result?.stderr ?? '')?.[1] ?? 'missing';

// `oxios chat` reading its messages from a pipe, against an embedded kernel and a local server.
describe('oxios chat', () => {
  let llm: FakeLlm;
  let home: TempHome;
  const hold = createAgentHold();
  const captured = {} as Record<Mode, Record<string, BinResult>>;

  const scenarios = async (mode: Mode, env: Record<string, string | undefined>) => {
    const into: Record<string, BinResult> = {};
    into.conversation = await chat(env, [`greet the ${mode} chatter, unclear`, ...ANSWERS, '/quit', 'never sent']);
    // A run stopped at its first question, continued in a chat.
    const waiting = await oxios(env, ['run', `greet the waiting ${mode} chatter, unclear`]);
    expect(waiting.exitCode).toBe(2);
    into.continued = await chat(env, ANSWERS, ['--session', sessionOf(waiting)]);
    // A run interrupted while the agent works, resumed in a chat with /resume (end of input ends it).
    const reached = hold.arm(`held ${mode}`);
    const running = startBin(OXIOS_BIN, ['run', `greet the held ${mode} chatter`], { env, timeoutMs: 120_000 });
    await reachedBefore(reached, running.exited(), () => running.stdout() + running.stderr());
    running.kill('SIGINT');
    const interrupted = await running.exited();
    expect(interrupted.exitCode, interrupted.stderr).toBe(130);
    hold.release();
    into.resumed = await chat(env, ['/bogus', '/resume'], ['--session', sessionOf(interrupted)]);
    into.resumedShow = await oxios(env, ['session', 'show', sessionOf(interrupted), '--json']);
    into.unknown = await chat(env, ['hello'], ['--session', 'no-such-session']);
    captured[mode] = into;
  };

  beforeAll(async () => {
    const brain = createCliBrain({ beforeAgent: hold.beforeAgent });
    llm = await startFakeLlm({ responder: brain.respond });
    home = await createConversationHome(llm.anthropicBaseUrl);
    const env = { ...home.env, NO_COLOR: '1' };
    await scenarios('embedded', env);
    const served = await serve(env);
    try {
      await scenarios('local-server', env);
      // The server was there for every scenario (not an embedded fallback).
      expect(await modeOf(env)).toBe('local-server');
    } finally {
      hold.release();
      await served.stop();
    }
  }, 480_000);
  afterAll(async () => {
    hold.release();
    await llm.close();
    await home.remove();
  });

  it.each(MODES)('%s: takes one message per line, asks, and prints the result; /quit ends with 0', (mode) => {
    const result = captured[mode].conversation;
    expect(result?.exitCode, result?.stderr).toBe(0);
    const lines = result?.stdout.split('\n') ?? [];
    expect(lines.filter((line) => line.startsWith('? '))).toEqual([
      '? Question 1: what should hello.txt say? (ambiguity 0.70; Oxios starts work at ≤ 0.20)',
      '? Question 2: what should hello.txt say?',
      '? Question 3: what should hello.txt say?',
      '? Question 4: what should hello.txt say? (ambiguity 0.05; Oxios starts work at ≤ 0.20)',
    ]);
    expect(result?.stdout).toContain('✓ Done: every acceptance criterion passed. (generation 1)');
    expect(result?.stdout).toContain(`session:   ${sessionOf(result)}`);
  });

  it.each(MODES)('%s: --session continues a session that waits for answers', (mode) => {
    const result = captured[mode].continued;
    expect(result?.exitCode, result?.stderr).toBe(0);
    expect(result?.stdout).toContain('✓ Done: every acceptance criterion passed. (generation 1)');
  });

  it.each(MODES)('%s: /resume continues an interrupted session; unknown commands are explained', (mode) => {
    const result = captured[mode].resumed;
    expect(result?.exitCode, result?.stderr).toBe(0);
    expect(result?.stderr).toContain('unknown command /bogus');
    expect(result?.stdout).toContain('✓ Done: every acceptance criterion passed. (generation 1)');
    const shown = SessionShowSchema.parse(JSON.parse(captured[mode].resumedShow?.stdout ?? ''));
    expect(shown.session.status).not.toBe('interrupted');
  });

  it.each(MODES)('%s: --session with an unknown id exits 4', (mode) => {
    const result = captured[mode].unknown;
    expect(result?.exitCode).toBe(4);
    expect(result?.stderr).toMatch(/^error\[not-found\]: /);
  });

  it('prints the same conversation in both modes', () => {
    for (const name of Object.keys(captured.embedded).filter((key) => key !== 'resumedShow')) {
      const [embedded, served] = MODES.map((mode) => {
        const result = captured[mode][name];
        const clean = (text: string) => normalize(text, [home.path]).replaceAll(mode, '<mode>');
        return { exitCode: result?.exitCode, stdout: clean(result?.stdout ?? ''), stderr: clean(result?.stderr ?? '') };
      });
      expect(served, name).toEqual(embedded);
    }
  });

  it('ends with 0 at the end of an empty input, without starting a session', async () => {
    const count = async () => (await oxiosJson<{ items: unknown[] }>(home.env, ['session', 'list'])).items.length;
    const before = await count();
    const result = await chat(home.env, []);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('');
    expect(await count()).toBe(before);
  });
});
