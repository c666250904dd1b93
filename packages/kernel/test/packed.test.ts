import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'oxios-kernel-packed-'));

// npm and pnpm export their settings as npm_* variables to child processes; a user installing
// the tarball would not have them.
function withoutPackageManagerVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^(npm|pnpm)_/i.test(key)));
}

describe('the packed @oxios/kernel tarball', () => {
  // The scratch install holds the LLM SDKs (~100 MB): removing it can take a while on a busy disk.
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  }, 120_000);

  it('installs into a scratch project with npm and runs the README embed example', () => {
    // The kernel depends on @oxios/ouroboros from the workspace: pack it too, as a release would publish it.
    for (const dir of [packageDir, join(packageDir, '..', 'ouroboros')]) {
      execFileSync('pnpm', ['pack', '--pack-destination', scratch], { cwd: dir, stdio: 'pipe' });
    }
    const tarballs = readdirSync(scratch).filter((name) => name.endsWith('.tgz'));
    expect(tarballs.some((name) => name.startsWith('oxios-kernel-'))).toBe(true);
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    const args = ['install', '--no-audit', '--no-fund', '--loglevel=warn', ...tarballs.map((name) => `./${name}`)];
    const install = spawnSync('npm', args, {
      cwd: scratch,
      encoding: 'utf8',
      timeout: 150_000,
      env: withoutPackageManagerVariables(process.env),
    });
    expect({ status: install.status, stderr: install.stderr }).toMatchObject({ status: 0 });
    copyFileSync(join(packageDir, 'examples', 'embed.ts'), join(scratch, 'embed.ts'));
    const output = execFileSync(process.execPath, ['embed.ts'], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    expect(output).toBe('server would bind 127.0.0.1:4300\nevent #2: {"type":"build-finished","ok":true}\n');
    // The bundled default programs, skills and personas ship in the tarball and install on first run.
    const defaults = [
      "import { mkdtempSync } from 'node:fs'; import { tmpdir } from 'node:os'; import { join } from 'node:path';",
      "import { createKernel, loadConfig } from '@oxios/kernel';",
      "const home = mkdtempSync(join(tmpdir(), 'oxios-packed-'));",
      'const kernel = createKernel(loadConfig({ env: { OXIOS_HOME: home } })._unsafeUnwrap())._unsafeUnwrap();',
      'const names = (r) => r._unsafeUnwrap().map((x) => x.name ?? x.id).join(",");',
      'console.log(names(kernel.programs.list()), names(kernel.skills.list()), names(kernel.personas.list()));',
      'await kernel.close();',
    ].join('\n');
    writeFileSync(join(scratch, 'defaults.mjs'), defaults);
    expect(execFileSync(process.execPath, ['defaults.mjs'], { cwd: scratch, encoding: 'utf8' })).toBe(
      'code-review,debug,deploy,refactor code-review,debug,refactor Dev,Research,Review\n',
    );
  }, 200_000);

  it('shows in its README exactly the example that is tested', () => {
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    const example = readFileSync(join(packageDir, 'examples', 'embed.ts'), 'utf8');
    expect(readme).toContain(example.trim());
  });
});
