import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KernelError } from '../errors/kernel-error.js';
import { isInside } from './resolve-workspace-path.js';
import { createAccessFixture, type AccessFixture } from './test-setup.js';
import { TRAVERSAL_CORPUS, type CorpusLayout, type TraversalVector } from './traversal-corpus.js';
import type { Subject } from './types.js';

// Every file, directory and symlink under `root` (symlinks not followed), with file contents hashed.
function snapshot(root: string, skip: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (directory: string): void => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (path === skip) continue;
      const stats = lstatSync(path);
      if (stats.isSymbolicLink()) entries.set(path, `link:${readlinkSync(path)}`);
      else if (stats.isDirectory()) {
        entries.set(path, 'dir');
        walk(path);
      } else entries.set(path, `file:${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
    }
  };
  walk(root);
  return entries;
}

describe('the traversal corpus', () => {
  let fixture: AccessFixture;
  let layout: CorpusLayout;
  const agent: Subject = 'agent:corpus';

  beforeAll(() => {
    // OXIOS_HOME inside the workspace: the worst placement, so its rule must hold on its own.
    fixture = createAccessFixture({ home: (root) => join(root, 'ws', 'state') });
    const ws = join(fixture.root, 'ws');
    layout = { ws, outside: join(fixture.root, 'outside'), home: join(ws, 'state') };
    for (const directory of ['a/b/c', 'state', '.oxios', 'project/.oxios', '.ssh', '.git/hooks']) {
      mkdirSync(join(layout.ws, directory), { recursive: true });
    }
    mkdirSync(join(layout.outside, 'dir'), { recursive: true });
    writeFileSync(join(layout.outside, 'secret.txt'), 'outside secret');
    writeFileSync(join(layout.home, 'oxios.db'), 'db');
    writeFileSync(join(layout.home, 'config.toml'), 'token = "x"');
    writeFileSync(join(layout.ws, '.git/hooks/pre-commit'), '#!/bin/sh\n');
    writeFileSync(join(layout.ws, '.git/config'), '[core]\n');
    fixture.access.createPermissions('corpus', { owner: 'user:ada', by: 'system' })._unsafeUnwrap();
  });
  afterAll(() => {
    fixture.dispose();
  });

  // The whole attack: check, (race), open with parents created, write. Never opens outside the
  // workspace. `raced` is called once the attacker's changes are in place.
  async function attemptWrite(
    vector: TraversalVector,
    path: string,
    raced: () => void = () => undefined,
  ): Promise<Result<void, KernelError>> {
    const context = { requestId: `corpus:${vector.name}` };
    const checked = fixture.access.checkPath(agent, path, { workspaceRoot: layout.ws, operation: 'write', context });
    if (checked.isErr()) return err(checked.error);
    expect(isInside(layout.ws, checked.value.path)).toBe(true);
    vector.between?.(layout);
    raced();
    const opened = await fixture.access.openPath(checked.value, {
      write: true,
      append: true,
      createParents: true,
      context,
    });
    if (opened.isErr()) return err(opened.error);
    await opened.value.write('escaped');
    await opened.value.close();
    return ok(undefined);
  }

  it('holds at least 40 vectors', () => {
    expect(TRAVERSAL_CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TRAVERSAL_CORPUS.map((vector) => [vector.name, vector] as const))(
    'denies %s and leaves nothing created anywhere',
    async (_name, vector) => {
      vector.setup?.(layout);
      const path = typeof vector.path === 'function' ? vector.path(layout) : vector.path;
      let before = snapshot(fixture.root, fixture.storeHome);

      const result = await attemptWrite(vector, path, () => {
        before = snapshot(fixture.root, fixture.storeHome);
      });

      expect(result.isErr()).toBe(true);
      const error = result._unsafeUnwrapErr();
      expect(error).toMatchObject({ code: 'path-denied', rule: vector.rule });
      expect(error.message).toMatch(/^path denied: .* \(.+\)$/s);
      expect(snapshot(fixture.root, fixture.storeHome)).toEqual(before);
      const [entry] = fixture.access.audit
        .query({ subject: agent, action: 'path-write', limit: 1 })
        ._unsafeUnwrap().items;
      expect(entry).toMatchObject({
        allowed: false,
        rule: vector.rule,
        requestId: `corpus:${vector.name}`,
        agentId: 'corpus',
      });
      if (vector.between === undefined && vector.writeOnly !== true) {
        const read = fixture.access.checkPath(agent, path, { workspaceRoot: layout.ws, operation: 'read' });
        expect(read._unsafeUnwrapErr()).toMatchObject({ code: 'path-denied', rule: vector.rule });
      }
    },
  );

  it('still writes ordinary paths through the same function', async () => {
    const plain: TraversalVector = { name: 'plain', path: 'notes/today.md', rule: '' };
    expect((await attemptWrite(plain, 'notes/today.md')).isOk()).toBe(true);
    expect(readFileSync(join(layout.ws, 'notes/today.md'), 'utf8')).toBe('escaped');
    const absolute = await attemptWrite(plain, `${layout.ws}/./notes//today.md`);
    expect(absolute.isOk()).toBe(true);
    expect(readFileSync(join(layout.ws, 'notes/today.md'), 'utf8')).toBe('escapedescaped');
  });

  it('confines the system subject too: it bypasses globs, not the workspace', () => {
    const check = (path: string) =>
      fixture.access.checkPath('system', path, { workspaceRoot: layout.ws, operation: 'read' });
    expect(check('../outside/secret.txt')._unsafeUnwrapErr()).toMatchObject({ rule: 'parent-traversal' });
    expect(check('link-dir/secret.txt')._unsafeUnwrapErr()).toMatchObject({ rule: 'symlink-escape' });
    expect(check('state/config.toml')._unsafeUnwrapErr()).toMatchObject({ rule: 'oxios-home' });
    expect(check('.ssh/id_rsa')._unsafeUnwrap().rule).toBe('system');
  });
});
