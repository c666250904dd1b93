import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ContainerExecResultSchema,
  ContainerListSchema,
  ContainerSchema,
  LineageSchema,
  PersonaListSchema,
  PersonaSchema,
  ProgramDetailSchema,
  ProgramSchema,
  SeedListSchema,
  SeedRecordSchema,
  SessionReplySchema,
  SkillListSchema,
  SkillSchema,
} from '@oxios/sdk-client';
import { startFakeLlm, type BinResult, type FakeLlm, type TempHome } from '@oxios/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliBrain } from './support/cli-brain.js';
import { createConversationHome } from './support/conversation-home.js';
import { normalize } from './support/normalize.js';
import { modeOf, oxios, serve, type Served } from './support/oxios.js';

const MODES = ['embedded', 'local-server'] as const;
type Mode = (typeof MODES)[number];

/** One command of the script and what it did. */
interface Step {
  readonly args: readonly string[];
  readonly result: BinResult;
}

/** A program folder with one tool, as `program install` takes it. */
function writeProgram(parent: string): string {
  const dir = join(parent, 'hello-tool');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'program.toml'),
    [
      '[program]',
      'name = "hello-tool"',
      'version = "1.2.3"',
      'description = "Says hello"',
      'author = "tests"',
      '',
      '[tools.echo]',
      'description = "Echo a text"',
      'command = ["echo", "--", "{text}"]',
      'arguments = [{ name = "text", description = "What to echo" }]',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'SKILL.md'), '---\nname: hello-tool\ndescription: test\n---\n\nUse hello-tool wisely.\n');
  return dir;
}

/** Makes `dir` a git repository with one commit; returns its file:// URL. */
function commitAll(dir: string): string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=tests', '-c', 'user.email=tests@example.com', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'hello-tool');
  return `file://${dir}`;
}

/**
 * The same script of seed, program, skill, persona and container commands on two fresh homes:
 * one through an embedded kernel, one through a server running for it. Each step is recorded
 * (exit code, stdout, stderr) so the two can be compared, and the JSON parsed.
 */
