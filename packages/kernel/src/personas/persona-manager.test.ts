import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config.js';
import { createKernel, type Kernel } from '../kernel.js';

async function startKernel(env: (home: TempHome) => Record<string, string | undefined> = (home) => home.env) {
  const home = await createTempHome();
  const kernel = createKernel(loadConfig({ env: env(home), initialize: true })._unsafeUnwrap())._unsafeUnwrap();
  return {
    home,
    kernel,
    async [Symbol.asyncDispose]() {
      await kernel.close();
      await home.remove();
    },
  };
}

const promptOf = (kernel: Kernel, sessionId?: string) => kernel.prompts.resolve(sessionId)._unsafeUnwrap().systemPrompt;

describe('personas', () => {
  it('ships dev, review and research with distinct prompts, dev as the default', async () => {
    await using k = await startKernel();
    const personas = k.kernel.personas.list()._unsafeUnwrap();
    expect(personas.map((persona) => persona.id)).toEqual(['dev', 'research', 'review']);
    expect(new Set(personas.map((persona) => persona.systemPrompt)).size).toBe(3);
    expect(k.kernel.personas.resolvePersona()._unsafeUnwrap().id).toBe('dev');
    expect(existsSync(join(k.home.path, 'personas', 'dev.md'))).toBe(true);
  });

  it('changes the next agent’s system prompt when the default changes through the kernel API', async () => {
    await using k = await startKernel();
    const session = k.kernel.sessions.create({ userId: 'ann' })._unsafeUnwrap();
    expect(promptOf(k.kernel, session.id)).toMatch(/^You are a pragmatic software developer/);
    const events = k.kernel.bus.subscribe({ types: ['persona-default-changed'] });
    k.kernel.personas.setDefault('research')._unsafeUnwrap();
    expect(promptOf(k.kernel, session.id)).toMatch(/^You are a careful researcher/);
    expect(promptOf(k.kernel)).toMatch(/^You are a careful researcher/);
    expect(events.take()?.event).toEqual({ type: 'persona-default-changed', personaId: 'research' });
    // Edits to the persona itself are seen too.
    k.kernel.personas
      .update('research', { systemPrompt: 'You are Edited.', model: 'anthropic/claude-x' })
      ._unsafeUnwrap();
    expect(k.kernel.prompts.resolve(session.id)._unsafeUnwrap()).toMatchObject({
      model: 'anthropic/claude-x',
      systemPrompt: expect.stringMatching(/^You are Edited\./),
    });
  });

  it('uses a session’s own persona over the default and stores it on the session record', async () => {
    await using k = await startKernel();
    const mine = k.kernel.sessions.create({ userId: 'ann' })._unsafeUnwrap();
    const other = k.kernel.sessions.create({ userId: 'bob' })._unsafeUnwrap();
    expect(k.kernel.personas.setSessionPersona(mine.id, 'review')._unsafeUnwrap().personaId).toBe('review');
    expect(k.kernel.sessions.get(mine.id)._unsafeUnwrap().personaId).toBe('review');
    const prompt = k.kernel.prompts.resolve(mine.id)._unsafeUnwrap();
    expect(prompt.persona.id).toBe('review');
    // review selects the code-review skill in its frontmatter.
    expect(prompt.skills.map((skill) => skill.name)).toEqual(['code-review']);
    expect(prompt.systemPrompt).toContain('## Skill: code-review');
    expect(k.kernel.personas.resolvePersona(other.id)._unsafeUnwrap().id).toBe('dev');
    k.kernel.personas.setSessionPersona(mine.id, null)._unsafeUnwrap();
    expect(k.kernel.personas.resolvePersona(mine.id)._unsafeUnwrap().id).toBe('dev');
    expect(k.kernel.personas.setSessionPersona(mine.id, 'nope')._unsafeUnwrapErr()).toMatchObject({
      code: 'not-found',
    });
    expect(k.kernel.personas.resolvePersona('no-such-session')._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
  });

  it('keeps the default across a restart and honours [personas] default', async () => {
    const home = await createTempHome();
    try {
      writeFileSync(join(home.path, 'config.toml'), '[personas]\ndefault = "review"\n');
      const config = loadConfig({ env: home.env })._unsafeUnwrap();
      const first = createKernel(config)._unsafeUnwrap();
      expect(first.personas.resolvePersona()._unsafeUnwrap().id).toBe('review');
      first.personas.setDefault('research')._unsafeUnwrap();
      await first.close();
      const second = createKernel(config)._unsafeUnwrap();
      expect(second.personas.defaultId()._unsafeUnwrap()).toBe('research');
      await second.close();
    } finally {
      await home.remove();
    }
  });

  it('falls back when the chosen persona was deleted or disabled, and never deletes the default', async () => {
    await using k = await startKernel();
    expect(k.kernel.personas.remove('dev')._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-state' });
    k.kernel.personas.setDefault('review')._unsafeUnwrap();
    rmSync(join(k.home.path, 'personas', 'review.md'));
    expect(k.kernel.personas.resolvePersona()._unsafeUnwrap().id).toBe('dev');
    k.kernel.personas.update('dev', { enabled: false })._unsafeUnwrap();
    k.kernel.personas.remove('research')._unsafeUnwrap();
    expect(k.kernel.personas.resolvePersona()._unsafeUnwrap().id).toBe('default');
  });

  it('creates personas with validated ids, escaping their frontmatter', async () => {
    await using k = await startKernel();
    const created = k.kernel.personas.create({
      id: 'writer',
      name: 'Writer',
      description: 'a\n---\nenabled: false',
      systemPrompt: 'Write well.',
    });
    expect(created._unsafeUnwrap()).toMatchObject({
      id: 'writer',
      enabled: true,
      description: 'a\n---\nenabled: false',
    });
    expect(readFileSync(join(k.home.path, 'personas', 'writer.md'), 'utf8')).toContain('Write well.');
    for (const id of ['../evil', 'a/b', '..', 'UP']) {
      expect(k.kernel.personas.create({ id, name: 'x', systemPrompt: 'x' })._unsafeUnwrapErr()).toMatchObject({
        code: 'invalid-argument',
      });
      expect(k.kernel.personas.get(id)._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument' });
    }
    symlinkSync('/etc/hostname', join(k.home.path, 'personas', 'planted.md'));
    expect(k.kernel.personas.get('planted')._unsafeUnwrapErr()).toMatchObject({
      code: 'path-denied',
      rule: 'symlink-escape',
    });
  });

  it('lets a session select extra skills on top of its persona’s', async () => {
    await using k = await startKernel();
    const session = k.kernel.sessions.create({ userId: 'ann' })._unsafeUnwrap();
    k.kernel.prompts.setSessionSkills(session.id, ['debug', 'refactor'])._unsafeUnwrap();
    expect(
      k.kernel.prompts
        .resolve(session.id)
        ._unsafeUnwrap()
        .skills.map((skill) => skill.name),
    ).toEqual(['debug', 'refactor']);
    expect(k.kernel.prompts.setSessionSkills(session.id, ['../x'])._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-argument',
    });
  });
});
