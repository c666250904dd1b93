import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgentListSchema, SessionReplySchema, SessionSchema, type SessionReply } from '@oxios/sdk-client';
import { startBin, startFakeLlm, type FakeLlm, type TempHome } from '@oxios/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAgentHold, reachedBefore } from './support/agent-hold.js';
import { createCliBrain, type CliBrainLog } from './support/cli-brain.js';
import { createConversationHome } from './support/conversation-home.js';
import { normalize } from './support/normalize.js';
import { modeOf, OXIOS_BIN, oxios, serve } from './support/oxios.js';

const MODES = ['embedded', 'local-server', 'remote'] as const;
type Mode = (typeof MODES)[number];

interface Captured {
  readonly exitCode: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
}

const ANSWERS = ['say hello', 'lowercase', 'fine', 'that is all'];
const SessionShowSchema = z.object({ session: SessionSchema, messages: z.array(z.unknown()) });

/** The session id `oxios run` announces on stderr. */
const sessionOf = (captured: Captured | undefined): string =>
  /session ([0-9a-f-]{36})/.exec(captured?.stderr ?? '')?.[1] ?? 'missing';

const reply = (captured: Captured | undefined): SessionReply =>
  SessionReplySchema.parse(JSON.parse(captured?.stdout ?? ''));