describe('seed, program, skill, persona and container commands in both modes', () => {
  let llm: FakeLlm;
  const homes = {} as Record<Mode, TempHome>;
  const steps = {} as Record<Mode, Step[]>;
  let server: Served | undefined;
  /** The mode `status` reported after each script: the server must have served the whole of it. */
  const modes: Partial<Record<Mode, string>> = {};

  const script = async (mode: Mode) => {
    const home = homes[mode];
    const env = { ...home.env, NO_COLOR: '1' };
    const recorded: Step[] = [];
    const step = async (args: string[]) => {
      const result = await oxios(env, args);
      recorded.push({ args, result });
      return result;
    };
    const run = await step(['run', 'greet the lineage user', '--json']);
    const reply = SessionReplySchema.parse(JSON.parse(run.stdout));
    const seedId = reply.kind === 'result' ? reply.seedId : 'missing';
    const sessionId = reply.sessionId;
    for (const json of [[], ['--json']]) {
      await step(['seed', 'list', ...json]);
      await step(['seed', 'show', seedId, ...json]);
      await step(['seed', 'lineage', seedId, ...json]);
    }
    await step(['seed', 'show', 'no-such-seed']);
    // A server installs from git or a tarball URL only, so the shared script uses git.
    const source = commitAll(writeProgram(join(home.path, 'sources')));
    await step(['program', 'install', source, '--ref', 'main', '--json']);
    await step(['program', 'install', source]);
    for (const json of [[], ['--json']]) {
      await step(['program', 'list', ...json]);
      await step(['program', 'info', 'hello-tool', ...json]);
    }
    await step(['program', 'disable', 'hello-tool', '--json']);
    await step(['program', 'list']);
    await step(['program', 'enable', 'hello-tool']);
    await step(['program', 'uninstall', 'hello-tool', '--json']);
    await step(['program', 'info', 'hello-tool']);
    await step([
      'skill',
      'create',
      'tidy',
      '--description',
      'keep things tidy',
      '--body',
      'Put things back.',
      '--json',
    ]);
    await step(['skill', 'create', 'tidy', '--description', 'again', '--body', 'again']);
    for (const json of [[], ['--json']]) {
      await step(['skill', 'list', ...json]);
      await step(['skill', 'show', 'tidy', ...json]);
    }
    await step(['skill', 'rm', 'tidy', '--json']);
    await step(['skill', 'show', 'tidy']);
    await step(['persona', 'create', 'reviewer', '--prompt', 'You review code.', '--role', 'reviewer', '--json']);
    await step(['persona', 'create', 'reviewer', '--prompt', 'again']);
    await step(['persona', 'use', 'reviewer', '--json']);
    await step(['persona', 'rm', 'reviewer']);
    await step(['persona', 'use', 'research', '--session', sessionId, '--json']);
    await step(['persona', 'use', 'nobody', '--session', sessionId]);
    for (const json of [[], ['--json']]) {
      await step(['persona', 'list', ...json]);
      await step(['persona', 'show', 'reviewer', ...json]);
    }
    await step(['persona', 'use', 'dev']);
    await step(['persona', 'rm', 'reviewer', '--json']);
    await step(['persona', 'show', 'reviewer']);
    await step(['container', 'new', 'box', '--env', 'GREETING=hi', '--json']);
    await step(['container', 'new', 'box']);
    await step(['container', 'ls']);
    await step(['container', 'exec', 'box', '--', 'sh', '-c', 'echo "$GREETING from $(pwd)"']);
    await step(['container', 'exec', 'box', '--', 'sh', '-c', 'echo oops >&2; exit 3']);
    await step(['container', 'exec', 'box', '--json', '--', 'echo', 'json']);
    await step(['container', 'down', 'box', '--json']);
    await step(['container', 'ls', '--json']);
    await step(['container', 'up', 'box']);
    await step(['container', 'rm', 'box', '--json']);
    await step(['container', 'ls']);
    await step(['container', 'exec', 'box', '--', 'true']);
    await step(['session', 'rm', sessionId, '--json']);
    await step(['session', 'show', sessionId]);
    steps[mode] = recorded;
    modes[mode] = await modeOf(env);
  };

  beforeAll(async () => {
    llm = await startFakeLlm({ responder: createCliBrain().respond });
    for (const mode of MODES) homes[mode] = await createConversationHome(llm.anthropicBaseUrl);
    await script('embedded');
    server = await serve({ ...homes['local-server'].env, NO_COLOR: '1' });
    await script('local-server');
  }, 600_000);
  afterAll(async () => {
    await server?.stop();
    await llm.close();
    for (const mode of MODES) await homes[mode].remove();
  });

  /** The step's output with what differs between two homes (paths, ids, times, durations) replaced. */
  const clean = (step: Step | undefined) => {
    const paths = MODES.map((mode) => homes[mode].path);
    const text = (value: string) => normalize(value, paths).replace(/"durationMs": [\d.]+/g, '"durationMs": <ms>');
    return {
      args: step?.args.map(text),
      exitCode: step?.result.exitCode,
      stdout: text(step?.result.stdout ?? ''),
      stderr: text(step?.result.stderr ?? ''),
    };
  };

  it('prints the same in both modes, step by step', () => {
    expect(modes).toEqual({ embedded: 'embedded', 'local-server': 'local-server' });
    expect(steps['local-server']).toHaveLength(steps.embedded.length);
    for (const [index, step] of steps.embedded.entries()) {
      expect(clean(steps['local-server'][index]), step.args.join(' ')).toEqual(clean(step));
    }
  });

  /** The embedded run of a step, by its arguments (the first such step, or the last with `last`). */
  const stepOf = (command: string, last = false): BinResult => {
    const matches = steps.embedded.filter((step) => normalize(step.args.join(' '), [homes.embedded.path]) === command);
    const found = last ? matches.at(-1) : matches[0];
    if (found === undefined) throw new Error(`no step ${command}`);
    return found.result;
  };
  const json = (command: string, last = false): unknown => JSON.parse(stepOf(command, last).stdout);
  const refused = (command: string, exitCode: number, code: string) => {
    const result = stepOf(command, true);
    expect(result.exitCode, command).toBe(exitCode);
    expect(result.stdout, command).toBe('');
    expect(result.stderr, command).toMatch(new RegExp(`^error\\[${code}\\]: `));
  };

  it('seed list, show and lineage print the stored seed and its evaluation', () => {
    const seedId = json('seed list --json') as { items: { seed: { id: string } }[] };
    const list = SeedListSchema.parse(seedId);
    expect(list.items).toHaveLength(1);
    const id = list.items[0]?.seed.id ?? '';
    expect(SeedRecordSchema.parse(json(`seed show <seed> --json`))).toMatchObject({
      seed: { id, generation: 1, parentId: null },
      forced: false,
      execution: { runs: 1, passes: 1 },
    });
    const lineage = LineageSchema.parse(json('seed lineage <seed> --json'));
    expect(lineage.items.map((item) => [item.seed.id, item.evaluation?.approved])).toEqual([[id, true]]);
    expect(stepOf('seed list').stdout).toMatch(/^ID\s+GEN\s+RUNS\s+SESSION\s+CREATED\s+GOAL\n\S+\s+1\s+1\/1 passed/);
    expect(stepOf('seed show <seed>').stdout).toContain('verify: cat hello.txt');
    refused('seed show no-such-seed', 4, 'not-found');
  });

  it('program install, list, info, disable, enable and uninstall', () => {
    const installed = ProgramSchema.parse(json('program install file://<home>/sources/hello-tool --ref main --json'));
    expect(installed).toMatchObject({ name: 'hello-tool', version: '1.2.3', enabled: true, tools: ['echo'] });
    expect(installed.source).toEqual({
      kind: 'git',
      url: `file://${homes.embedded.path}/sources/hello-tool`,
      ref: 'main',
    });
    refused('program install file://<home>/sources/hello-tool', 5, 'already-exists');
    const detail = ProgramDetailSchema.parse(json('program info hello-tool --json'));
    expect(detail.toolDefinitions).toEqual([
      expect.objectContaining({ name: 'echo', command: ['echo', '--', '{text}'] }),
    ]);
    expect(detail.skill).toContain('Use hello-tool wisely.');
    expect(stepOf('program info hello-tool').stdout).toContain('echo — Echo a text');
    expect(ProgramSchema.parse(json('program disable hello-tool --json')).enabled).toBe(false);
    expect(stepOf('program list', true).stdout).toMatch(/^hello-tool\s+1\.2\.3\s+no\s+echo\s+Says hello$/m);
    expect(stepOf('program enable hello-tool').stdout).toBe('✓ hello-tool is enabled\n');
    expect(json('program uninstall hello-tool --json')).toEqual({ name: 'hello-tool', uninstalled: true });
    refused('program info hello-tool', 4, 'not-found');
  });

  it('skill create, list, show and rm', () => {
    expect(
      SkillSchema.parse(json('skill create tidy --description keep things tidy --body Put things back. --json')),
    ).toEqual({
      name: 'tidy',
      description: 'keep things tidy',
      requirements: { host_tools: [], tools: [] },
      body: expect.stringContaining('Put things back.') as string,
    });
    refused('skill create tidy --description again --body again', 5, 'already-exists');
    expect(SkillListSchema.parse(json('skill list --json')).items.map((skill) => skill.name)).toContain('tidy');
    expect(stepOf('skill show tidy').stdout).toMatch(/^tidy — keep things tidy\n\nPut things back\.\n$/);
    expect(json('skill rm tidy --json')).toEqual({ name: 'tidy', deleted: true });
    refused('skill show tidy', 4, 'not-found');
  });

  it('persona create, use, list, show and rm', () => {
    expect(
      PersonaSchema.parse(json('persona create reviewer --prompt You review code. --role reviewer --json')),
    ).toMatchObject({
      id: 'reviewer',
      role: 'reviewer',
      systemPrompt: 'You review code.',
    });
    refused('persona create reviewer --prompt again', 5, 'already-exists');
    expect(json('persona use reviewer --json')).toEqual({ id: 'reviewer', sessionId: null });
    // The default persona cannot be removed.
    refused('persona rm reviewer', 5, 'invalid-state');
    expect(json('persona use research --session <uuid> --json')).toEqual({
      id: 'research',
      sessionId: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
    });
    refused('persona use nobody --session <uuid>', 4, 'not-found');
    expect(PersonaListSchema.parse(json('persona list --json')).defaultId).toBe('reviewer');
    expect(stepOf('persona list').stdout).toMatch(/^reviewer \*\s+reviewer\s+reviewer\s+yes/m);
    expect(stepOf('persona show reviewer').stdout).toContain('System prompt\nYou review code.\n');
    expect(json('persona rm reviewer --json')).toEqual({ id: 'reviewer', deleted: true });
    refused('persona show reviewer', 4, 'not-found');
  });

  it('container new, ls, exec, down, up and rm', () => {
    const created = ContainerSchema.parse(json('container new box --env GREETING=hi --json'));
    expect(created).toMatchObject({ name: 'box', backend: 'host', status: 'running', envNames: ['GREETING'] });
    refused('container new box', 5, 'already-exists');
    expect(stepOf('container ls').stdout).toMatch(/^box\s+running\s+host\s+no\s/m);
    const greeting = stepOf('container exec box -- sh -c echo "$GREETING from $(pwd)"');
    expect(greeting).toMatchObject({
      exitCode: 0,
      stdout: `hi from ${homes.embedded.path}/containers/box/workspace\n`,
    });
    // The command's exit code and streams pass through.
    expect(stepOf('container exec box -- sh -c echo oops >&2; exit 3')).toMatchObject({
      exitCode: 3,
      stdout: '',
      stderr: 'oops\n',
    });
    expect(ContainerExecResultSchema.parse(json('container exec box --json -- echo json'))).toMatchObject({
      exitCode: 0,
      stdout: 'json\n',
    });
    expect(ContainerSchema.parse(json('container down box --json')).status).toBe('stopped');
    expect(
      ContainerListSchema.parse(json('container ls --json')).items.find((item) => item.name === 'box')?.status,
    ).toBe('stopped');
    expect(stepOf('container up box').stdout).toBe('✓ box is running\n');
    expect(json('container rm box --json')).toEqual({ name: 'box', deleted: true });
    expect(stepOf('container ls', true).stdout).not.toMatch(/^box\s/m);
    refused('container exec box -- true', 4, 'not-found');
  });

  it('session rm deletes the session the run made', () => {
    expect(json('session rm <uuid> --json')).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
      deleted: true,
    });
    refused('session show <uuid>', 4, 'not-found');
  });

  it('installs a program from a folder on this machine, which a server refuses with exit 2', async () => {
    const embedded = await oxios(homes.embedded.env, [
      'program',
      'install',
      writeProgram(join(homes.embedded.path, 'folder')),
    ]);
    expect(embedded.exitCode, embedded.stderr).toBe(0);
    // (Host paths stay out of the API's shapes, so the source reads the same in every mode.)
    expect(embedded.stdout).toBe('✓ installed hello-tool 1.2.3 from a local folder\n');
    const home = homes['local-server'];
    const served = await oxios(home.env, ['program', 'install', writeProgram(join(home.path, 'folder'))]);
    expect(served.exitCode).toBe(2);
    expect(served.stderr).toMatch(
      /^error\[invalid-argument\]: the server at http:\/\/127\.0\.0\.1:\d+ cannot read files on this machine\n/,
    );
    expect(served.stderr).toContain('hint: pack the folder');
  });

  it('uploads a tarball file of this machine to a server, printed as in embedded mode', async () => {
    const outputs: string[] = [];
    for (const mode of ['embedded', 'local-server'] as const) {
      const home = homes[mode];
      const folder = writeProgram(join(home.path, 'packed'));
      const tarball = join(home.path, 'packed.tgz');
      execFileSync('tar', ['-czf', tarball, '-C', folder, '.']);
      // An earlier step may have installed it (0) or not (4, not found).
      expect([0, 4]).toContain((await oxios(home.env, ['program', 'uninstall', 'hello-tool'])).exitCode);
      const installed = await oxios(home.env, ['program', 'install', tarball]);
      expect(installed.exitCode, installed.stderr).toBe(0);
      outputs.push(installed.stdout);
      const info = await oxios(home.env, ['program', 'info', 'hello-tool', '--json']);
      expect(info.exitCode, info.stderr).toBe(0);
      expect((JSON.parse(info.stdout) as { source: { kind: string } }).source.kind).toBe(
        mode === 'embedded' ? 'tarball' : 'upload',
      );
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[0]).toBe('✓ installed hello-tool 1.2.3 from a local tarball\n');
  });
});
