import { SessionSchema } from '@oxios/sdk-client';
import { startFakeLlm, type FakeLlm, type TempHome } from '@oxios/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAgentHold, reachedBefore } from './support/agent-hold.js';
import { createCliBrain, type CliBrainLog } from './support/cli-brain.js';
import { createConversationHome } from './support/conversation-home.js';
import { modeOf, oxiosJson, serve, type Served } from './support/oxios.js';
import { oxiosInPty } from './support/pty.js';

const ANSWERS = ['say hello', 'lowercase', 'fine', 'that is all'];
/** A colour (SGR) sequence: ESC [ … m. */
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`);
const SessionShowSchema = z.object({ session: SessionSchema });

// `oxios run` on a real pseudo-terminal (util-linux `script`), typed at like a person would.
describe('oxios run on a terminal', { timeout: 120_000 }, () => {
  let llm: FakeLlm;
  let home: TempHome;
  let log: CliBrainLog;
  const hold = createAgentHold();

  beforeAll(async () => {
    const brain = createCliBrain({ beforeAgent: hold.beforeAgent });
    log = brain.log;
    llm = await startFakeLlm({ responder: brain.respond });
    home = await createConversationHome(llm.anthropicBaseUrl);
  });
  afterAll(async () => {
    hold.release();
    await llm.close();
    await home.remove();
  });

  /** Answers each question as it is asked, watches the phases while the agent is held, and returns the screen. */
  const interview = async (env: Record<string, string | undefined>, request: string) => {
    const reached = hold.arm(request);
    const pty = oxiosInPty(env, ['run', request]);
    try {
      let at = 0;
      for (const [index, answer] of ANSWERS.entries()) {
        at = await pty.waitFor(new RegExp(`Question ${index + 1}: what should hello\\.txt say\\?[^]*?> `), at);
        pty.type(`${answer}\r`);
      }
      await reachedBefore(reached, pty.exited(), () => pty.output());
      // Live progress: the spinner line names the phase the session is in.
      at = await pty.waitFor(/execute — the agent works in its sandbox/, at);
      hold.release();
      await pty.waitFor(/session: {3}[0-9a-f-]{36}\r\n/, at);
      return { exitCode: await pty.exited(), screen: pty.output() };
    } finally {
      pty.kill();
    }
  };

  const expectAnswered = (request: string, screen: string) => {
    expect(screen).toContain('Done: every acceptance criterion passed. (generation 1)');
    expect(screen).toMatch(/artefacts: \S+\/workspace\r\n/);
    const seeded = log.structured.find((entry) => entry.tool === 'seed' && entry.idea === request);
    expect(seeded?.answers).toEqual(ANSWERS);
  };

  describe('embedded', () => {
    it('asks the interview questions on the terminal, shows the phase while it works, and prints the result', async () => {
      const request = 'greet the terminal user, unclear';
      const { exitCode, screen } = await interview(home.env, request);
      expect(exitCode).toBe(0);
      expectAnswered(request, screen);
      // A terminal gets colour…
      expect(screen).toMatch(COLOUR);
    });

    it('is colourless on a terminal with NO_COLOR', async () => {
      const request = 'greet the colourless user, unclear';
      const { exitCode, screen } = await interview({ ...home.env, NO_COLOR: '1' }, request);
      expect(exitCode).toBe(0);
      expectAnswered(request, screen);
      expect(screen).not.toMatch(COLOUR);
    });

    it('Ctrl-C while the agent works stops it, says so and exits 130', async () => {
      const request = 'greet the impatient user';
      const reached = hold.arm(request);
      const pty = oxiosInPty({ ...home.env, NO_COLOR: '1' }, ['run', request]);
      try {
        await reachedBefore(reached, pty.exited(), () => pty.output());
        pty.type('\u0003');
        expect(await pty.exited()).toBe(130);
        hold.release();
        const screen = pty.output();
        const id = /session ([0-9a-f-]{36})/.exec(screen)?.[1] ?? 'missing';
        expect(screen).toContain(
          `error[aborted]: stopped: the agent's work was cancelled; session ${id} is interrupted`,
        );
        const shown = SessionShowSchema.parse(await oxiosJson(home.env, ['session', 'show', id]));
        expect(shown.session.status).toBe('interrupted');
      } finally {
        pty.kill();
      }
    });

    it('Ctrl-C at a question leaves the session waiting for its answer and exits 130', async () => {
      const pty = oxiosInPty({ ...home.env, NO_COLOR: '1' }, ['run', 'greet the shy user, unclear']);
      try {
        await pty.waitFor(/Question 1: [^]*?> /);
        pty.type('\u0003');
        expect(await pty.exited()).toBe(130);
        const screen = pty.output();
        const id = /session ([0-9a-f-]{36})/.exec(screen)?.[1] ?? 'missing';
        expect(screen).toContain(`error[aborted]: stopped at a question; session ${id} waits for its answer`);
        expect(screen).toContain(`hint: answer later with \`oxios chat --session ${id}\``);
      } finally {
        pty.kill();
      }
    });
  });

  describe('oxios chat on a terminal', () => {
    it('prompts for each message, and Ctrl-C during the work stops it with 130', async () => {
      const pty = oxiosInPty({ ...home.env, NO_COLOR: '1' }, ['chat']);
      try {
        let at = await pty.waitFor(/\/quit ends \(or Ctrl-D\)\r\n[^]*?you› /);
        pty.type('greet the chatty terminal user, unclear\r');
        for (const [index, answer] of ANSWERS.entries()) {
          at = await pty.waitFor(new RegExp(`Question ${index + 1}: [^]*?you› `), at);
          if (index < ANSWERS.length - 1) pty.type(`${answer}\r`);
        }
        const reached = hold.arm('chatty terminal user');
        pty.type(`${ANSWERS.at(-1) ?? ''}\r`);
        await reachedBefore(reached, pty.exited(), () => pty.output());
        pty.type('\u0003');
        expect(await pty.exited()).toBe(130);
        hold.release();
        const id = /session ([0-9a-f-]{36})/.exec(pty.output())?.[1] ?? 'missing';
        expect(pty.output()).toContain(
          `error[aborted]: stopped: the agent's work was cancelled; session ${id} is interrupted`,
        );
        expect(pty.output()).toContain(`hint: continue it with \`oxios chat --session ${id}\` and /resume`);
      } finally {
        pty.kill();
      }
    });
  });

  describe('against the local server', () => {
    let server: Served;
    beforeAll(async () => {
      server = await serve(home.env);
    }, 90_000);
    afterAll(async () => {
      await server.stop();
    });

    it('asks the same questions on the terminal and prints the same result', async () => {
      const request = 'greet the served terminal user, unclear';
      const { exitCode, screen } = await interview(home.env, request);
      expect(exitCode).toBe(0);
      expectAnswered(request, screen);
      expect(await modeOf(home.env)).toBe('local-server');
    });
  });
});