describe('oxios run: one request through the Ouroboros loop, in every mode', () => {
  let llm: FakeLlm;
  let home: TempHome;
  let log: CliBrainLog;
  const hold = createAgentHold();
  const captured = {} as Record<Mode, Record<string, Captured>>;

  /** The same scenarios in one mode; each request names the mode so the brain's log tells them apart. */
  const scenarios = async (mode: Mode, env: Record<string, string | undefined>) => {
    const into: Record<string, Captured> = {};
    const run = async (name: string, args: string[]) => {
      into[name] = await oxios(env, args);
    };
    const answers = join(home.path, 'answers.txt');
    writeFileSync(answers, `${ANSWERS.join('\n')}\n`);
    await run('answers', ['run', `greet the ${mode} user, unclear`, '--answers', answers]);
    await run('json', ['run', `greet the ${mode} user`, '--json']);
    await run('unanswered', ['run', `greet the ${mode} user again, unclear`]);
    await run('yes', ['run', `greet the ${mode} user yes, unclear`, '--yes', '--json']);
    await run('force', ['run', `greet the ${mode} user forced, unclear`, '--force', 'the test says so', '--json']);
    await run('failed', ['run', `greet the ${mode} user, broken`]);
    // Ctrl-C while the agent works, then `session resume`.
    const reached = hold.arm(`held ${mode}`);
    const running = startBin(OXIOS_BIN, ['run', `greet the held ${mode} user`], { env, timeoutMs: 120_000 });
    await reachedBefore(reached, running.exited(), () => running.stdout() + running.stderr());
    running.kill('SIGINT');
    into.interrupted = await running.exited();
    hold.release();
    const id = sessionOf(into.interrupted);
    await run('interrupted-show', ['session', 'show', id, '--json']);
    await run('interrupted-agents', ['agent', 'list', '--session', id, '--json']);
    await run('resume', ['session', 'resume', id, '--json']);
    await run('resumed-show', ['session', 'show', id, '--json']);
    captured[mode] = into;
  };

  beforeAll(async () => {
    const brain = createCliBrain({ beforeAgent: hold.beforeAgent });
    log = brain.log;
    llm = await startFakeLlm({ responder: brain.respond });
    home = await createConversationHome(llm.anthropicBaseUrl);
    const env = { ...home.env, NO_COLOR: '1' };
    await scenarios('embedded', env);
    const served = await serve(env);
    try {
      await scenarios('local-server', env);
      // The server was there for every scenario (not an embedded fallback).
      expect(await modeOf(env)).toBe('local-server');
      const token = await oxios(env, ['token', 'create', 'remote-ci']);
      expect(token.exitCode, token.stderr).toBe(0);
      await scenarios('remote', { ...env, OXIOS_SERVER: served.url, OXIOS_TOKEN: token.stdout.trim() });
    } finally {
      hold.release();
      expect((await served.stop()).exitCode).toBe(0);
    }
  }, 480_000);
  afterAll(async () => {
    await llm.close();
    await home.remove();
  });

  it.each(MODES)('%s: answers the interview from --answers, in order, and prints the result', (mode) => {
    const result = captured[mode].answers;
    expect(result?.exitCode, result?.stderr).toBe(0);
    const session = sessionOf(result);
    expect(result?.stdout.split('\n')).toEqual([
      '✓ Done: every acceptance criterion passed. (generation 1)',
      '  ✓ hello.txt contains hello — its check passed',
      `artefacts: ${home.path}/containers/session-${session}/workspace`,
      expect.stringMatching(/^seed: {6}seed_[0-9a-f]+ \(generation 1\)$/),
      `session:   ${session}`,
      '',
    ]);
    // No terminal: no spinner or progress line.
    expect(result?.stderr).not.toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏\r]/);
    for (const [index, answer] of ANSWERS.entries()) {
      expect(result?.stderr).toContain(`? Question ${index + 1}: what should hello.txt say?`);
      expect(result?.stderr).toContain(`> ${answer}\n`);
    }
    const seeded = log.structured.find(
      (entry) => entry.tool === 'seed' && entry.idea === `greet the ${mode} user, unclear`,
    );
    expect(seeded?.answers).toEqual(ANSWERS);
  });

  it.each(MODES)('%s: prints the final reply as JSON with --json', (mode) => {
    const result = captured[mode].json;
    expect(result?.exitCode, result?.stderr).toBe(0);
    const parsed = reply(result);
    expect(parsed).toMatchObject({ kind: 'result', outcome: 'passed', generation: 1, forced: false });
    if (parsed.kind !== 'result') throw new Error('expected a result');
    expect(parsed.criteria).toEqual([
      expect.objectContaining({ description: 'hello.txt contains hello', verdict: 'pass', output: 'hello\n' }),
    ]);
    expect(parsed.workspace).toBe(`${home.path}/containers/session-${parsed.sessionId}/workspace`);
  });

  it.each(MODES)('%s: without a terminal or answers, a question ends the run with exit 2 and a hint', (mode) => {
    const result = captured[mode].unanswered;
    expect(result?.exitCode).toBe(2);
    expect(result?.stdout).toBe('');
    expect(result?.stderr).toContain('error[needs-answer]: Oxios asks: Question 1: what should hello.txt say?');
    expect(result?.stderr).toContain('hint: no terminal to ask on: give answers with --answers FILE');
  });

  it.each(MODES)('%s: --yes starts the work when no answer is left, recording that it was forced', (mode) => {
    const parsed = reply(captured[mode].yes);
    expect(parsed).toMatchObject({ kind: 'result', outcome: 'passed', forced: true });
    const idea = `greet the ${mode} user yes, unclear`;
    expect(log.structured.filter((entry) => entry.idea === idea && entry.tool === 'interview_question')).toHaveLength(
      1,
    );
  });

  it.each(MODES)('%s: --force skips the interview altogether', (mode) => {
    const parsed = reply(captured[mode].force);
    expect(parsed).toMatchObject({ kind: 'result', outcome: 'passed', forced: true });
    const idea = `greet the ${mode} user forced, unclear`;
    expect(log.structured.filter((entry) => entry.idea === idea).map((entry) => entry.tool)).not.toContain(
      'interview_question',
    );
  });

  it.each(MODES)('%s: a model that refuses fails the run with exit 1 and one error line', (mode) => {
    const result = captured[mode].failed;
    expect(result?.exitCode).toBe(1);
    expect(result?.stdout).toBe('');
    expect(result?.stderr).toMatch(/^error\[[a-z-]+\]: .*refuses/m);
  });

  it.each(MODES)('%s: Ctrl-C stops the agent cleanly (130) and `session resume` finishes the work', (mode) => {
    const interrupted = captured[mode].interrupted;
    expect(interrupted?.exitCode, interrupted?.stderr).toBe(130);
    const id = sessionOf(interrupted);
    expect(interrupted?.stderr).toContain(
      `error[aborted]: stopped: the agent's work was cancelled; session ${id} is interrupted`,
    );
    expect(interrupted?.stderr).toContain(`hint: continue it with \`oxios session resume ${id}\``);
    const before = SessionShowSchema.parse(JSON.parse(captured[mode]['interrupted-show']?.stdout ?? ''));
    expect(before.session.status).toBe('interrupted');
    // The agent was stopped, not left running.
    const agents = AgentListSchema.parse(JSON.parse(captured[mode]['interrupted-agents']?.stdout ?? ''));
    expect(agents.items.length).toBeGreaterThan(0);
    for (const agent of agents.items) expect(['stopped', 'failed']).toContain(agent.status);
    const resumed = captured[mode].resume;
    expect(resumed?.exitCode, resumed?.stderr).toBe(0);
    expect(reply(resumed)).toMatchObject({ kind: 'result', sessionId: id, outcome: 'passed' });
    const after = SessionShowSchema.parse(JSON.parse(captured[mode]['resumed-show']?.stdout ?? ''));
    expect(after.session.status).not.toBe('interrupted');
  });

  it('prints the same thing in every mode', () => {
    const homes = [home.path];
    // (Records are left out: the remote caller is another user, and agent ids differ.)
    const records = new Set(['interrupted-show', 'interrupted-agents', 'resumed-show']);
    for (const name of Object.keys(captured.embedded).filter((key) => !records.has(key))) {
      for (const mode of ['local-server', 'remote'] as const) {
        const [expected, actual] = [captured.embedded[name], captured[mode][name]].map((result) => ({
          exitCode: result?.exitCode,
          stdout: normalize(result?.stdout ?? '', homes).replaceAll(mode, '<mode>'),
          stderr: normalize(result?.stderr ?? '', homes).replaceAll(mode, '<mode>'),
        }));
        expect(actual, `${name} (${mode})`).toEqual({
          ...expected,
          stdout: expected?.stdout.replaceAll('embedded', '<mode>'),
          stderr: expected?.stderr.replaceAll('embedded', '<mode>'),
        });
      }
    }
  });

  it('resuming a session that does not exist exits 4', async () => {
    const result = await oxios(home.env, ['session', 'resume', 'no-such-session']);
    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(/^error\[not-found\]: /);
  });

  it('refuses an answers file that cannot be read with exit 2', async () => {
    const result = await oxios(home.env, ['run', 'greet', '--answers', join(home.path, 'no-such-file')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^error\[io\]: cannot read the answers file /);
  });
});
