import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccessFixture, type AccessFixture } from './test-setup.js';
import type { PathOperation } from './types.js';

describe('openPath', () => {
  let fixture: AccessFixture;
  let ws: string;
  beforeEach(() => {
    fixture = createAccessFixture();
    ws = join(fixture.root, 'ws');
    mkdirSync(ws);
  });
  afterEach(() => {
    fixture.dispose();
  });

  const check = (path: string, operation: PathOperation) =>
    fixture.access.checkPath('user:ada', path, { workspaceRoot: ws, operation })._unsafeUnwrap();

  it('creates missing parents inside the workspace and writes the file', async () => {
    const handle = (
      await fixture.access.openPath(check('a/b/c.txt', 'write'), { write: true, createParents: true })
    )._unsafeUnwrap();
    await handle.writeFile('hello');
    await handle.close();
    expect(readFileSync(join(ws, 'a/b/c.txt'), 'utf8')).toBe('hello');
  });

  it('refuses to write through a path checked only for reading', async () => {
    writeFileSync(join(ws, 'r.txt'), 'keep');
    const result = await fixture.access.openPath(check('r.txt', 'read'), { write: true });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument', field: 'write' });
  });

  it('truncates only after the handle is verified', async () => {
    writeFileSync(join(ws, 't.txt'), 'old contents');
    const handle = (
      await fixture.access.openPath(check('t.txt', 'write'), { write: true, truncate: true })
    )._unsafeUnwrap();
    await handle.writeFile('new');
    await handle.close();
    expect(readFileSync(join(ws, 't.txt'), 'utf8')).toBe('new');
  });

  it('refuses a FIFO without blocking on it', async () => {
    execFileSync('mkfifo', [join(ws, 'pipe')]);
    const result = await fixture.access.openPath(check('pipe', 'read'));
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'path-denied', rule: 'not-a-regular-file' });
  });

  it('reports a missing file as io, and exclusive creation of an existing one as io', async () => {
    expect((await fixture.access.openPath(check('missing.txt', 'read')))._unsafeUnwrapErr().code).toBe('io');
    writeFileSync(join(ws, 'e.txt'), '');
    expect(
      (await fixture.access.openPath(check('e.txt', 'write'), { write: true, exclusive: true }))._unsafeUnwrapErr()
        .code,
    ).toBe('io');
  });

  it('audits a denial at open time under the original check', async () => {
    const resolved = check('late/x.txt', 'write');
    mkdirSync(join(fixture.root, 'elsewhere'));
    symlinkSync(join(fixture.root, 'elsewhere'), join(ws, 'late'));
    const result = await fixture.access.openPath(resolved, {
      write: true,
      createParents: true,
      context: { requestId: 'r9' },
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'path-denied', rule: 'changed-since-check' });
    expect(existsSync(join(fixture.root, 'elsewhere', 'x.txt'))).toBe(false);
    const [entry] = fixture.access.audit.query({ limit: 1 })._unsafeUnwrap().items;
    expect(entry).toMatchObject({ action: 'path-write', resource: 'late/x.txt', allowed: false, requestId: 'r9' });
  });

  it('rechecks a path before an operation that does not open it', () => {
    mkdirSync(join(ws, 'old'));
    const resolved = check('old', 'delete');
    expect(fixture.access.recheckPath(resolved)._unsafeUnwrap()).toBe(resolved);
    mkdirSync(join(fixture.root, 'target'));
    rmdirSync(join(ws, 'old'));
    symlinkSync(join(fixture.root, 'target'), join(ws, 'old'));
    expect(fixture.access.recheckPath(resolved)._unsafeUnwrapErr()).toMatchObject({ rule: 'changed-since-check' });
  });
});
