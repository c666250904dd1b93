import { execFileSync } from 'node:child_process';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { readRepoFile, repoRoot } from './support/repo.js';

const patterns = readRepoFile('.dockerignore')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
// .dockerignore patterns match from the context root; a folder pattern excludes what is inside it.
const matchers = patterns.map((pattern) => picomatch([pattern, `${pattern}/**`], { dot: true }));
const ignored = (path: string) => matchers.some((matches) => matches(path));

describe('.dockerignore', () => {
  it('leaves out build output, dependencies, local toolchains, git and secrets', () => {
    for (const path of [
      '.git/config',
      'node_modules/x/index.js',
      'packages/kernel/node_modules/x/index.js',
      'apps/server/dist/main.js',
      '.tools/bin/pnpm',
      '.turbo/cache',
      '.env',
      'apps/server/.env.local',
      'home/admin.token',
      'certs/server.key',
      'certs/server.pem',
      'home/oxios.db',
      'home/oxios.db-wal',
    ]) {
      expect(ignored(path), path).toBe(true);
    }
  });

  it('keeps every tracked file the build reads', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(tracked.length).toBeGreaterThan(0);
    expect(tracked.filter(ignored)).toEqual([]);
  });
});
