import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPrivateEntries, hostRootLayout } from './root-layout.js';

describe('findPrivateEntries', () => {
  const root = mkdtemp(join(tmpdir(), 'oxios-layout-'));
  afterAll(async () => rm(await root, { recursive: true, force: true }));

  it('lists files and folders others cannot read, without descending into private folders or following links', async () => {
    const base = await root;
    await chmod(base, 0o755);
    await writeFile(join(base, 'public.conf'), 'x', { mode: 0o644 });
    await writeFile(join(base, 'shadow'), 'x', { mode: 0o640 });
    await mkdir(join(base, 'ssl', 'private'), { recursive: true });
    await chmod(join(base, 'ssl', 'private'), 0o700);
    await symlink('/root', join(base, 'link'));
    expect(findPrivateEntries(base).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { kind: 'file', path: join(base, 'shadow') },
      { kind: 'directory', path: join(base, 'ssl', 'private') },
    ]);
  });
});

describe('hostRootLayout', () => {
  it('takes /usr and /etc and never a home, /var or /run', () => {
    const paths = hostRootLayout().entries.map((entry) => entry.path);
    expect(paths).toEqual(expect.arrayContaining(['/usr', '/etc']));
    for (const path of ['/home', '/root', '/var', '/run', '/tmp', '/sys']) expect(paths).not.toContain(path);
  });
});
