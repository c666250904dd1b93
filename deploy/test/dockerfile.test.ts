import { existsSync } from 'node:fs';
import { Copy, Env, Healthcheck } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { execForm, expandArgs, parseDockerfile, stages } from './support/dockerfile.js';
import { pinnedNodeVersion, pinnedPnpmVersion, repoPath } from './support/repo.js';

const { text, dockerfile, args } = parseDockerfile();
const allStages = stages(dockerfile, args);
const runtime = allStages.at(-1);
const keyword = (name: string) =>
  runtime?.instructions.filter((instruction) => instruction.getKeyword() === name) ?? [];
const argumentsOf = (name: string) => keyword(name).map((instruction) => instruction.getArgumentsContent() ?? '');

describe('Dockerfile', () => {
  it('has no linter diagnostics (dockerfile-utils)', () => {
    const messages = validate(text).map((diagnostic) => {
      const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
      return `${diagnostic.range.start.line + 1}: ${message}`;
    });
    expect(messages).toEqual([]);
  });

  it('is multi-stage: a build stage, then a runtime stage that only copies the deployed tree', () => {
    expect(allStages.map((stage) => stage.name)).toEqual(['build', 'runtime']);
    const copies = keyword('COPY').filter((instruction): instruction is Copy => instruction instanceof Copy);
    expect(copies.map((copy) => [copy.getFromFlag()?.getValue(), copy.getArgumentsContent()])).toEqual([
      ['build', '/opt/oxios /opt/oxios'],
    ]);
  });

  it('pins every base image to node:<.node-version>-bookworm-slim', () => {
    for (const stage of allStages) expect(stage.image).toBe(`node:${pinnedNodeVersion()}-bookworm-slim`);
  });

  it('installs exactly the pnpm of package.json packageManager', () => {
    expect(args.get('PNPM_VERSION')).toBe(pinnedPnpmVersion());
    const build = allStages[0]?.instructions.map((instruction) => instruction.getArgumentsContent() ?? '') ?? [];
    expect(build.some((line) => expandArgs(line, args).includes(`"pnpm@${pinnedPnpmVersion()}"`))).toBe(true);
  });

  it('builds from the lockfile and deploys the server and the CLI with production dependencies only', () => {
    const build = allStages[0]?.instructions.map((instruction) => instruction.getArgumentsContent() ?? '').join('\n');
    expect(build).toContain('pnpm fetch --frozen-lockfile');
    expect(build).toContain('pnpm install --frozen-lockfile --offline');
    expect(build).toContain('pnpm --filter @oxios/server deploy --prod --offline /opt/oxios/server');
    expect(build).toContain('pnpm --filter @oxios/cli deploy --prod --offline /opt/oxios/cli');
    for (const file of ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc']) {
      expect(existsSync(repoPath(file)), file).toBe(true);
    }
  });

  it('pulls no floating BuildKit frontend (no unpinned # syntax= directive)', () => {
    const directive = dockerfile.getDirectives().find((candidate) => candidate.getName().toLowerCase() === 'syntax');
    if (directive) expect(directive.getValue()).toMatch(/@sha256:[0-9a-f]{64}$/);
  });

  it('never ADDs (so never fetches a remote URL)', () => {
    expect(dockerfile.getInstructions().filter((instruction) => instruction.getKeyword() === 'ADD')).toEqual([]);
  });

  it('runs as a numeric non-root uid and gid, set after the last root step', () => {
    const users = argumentsOf('USER');
    expect(users).toEqual(['10001:10001']);
    const instructions = runtime?.instructions ?? [];
    const userIndex = instructions.findIndex((instruction) => instruction.getKeyword() === 'USER');
    const laterRuns = instructions.slice(userIndex).filter((instruction) => instruction.getKeyword() === 'RUN');
    expect(laterRuns).toEqual([]);
  });

  it('keeps OXIOS_HOME on a volume and listens on the exposed port', () => {
    const env = new Map(
      keyword('ENV')
        .filter((instruction): instruction is Env => instruction instanceof Env)
        .flatMap((instruction) =>
          instruction.getProperties().map((property) => [property.getName(), property.getValue() ?? ''] as const),
        ),
    );
    expect(env.get('OXIOS_HOME')).toBe('/var/lib/oxios');
    expect(env.get('OXIOS_HOST')).toBe('0.0.0.0');
    expect(JSON.parse(argumentsOf('VOLUME')[0] ?? '[]')).toEqual([env.get('OXIOS_HOME')]);
    expect(argumentsOf('EXPOSE')).toEqual([env.get('OXIOS_PORT')]);
    expect(env.get('OXIOS_PORT')).toBe('4200');
  });

  it('stops with SIGTERM under tini and starts oxios-server', () => {
    expect(argumentsOf('STOPSIGNAL')).toEqual(['SIGTERM']);
    expect(execForm(keyword('ENTRYPOINT')[0]!)).toEqual(['/usr/bin/tini', '--']);
    expect(execForm(keyword('CMD')[0]!)).toEqual(['oxios-server']);
  });

  it('checks health with node fetch against /health (no curl in the image)', () => {
    const [healthcheck] = keyword('HEALTHCHECK');
    const command = execForm(healthcheck!, 'CMD');
    expect(command.slice(0, 2)).toEqual(['node', '-e']);
    expect(command[2]).toContain("'/health'");
    const flags = healthcheck instanceof Healthcheck ? healthcheck.getFlags().map((flag) => flag.getName()) : [];
    expect(flags).toEqual(['interval', 'timeout', 'start-period', 'retries']);
  });
});
