import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { getFreePort } from '@oxios/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { get } from './support/http.js';
import { imageLayout } from './support/image-layout.js';
import { repoRoot } from './support/repo.js';
import { run } from './support/run.js';
import { which } from './support/which.js';

// No Docker engine on this machine or in CI: this runs what the image would run, without the
// image. The build stage's own `pnpm deploy` commands make the runtime trees; bubblewrap then
// gives the server the image's filesystem (everything read-only except the OXIOS_HOME volume and
// /tmp, the trees at their image paths, the ln -s links), uid and environment. Not covered:
// the Debian base image, apt packages, tini and Docker itself.
const layout = imageLayout();
const scratch = mkdtempSync(join(tmpdir(), 'oxios-image-'));
const trees = join(scratch, 'trees');
// The production trees hold the kernel's LLM SDKs (pi-ai: Anthropic, OpenAI, …, ~100 MB a tree):
// removing them takes longer than the default hook timeout on a busy disk.
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
}, 120_000);

function missingPrerequisite(): string | undefined {
  if (!which('pnpm')) return 'pnpm is not on PATH';
  if (!which('bwrap')) return 'bwrap is not installed';
  const probe = run('bwrap', ['--unshare-user', '--ro-bind', '/', '/', '--tmpfs', '/tmp', 'true']);
  return probe.status === 0 ? undefined : `bubblewrap cannot create a user namespace here: ${probe.stderr.trim()}`;
}
const missing = missingPrerequisite();
const title = (text: string) => (missing ? `${text} (skipped: ${missing})` : text);
const inTrees = (imagePath: string) => join(trees, imagePath.slice(layout.deployRoot.length));

/** bwrap arguments that recreate the runtime image's filesystem around `home` (the volume). */
function imageFilesystem(home: string): string[] {
  const args = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp'];
  // This Node.js stands in for the image's; keep it visible even when it lives under /tmp (a
  // checkout there has its provisioned Node.js in .tools/).
  const nodePrefix = dirname(dirname(process.execPath));
  args.push('--ro-bind', nodePrefix, nodePrefix);
  args.push(
    '--tmpfs',
    dirname(layout.deployRoot),
    '--ro-bind',
    trees,
    layout.deployRoot,
    '--remount-ro',
    dirname(layout.deployRoot),
  );
  const linkFolders = [...new Set(layout.symlinks.map(({ link }) => dirname(link)))];
  for (const folder of linkFolders) args.push('--tmpfs', folder);
  for (const { target, link } of layout.symlinks) args.push('--symlink', target, link);
  for (const folder of linkFolders) args.push('--remount-ro', folder);
  args.push('--tmpfs', dirname(layout.volume), '--bind', home, layout.volume, '--remount-ro', dirname(layout.volume));
  const [uid, gid] = layout.user.split(':');
  args.push('--unshare-user', '--uid', uid ?? '', '--gid', gid ?? uid ?? '', '--chdir', layout.workdir);
  return args;
}

/** The image's environment, on a free loopback port, with this Node.js first on PATH. */
function imageEnvironment(port: number): string[] {
  const env = new Map(layout.env);
  // The image binds 0.0.0.0 (the container's own interface); a test stays on loopback.
  env.set('OXIOS_HOST', '127.0.0.1');
  env.set('OXIOS_PORT', String(port));
  env.set('PATH', `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`);
  return [...env].flatMap(([name, value]) => ['--setenv', name, value]);
}

function healthcheck(port: number) {
  const [program, ...args] = layout.healthcheck;
  expect(program).toBe('node');
  return run(process.execPath, args, { env: { PATH: process.env.PATH ?? '', OXIOS_PORT: String(port) } }).status;
}

describe.skipIf(missing !== undefined)(title('the runtime image, simulated without Docker'), () => {
  it("the build stage's pnpm deploy commands make self-contained production trees", () => {
    expect(layout.deployCommands.length).toBe(2);
    for (const argv of layout.deployCommands) {
      const [, ...args] = argv.map((token) => (token.startsWith(layout.deployRoot) ? inTrees(token) : token));
      const result = run(which('pnpm') ?? 'pnpm', args, { cwd: repoRoot, timeoutMs: 120_000 });
      expect(result.status, result.stderr + result.stdout).toBe(0);
    }
    for (const { target } of layout.symlinks) {
      expect(() => {
        accessSync(inTrees(target), constants.X_OK);
      }, target).not.toThrow();
    }
    // Production dependencies only: no test tooling, no private workspace packages.
    for (const tree of ['server', 'cli']) {
      for (const devOnly of ['vitest', 'typescript', '@oxios/testkit']) {
        expect(existsSync(join(trees, tree, 'node_modules', devOnly)), `${tree}: ${devOnly}`).toBe(false);
      }
    }
  }, 240_000);

  it('runs oxios --version from the CLI tree through its image path', () => {
    const home = join(scratch, 'cli-home');
    mkdirSync(home, { mode: 0o700 });
    const result = run('bwrap', [
      ...imageFilesystem(home),
      '--clearenv',
      ...imageEnvironment(4200),
      'oxios',
      '--version',
    ]);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(result.status).toBe(0);
  });

  it('serves /health as uid 10001 on a read-only root, passes the HEALTHCHECK, and stops on SIGTERM', async () => {
    const home = join(scratch, 'volume');
    mkdirSync(home, { mode: 0o700 });
    const port = await getFreePort();
    const args = [
      ...imageFilesystem(home),
      '--die-with-parent',
      '--json-status-fd',
      '3',
      '--clearenv',
      ...imageEnvironment(port),
    ];
    const child = spawn('bwrap', [...args, ...layout.cmd], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    // stdio: ignore, pipe, pipe, pipe — so these three are readable streams.
    const [, stdout, errors, statusFd] = child.stdio as unknown as [null, Readable, Readable, Readable];
    let stderr = '';
    let status = '';
    errors.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    stdout.resume();
    statusFd.setEncoding('utf8').on('data', (chunk: string) => {
      status += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const deadline = Date.now() + 20_000;
      while (!/is running at/.test(stderr) && Date.now() < deadline && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(stderr).toContain(`is running at http://127.0.0.1:${port} (OXIOS_HOME ${layout.volume})`);
      const health = await get(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      expect(healthcheck(port)).toBe(0);
      // Everything it wrote is in the volume.
      expect(readFileSync(join(home, 'admin.token'), 'utf8')).toMatch(/^oxs_/);
      expect(existsSync(join(home, 'oxios.db'))).toBe(true);

      const childPid = /"child-pid":\s*(\d+)/.exec(status)?.[1];
      expect(childPid).toBeDefined();
      process.kill(Number(childPid), 'SIGTERM');
      expect(await exited).toBe(0);
      expect(healthcheck(port)).toBe(1);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
