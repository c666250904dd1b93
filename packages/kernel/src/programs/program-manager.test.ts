import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgramsSectionSchema } from '../config/sections/programs.js';
import { createSettingsRepository } from '../store/repositories/settings-repository.js';
import { createProgramManager } from './create-program-manager.js';
import { createProgramFixture, writeProgramFolder } from './program-test-fixture.js';

describe('the program manager', () => {
  it('removes a disabled program’s tools and skill from what the next agent gets, persistently', async () => {
    await using fixture = await createProgramFixture();
    for (const name of ['alpha', 'beta']) {
      (
        await fixture.manager.install({ kind: 'directory', path: writeProgramFolder(fixture.scratch, name) })
      )._unsafeUnwrap();
    }
    const names = () =>
      fixture.manager
        .toolDescriptors()
        ._unsafeUnwrap()
        .map((tool) => tool.name);
    expect(names()).toEqual(['program.alpha.echo', 'program.beta.echo']);
    expect(fixture.manager.setEnabled('alpha', false)._unsafeUnwrap().enabled).toBe(false);
    expect(names()).toEqual(['program.beta.echo']);
    expect(fixture.manager.skillTexts()._unsafeUnwrap()).toEqual([{ program: 'beta', text: 'Use beta wisely.' }]);
    expect(fixture.events.at(-1)).toEqual({ type: 'program-toggled', name: 'alpha', enabled: false });
    // A new manager over the same home (a restart) still has alpha disabled.
    const restarted = createProgramManager({
      home: fixture.home.path,
      store: fixture.store,
      config: ProgramsSectionSchema.parse({}),
      settings: createSettingsRepository(fixture.store),
    })._unsafeUnwrap();
    expect(
      restarted
        .list()
        ._unsafeUnwrap()
        .map((program) => [program.name, program.enabled]),
    ).toEqual([
      ['alpha', false],
      ['beta', true],
    ]);
    fixture.manager.setEnabled('alpha', true)._unsafeUnwrap();
    expect(names()).toEqual(['program.alpha.echo', 'program.beta.echo']);
  });

  it('prepares a tool call from the descriptor as argv', async () => {
    await using fixture = await createProgramFixture();
    (
      await fixture.manager.install({ kind: 'directory', path: writeProgramFolder(fixture.scratch, 'hello') })
    )._unsafeUnwrap();
    const [tool] = fixture.manager.toolDescriptors()._unsafeUnwrap();
    expect(tool?.prepare({ text: 'hi there' })._unsafeUnwrap()).toMatchObject({
      command: 'echo',
      args: ['--', 'hi there'],
    });
  });

  it('uninstalls a program and forgets its state', async () => {
    await using fixture = await createProgramFixture();
    (
      await fixture.manager.install({ kind: 'directory', path: writeProgramFolder(fixture.scratch, 'gone') })
    )._unsafeUnwrap();
    fixture.manager.uninstall('gone')._unsafeUnwrap();
    expect(existsSync(join(fixture.programsDir, 'gone'))).toBe(false);
    expect(fixture.manager.get('gone')._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
    expect(fixture.manager.uninstall('gone')._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
    expect(fixture.leftovers()).toEqual({ programs: [], staging: [] });
  });

  it('validates names on every operation and never follows a planted symlink', async () => {
    await using fixture = await createProgramFixture();
    for (const name of ['../x', '..', 'a/b', '']) {
      expect(fixture.manager.uninstall(name)._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument' });
      expect(fixture.manager.setEnabled(name, false)._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument' });
    }
    const victim = writeProgramFolder(fixture.scratch, 'victim');
    symlinkSync(victim, join(fixture.programsDir, 'victim'));
    expect(fixture.manager.list()._unsafeUnwrap()).toEqual([]);
    expect(fixture.manager.uninstall('victim')._unsafeUnwrapErr()).toMatchObject({
      code: 'path-denied',
      rule: 'symlink-escape',
    });
    expect(existsSync(join(victim, 'program.toml'))).toBe(true);
  });

  it('skips a folder whose program.toml is invalid or names another program', async () => {
    await using fixture = await createProgramFixture();
    writeProgramFolder(fixture.programsDir, 'other', 'impostor');
    mkdirSync(join(fixture.programsDir, 'broken'));
    writeFileSync(join(fixture.programsDir, 'broken', 'program.toml'), '[program\n');
    expect(fixture.manager.list()._unsafeUnwrap()).toEqual([]);
    expect(fixture.manager.get('impostor')._unsafeUnwrapErr()).toMatchObject({ code: 'content-invalid' });
  });

  it('installs the bundled defaults once; an uninstalled default stays uninstalled', async () => {
    await using fixture = await createProgramFixture();
    expect(fixture.manager.installDefaults()._unsafeUnwrap()).toEqual(['code-review', 'debug', 'refactor', 'deploy']);
    const programs = fixture.manager.list()._unsafeUnwrap();
    expect(programs.map((program) => [program.name, program.source])).toEqual([
      ['code-review', { kind: 'bundled', name: 'code-review' }],
      ['debug', { kind: 'bundled', name: 'debug' }],
      ['deploy', { kind: 'bundled', name: 'deploy' }],
      ['refactor', { kind: 'bundled', name: 'refactor' }],
    ]);
    const tools = fixture.manager.toolDescriptors()._unsafeUnwrap();
    expect(tools.map((tool) => tool.name)).toContain('program.code-review.changed_files');
    const recent = tools.find((tool) => tool.name === 'program.debug.recent_commits');
    expect(recent?.prepare({})._unsafeUnwrap().args).toEqual(['log', '--oneline', '-n', '20']);
    fixture.manager.uninstall('deploy')._unsafeUnwrap();
    expect(fixture.manager.installDefaults()._unsafeUnwrap()).toEqual([]);
    expect(fixture.manager.list()._unsafeUnwrap()).toHaveLength(3);
  });

  it('checks host requirements on PATH', async () => {
    await using fixture = await createProgramFixture();
    const extra =
      '[host_requirements]\nrequired = ["git", "surely-not-installed-oxios"]\noptional = ["also-missing-oxios"]\n';
    (
      await fixture.manager.install({
        kind: 'directory',
        path: writeProgramFolder(fixture.scratch, 'needs', 'needs', extra),
      })
    )._unsafeUnwrap();
    const check = (await fixture.manager.checkHostRequirements('needs'))._unsafeUnwrap();
    expect(check.report).toMatchObject({ ok: false, missingRequired: ['surely-not-installed-oxios'] });
    expect(check.report.tools.find((tool) => tool.name === 'git')?.available).toBe(true);
  });
});
