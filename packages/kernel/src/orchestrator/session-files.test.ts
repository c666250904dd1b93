import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempHome } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config.js';
import { createKernel } from '../kernel.js';
import { createSessionFiles } from './session-files.js';

async function fixture() {
  const home = await createTempHome();
  const config = loadConfig({ env: home.env, initialize: true })._unsafeUnwrap();
  const kernel = createKernel(config)._unsafeUnwrap();
  const files = createSessionFiles({ home: home.path, containers: null, access: kernel.access, maxFileBytes: 64 });
  const session = kernel.sessions.create({ userId: 'ann' })._unsafeUnwrap();
  return {
    home,
    kernel,
    files,
    request: (path: string) => ({ subject: 'user:ann' as const, sessionId: session.id, path }),
    async [Symbol.asyncDispose]() {
      await kernel.close();
      await home.remove();
    },
  };
}

describe('createSessionFiles', () => {
  it('writes, lists and reads files inside the session workspace, creating it on the first write', async () => {
    await using f = await fixture();
    expect((await f.files.list(f.request('.')))._unsafeUnwrapErr().code).toBe('not-found');
    const written = await f.files.write({ ...f.request('src/app.txt'), content: Buffer.from('hello') });
    expect(written._unsafeUnwrap()).toEqual({ path: 'src/app.txt', size: 5 });
    const root = (await f.files.list(f.request('.')))._unsafeUnwrap();
    expect(root.entries.map((entry) => [entry.path, entry.type])).toEqual([['src', 'directory']]);
    const read = (await f.files.read(f.request('src/app.txt')))._unsafeUnwrap();
    expect(read.content.toString()).toBe('hello');
    expect((await f.files.read(f.request('src/missing.txt')))._unsafeUnwrapErr().code).toBe('not-found');
    expect((await f.files.read(f.request('src')))._unsafeUnwrapErr().code).toBe('path-denied');
  });

  it('refuses traversal, symlink escapes and oversized files, and touches nothing outside', async () => {
    await using f = await fixture();
    await f.files.write({ ...f.request('a.txt'), content: Buffer.from('x') });
    const outside = join(f.home.path, 'outside');
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    const workspace = join(f.home.path, 'workspaces', f.request('.').sessionId);
    symlinkSync(outside, join(workspace, 'escape'));
    for (const path of ['../x.txt', '/etc/passwd', '%2e%2e/x', 'escape/secret.txt', 'a\u0000b']) {
      const error = (await f.files.write({ ...f.request(path), content: Buffer.from('pwned') }))._unsafeUnwrapErr();
      expect(error.code, path).toBe('path-denied');
      expect((await f.files.read(f.request(path)))._unsafeUnwrapErr().code, path).toBe('path-denied');
    }
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe('secret');
    const big = await f.files.write({ ...f.request('big.bin'), content: Buffer.alloc(65) });
    expect(big._unsafeUnwrapErr().code).toBe('invalid-argument');
    writeFileSync(join(workspace, 'big.bin'), Buffer.alloc(65));
    expect((await f.files.read(f.request('big.bin')))._unsafeUnwrapErr().code).toBe('invalid-argument');
  });
});
