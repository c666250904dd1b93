import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'oxios-web-packed-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('the packed @oxios/web tarball', () => {
  it('holds the built app and the Node entry, and nothing of the sources', () => {
    execFileSync('pnpm', ['pack', '--pack-destination', scratch], { cwd: packageDir, stdio: 'pipe' });
    const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz')) ?? '';
    const files = execFileSync('tar', ['-tzf', join(scratch, tarball)], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/README.md',
        'package/dist/index.js',
        'package/dist/index.d.ts',
        'package/dist/app/index.html',
        'package/dist/app/favicon.svg',
      ]),
    );
    expect(files.some((file) => /^package\/dist\/app\/assets\/index-[\w-]+\.js$/.test(file))).toBe(true);
    expect(files.some((file) => /^package\/dist\/app\/assets\/index-[\w-]+\.css$/.test(file))).toBe(true);
    expect(files.filter((file) => /\/(src|test|examples)\/|\.map$/.test(file))).toEqual([]);
  });

  it('runs the README embed example: the dashboard is served from dashboardRoot()', () => {
    const output = execFileSync(process.execPath, ['examples/embed.ts'], {
      cwd: packageDir,
      encoding: 'utf8',
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    expect(output).toBe('dashboard served\n');
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    expect(readme).toContain(readFileSync(join(packageDir, 'examples', 'embed.ts'), 'utf8').trim());
  });
});
