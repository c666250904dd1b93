import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'oxios-ouroboros-packed-'));

// npm and pnpm export their settings as npm_* variables to child processes; a user installing
// the tarball would not have them.
function withoutPackageManagerVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^(npm|pnpm)_/i.test(key)));
}

describe('the packed @oxios/ouroboros tarball', () => {
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('installs into a scratch project with npm and runs the README embed example', () => {
    execFileSync('pnpm', ['pack', '--pack-destination', scratch], { cwd: packageDir, stdio: 'pipe' });
    const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=warn', `./${tarball ?? ''}`], {
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
    expect(output).toBe('ambiguity 0.19, gate open\ninterview: Where do tasks live?\n');
  }, 200_000);

  it('shows in its README exactly the example that is tested', () => {
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    const example = readFileSync(join(packageDir, 'examples', 'embed.ts'), 'utf8');
    expect(readme).toContain(example.trim());
  });
});
