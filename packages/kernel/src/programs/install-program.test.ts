import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTar, createProgramFixture, git, paxPath, writeProgramFolder } from './program-test-fixture.js';

describe('installing a program', () => {
  it('installs from a local folder, atomically, enabled, with its tools and skill', async () => {
    await using fixture = await createProgramFixture();
    const source = writeProgramFolder(fixture.scratch, 'hello');
    const installed = (await fixture.manager.install({ kind: 'directory', path: source }))._unsafeUnwrap();
    expect(installed).toMatchObject({
      name: 'hello',
      version: '1.2.3',
      enabled: true,
      tools: ['echo'],
      source: { kind: 'directory' },
    });
    expect(readFileSync(join(fixture.programsDir, 'hello', 'program.toml'), 'utf8')).toContain('name = "hello"');
    expect(fixture.manager.get('hello')._unsafeUnwrap().skill).toBe('Use hello wisely.');
    expect(fixture.leftovers()).toEqual({ programs: ['hello'], staging: [] });
    expect(fixture.events).toEqual([
      { type: 'program-installed', name: 'hello', version: '1.2.3', source: 'directory' },
    ]);
    const again = await fixture.manager.install({ kind: 'directory', path: source });
    expect(again._unsafeUnwrapErr()).toMatchObject({ code: 'already-exists', resource: 'program', id: 'hello' });
    expect(fixture.leftovers()).toEqual({ programs: ['hello'], staging: [] });
  });

  it('installs from a local bare git repository without its history', async () => {
    await using fixture = await createProgramFixture();
    const bare = join(fixture.scratch, 'remote.git');
    git(fixture.scratch, 'init', '--bare', '--initial-branch=main', bare);
    const work = join(fixture.scratch, 'work');
    git(fixture.scratch, 'init', '--initial-branch=main', work);
    writeProgramFolder(work, 'from-git', '.');
    git(work, 'add', '.');
    git(work, 'commit', '-m', 'program');
    git(work, 'push', bare, 'main');
    const installed = await fixture.manager.install({ kind: 'git', url: `file://${bare}`, ref: 'main' });
    expect(installed._unsafeUnwrap()).toMatchObject({
      name: 'from-git',
      source: { kind: 'git', url: `file://${bare}` },
    });
    expect(existsSync(join(fixture.programsDir, 'from-git', '.git'))).toBe(false);
    expect(fixture.leftovers()).toEqual({ programs: ['from-git'], staging: [] });
  });

  it('installs from a tarball made by tar, with a top-level folder', async () => {
    await using fixture = await createProgramFixture();
    writeProgramFolder(fixture.scratch, 'packed', 'packed-1.0');
    const tarball = join(fixture.scratch, 'packed.tgz');
    execFileSync('tar', ['-czf', tarball, '-C', fixture.scratch, 'packed-1.0']);
    const installed = await fixture.manager.install({ kind: 'tarball', path: tarball });
    expect(installed._unsafeUnwrap()).toMatchObject({ name: 'packed', tools: ['echo'] });
    expect(fixture.leftovers()).toEqual({ programs: ['packed'], staging: [] });
  });

  it('installs from uploaded archive bytes, recorded by file name only', async () => {
    await using fixture = await createProgramFixture();
    writeProgramFolder(fixture.scratch, 'sent', 'sent-1.0');
    const tarball = join(fixture.scratch, 'sent.tgz');
    execFileSync('tar', ['-czf', tarball, '-C', fixture.scratch, 'sent-1.0']);
    const bytes = readFileSync(tarball);
    const installed = await fixture.manager.install({ kind: 'upload', fileName: 'sent.tgz', bytes });
    expect(installed._unsafeUnwrap()).toMatchObject({
      name: 'sent',
      tools: ['echo'],
      source: { kind: 'upload', fileName: 'sent.tgz' },
    });
    expect(installed._unsafeUnwrap().source).not.toHaveProperty('bytes');
    expect(
      fixture.manager
        .list()
        ._unsafeUnwrap()
        .find((program) => program.name === 'sent')?.source,
    ).toEqual({
      kind: 'upload',
      fileName: 'sent.tgz',
    });
    for (const fileName of ['', '..', 'a/b.tgz', 'x\u0000.tgz', 'x'.repeat(256)]) {
      const refused = await fixture.manager.install({ kind: 'upload', fileName, bytes });
      expect(refused._unsafeUnwrapErr(), JSON.stringify(fileName)).toMatchObject({ code: 'invalid-argument' });
    }
    const evil = buildTar([{ name: '../../../escaped', body: 'owned' }]);
    const slipped = await fixture.manager.install({ kind: 'upload', fileName: 'evil.tar', bytes: evil });
    expect(slipped._unsafeUnwrapErr()).toMatchObject({ code: 'unsafe-content' });
    expect(existsSync(join(fixture.home.path, 'escaped'))).toBe(false);
    expect(fixture.leftovers()).toEqual({ programs: ['sent'], staging: [] });
  });

  it('installs from a tarball URL and refuses plain http to other hosts', async () => {
    await using fixture = await createProgramFixture();
    writeProgramFolder(fixture.scratch, 'served', '.');
    const body = buildTar(
      [
        { name: 'program.toml', body: readFileSync(join(fixture.scratch, 'program.toml')) },
        { name: 'SKILL.md', body: 'Served.' },
      ],
      { gzip: true },
    );
    const server = createServer((request, response) => {
      if (request.url === '/moved') response.writeHead(302, { location: '/p.tgz' }).end();
      else response.writeHead(request.url === '/p.tgz' ? 200 : 404).end(request.url === '/p.tgz' ? body : '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const installed = await fixture.manager.install({ kind: 'tarball-url', url: `http://127.0.0.1:${port}/moved` });
      expect(installed._unsafeUnwrap()).toMatchObject({ name: 'served' });
      const missing = await fixture.manager.install({ kind: 'tarball-url', url: `http://127.0.0.1:${port}/nope.tgz` });
      expect(missing._unsafeUnwrapErr()).toMatchObject({ code: 'install-failed', reason: 'http-404' });
    } finally {
      server.close();
    }
    const insecure = await fixture.manager.install({ kind: 'tarball-url', url: 'http://example.com/p.tgz' });
    expect(insecure._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument', field: 'url' });
    expect(fixture.leftovers()).toEqual({ programs: ['served'], staging: [] });
  });
});

describe('refusing a malicious program', () => {
  it('refuses a program.toml name that escapes the programs folder and leaves nothing behind', async () => {
    await using fixture = await createProgramFixture();
    const source = writeProgramFolder(fixture.scratch, '../escaped', 'evil');
    const result = await fixture.manager.install({ kind: 'directory', path: source });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: 'content-invalid',
      issues: [expect.objectContaining({ path: 'program.name' })],
    });
    expect(existsSync(join(fixture.home.path, 'escaped'))).toBe(false);
    expect(fixture.leftovers()).toEqual({ programs: [], staging: [] });
  });

  it('refuses a zip-slip tarball before writing any of it', async () => {
    await using fixture = await createProgramFixture();
    const cases = [
      buildTar([
        { name: 'program.toml', body: 'x' },
        { name: '../../../escaped', body: 'owned' },
      ]),
      buildTar([{ name: `${fixture.home.path}/escaped`, body: 'owned' }], { gzip: true }),
      buildTar([paxPath('../escaped'), { name: 'fine', body: 'owned' }]),
      buildTar([
        { name: 'link', type: '2', linkname: '../../..' },
        { name: 'link/escaped', body: 'owned' },
      ]),
      buildTar([{ name: 'hard', type: '1', linkname: '/etc/passwd' }]),
      buildTar([{ name: 'huge', size: 2 ** 33 - 1 }]),
    ];
    for (const [index, archive] of cases.entries()) {
      const tarball = join(fixture.scratch, `evil-${index}.tar`);
      writeFileSync(tarball, archive);
      const result = await fixture.manager.install({ kind: 'tarball', path: tarball });
      expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'unsafe-content' });
    }
    expect(existsSync(join(fixture.home.path, 'escaped'))).toBe(false);
    expect(existsSync(join(fixture.programsDir, 'escaped'))).toBe(false);
    expect(fixture.leftovers()).toEqual({ programs: [], staging: [] });
  });

  it('refuses a gzip bomb by its unpacked size', async () => {
    await using fixture = await createProgramFixture({
      max_total_bytes: 100_000,
      max_file_bytes: 100_000,
      max_entries: 10,
    });
    const tarball = join(fixture.scratch, 'bomb.tgz');
    writeFileSync(tarball, buildTar([{ name: 'zeros', body: new Uint8Array(10_000_000) }], { gzip: true }));
    const result = await fixture.manager.install({ kind: 'tarball', path: tarball });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'unsafe-content', rule: 'total-too-large' });
    expect(fixture.leftovers()).toEqual({ programs: [], staging: [] });
  });

  it('refuses a folder holding a symlink that points outside and copies nothing', async () => {
    await using fixture = await createProgramFixture();
    const source = writeProgramFolder(fixture.scratch, 'linked');
    const secret = join(fixture.scratch, 'secret.txt');
    writeFileSync(secret, 'do not copy');
    mkdirSync(join(source, 'config'));
    symlinkSync(secret, join(source, 'config', 'token'));
    const result = await fixture.manager.install({ kind: 'directory', path: source });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'unsafe-content', entry: 'config/token', rule: 'link' });
    expect(fixture.leftovers()).toEqual({ programs: [], staging: [] });
  });

  it('refuses a git repository whose checkout contains a symlink', async () => {
    await using fixture = await createProgramFixture();
    const work = join(fixture.scratch, 'work');
    git(fixture.scratch, 'init', '--initial-branch=main', work);
    writeProgramFolder(work, 'sneaky', '.');
    symlinkSync('/etc/passwd', join(work, 'passwd'));
    git(work, 'add', '.');
    git(work, 'commit', '-m', 'x');
    const result = await fixture.manager.install({ kind: 'git', url: `file://${work}` });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'unsafe-content', entry: 'passwd', rule: 'link' });
    expect(fixture.leftovers()).toEqual({ programs: [], staging: [] });
  });

  it.each([
    '--upload-pack=touch PWNED',
    '-uPWNED',
    'ext::sh%20-c%20touch%20PWNED',
    'ssh://-oProxyCommand=touch%20PWNED/x',
  ])('refuses the git URL %s without running git', async (url) => {
    await using fixture = await createProgramFixture();
    const result = await fixture.manager.install({ kind: 'git', url });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument', field: 'url' });
    expect(existsSync(join(fixture.programsDir, '.staging', 'PWNED'))).toBe(false);
    expect(fixture.leftovers()).toEqual({ programs: [], staging: [] });
  });

  it('reports a clone that fails as install-failed and cleans up', async () => {
    await using fixture = await createProgramFixture();
    const result = await fixture.manager.install({ kind: 'git', url: `file://${fixture.scratch}/missing.git` });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: 'install-failed',
      reason: expect.stringMatching(/^git-exit-/),
    });
    expect(fixture.leftovers()).toEqual({ programs: [], staging: [] });
  });

  it('refuses a folder without program.toml and one bigger than the caps', async () => {
    await using fixture = await createProgramFixture({ max_file_bytes: 2048, max_total_bytes: 4096 });
    const empty = join(fixture.scratch, 'empty');
    mkdirSync(empty);
    expect((await fixture.manager.install({ kind: 'directory', path: empty }))._unsafeUnwrapErr()).toMatchObject({
      code: 'install-failed',
      reason: 'not-a-program',
    });
    const big = writeProgramFolder(fixture.scratch, 'big');
    writeFileSync(join(big, 'blob'), 'x'.repeat(3000));
    expect((await fixture.manager.install({ kind: 'directory', path: big }))._unsafeUnwrapErr()).toMatchObject({
      rule: 'file-too-large',
    });
    expect(fixture.leftovers()).toEqual({ programs: [], staging: [] });
  });

  it('stops a clone when its signal is aborted, and a stalled download at its timeout', async () => {
    await using fixture = await createProgramFixture({ download_timeout_secs: 1 });
    const aborted = await fixture.manager.install(
      { kind: 'git', url: `file://${fixture.scratch}/whatever.git` },
      { signal: AbortSignal.abort() },
    );
    expect(aborted._unsafeUnwrapErr()).toMatchObject({ code: 'aborted' });
    const server = createServer(() => {
      // Never answers.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const stalled = await fixture.manager.install({ kind: 'tarball-url', url: `http://127.0.0.1:${port}/p.tgz` });
      expect(stalled._unsafeUnwrapErr()).toMatchObject({ code: 'timeout', timeoutMs: 1000 });
    } finally {
      server.closeAllConnections();
      server.close();
    }
    expect(fixture.leftovers()).toEqual({ programs: [], staging: [] });
  });
});
