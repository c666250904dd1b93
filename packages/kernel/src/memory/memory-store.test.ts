import { existsSync, readFileSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryFixture } from './memory-test-fixture.js';

describe('memory notes', () => {
  it('writes a markdown note per user, indexes it and reads it back', async () => {
    await using f = await createMemoryFixture();
    const note = f.memory
      .write('ann', { kind: 'fact', title: 'Preferred editor', content: 'Ann uses Helix.', tags: ['editor'] })
      ._unsafeUnwrap();
    expect(note.id).toMatch(/^preferred-editor-[0-9a-f]{8}$/);
    const file = readFileSync(join(f.home.path, 'memory', 'ann', `${note.id}.md`), 'utf8');
    expect(file).toMatch(/^---\ntitle: Preferred editor\nkind: fact\n/);
    expect(file).toContain('Ann uses Helix.');
    expect(f.memory.read('ann', note.id)._unsafeUnwrap()).toMatchObject({
      content: 'Ann uses Helix.',
      tags: ['editor'],
    });
    expect(f.memory.search('ann', { query: 'helix' })._unsafeUnwrap()).toEqual([
      expect.objectContaining({ id: note.id, snippet: 'Ann uses [Helix].' }),
    ]);
    expect(f.events).toEqual([{ type: 'memory-note-written', userId: 'ann', noteId: note.id, kind: 'fact' }]);
  });

  it('keeps each user’s notes to that user', async () => {
    await using f = await createMemoryFixture();
    const note = f.memory.write('ann', { kind: 'fact', title: 'Secret', content: 'launch code 1234' })._unsafeUnwrap();
    expect(f.memory.search('bob', { query: 'launch' })._unsafeUnwrap()).toEqual([]);
    expect(f.memory.read('bob', note.id)._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
    expect(f.memory.list('bob')._unsafeUnwrap()).toEqual([]);
  });

  it('replaces a note by id, keeping its creation time', async () => {
    await using f = await createMemoryFixture();
    const first = f.memory
      .write('ann', { kind: 'knowledge', title: 'Deploy', content: 'Use make deploy.', id: 'deploy' })
      ._unsafeUnwrap();
    f.clock += 60_000;
    const second = f.memory
      .write('ann', { kind: 'knowledge', title: 'Deploy', content: 'Use just deploy.', id: 'deploy' })
      ._unsafeUnwrap();
    expect(second).toMatchObject({ createdAt: first.createdAt, updatedAt: first.updatedAt + 60_000 });
    expect(f.memory.search('ann', { query: 'make' })._unsafeUnwrap()).toEqual([]);
    expect(f.memory.search('ann', { query: 'just' })._unsafeUnwrap()).toHaveLength(1);
  });

  it.each([
    'a" OR "b',
    '"unbalanced',
    '*',
    'launch*',
    'NEAR(launch code)',
    'launch AND NOT code',
    'title:launch',
    '(launch',
    'launch)) OR ((',
    '^launch',
    "it's -launch +code",
    '""',
    'body: * OR title: *',
  ])('treats the query %j as text: no error, no operator', async (query) => {
    await using f = await createMemoryFixture();
    f.memory.write('ann', { kind: 'fact', title: 'Codes', content: 'launch code 1234' })._unsafeUnwrap();
    f.memory.write('ann', { kind: 'fact', title: 'Other', content: 'a b OR NOT near title' })._unsafeUnwrap();
    expect(f.memory.search('ann', { query }).isOk()).toBe(true);
  });

  it('matches operators literally rather than as syntax', async () => {
    await using f = await createMemoryFixture();
    f.memory.write('ann', { kind: 'fact', title: 'One', content: 'alpha' })._unsafeUnwrap();
    f.memory.write('ann', { kind: 'fact', title: 'Two', content: 'beta' })._unsafeUnwrap();
    f.memory.write('ann', { kind: 'fact', title: 'Three', content: 'alpha or beta' })._unsafeUnwrap();
    // As FTS syntax `alpha OR beta` would match all three; as text it needs all three words.
    expect(
      f.memory
        .search('ann', { query: 'alpha OR beta' })
        ._unsafeUnwrap()
        .map((hit) => hit.title),
    ).toEqual(['Three']);
    // `NOT beta` as syntax would exclude Three; as text it needs the word "not".
    expect(f.memory.search('ann', { query: 'alpha NOT beta' })._unsafeUnwrap()).toEqual([]);
    // A column filter is text too: `title:one` needs the words "title" and "one".
    expect(f.memory.search('ann', { query: 'title:One' })._unsafeUnwrap()).toEqual([]);
    // `*` alone matches nothing rather than everything.
    expect(f.memory.search('ann', { query: '*' })._unsafeUnwrap()).toEqual([]);
  });

  it('filters by kind and refuses bad ids and users', async () => {
    await using f = await createMemoryFixture();
    f.memory.write('ann', { kind: 'episode', title: 'Standup', content: 'talked about releases' })._unsafeUnwrap();
    expect(f.memory.search('ann', { query: 'releases', kind: 'fact' })._unsafeUnwrap()).toEqual([]);
    expect(f.memory.search('ann', { query: 'releases', kind: 'episode' })._unsafeUnwrap()).toHaveLength(1);
    for (const id of ['../x', '../../config', 'a/b', '..']) {
      expect(f.memory.read('ann', id)._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument' });
      expect(f.memory.write('ann', { kind: 'fact', title: 't', content: 'c', id }).isErr()).toBe(true);
    }
    for (const user of ['../ann', '..', 'Ann/x', '']) {
      expect(f.memory.write(user, { kind: 'fact', title: 't', content: 'c' })._unsafeUnwrapErr()).toMatchObject({
        code: 'invalid-argument',
      });
    }
    expect(
      f.memory.write('ann', { kind: 'fact', title: 't', content: 'x'.repeat(70_000) })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid-argument',
      field: 'content',
    });
  });

  it('re-indexes notes edited, added and deleted by hand, and never reads through symlinks', async () => {
    await using f = await createMemoryFixture();
    const edited = f.memory.write('ann', { kind: 'fact', title: 'Edited', content: 'old words' })._unsafeUnwrap();
    const deleted = f.memory.write('ann', { kind: 'fact', title: 'Deleted', content: 'doomed' })._unsafeUnwrap();
    const dir = join(f.home.path, 'memory', 'ann');
    const editedPath = join(dir, `${edited.id}.md`);
    writeFileSync(editedPath, readFileSync(editedPath, 'utf8').replace('old words', 'new words'));
    utimesSync(editedPath, new Date(), new Date(Date.now() + 5000));
    unlinkSync(join(dir, `${deleted.id}.md`));
    const created =
      '---\ntitle: Hand made\nkind: knowledge\ncreated: 2030-01-01T00:00:00.000Z\nupdated: 2030-01-01T00:00:00.000Z\n---\nwritten in an editor\n';
    writeFileSync(join(dir, 'hand-made.md'), created);
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: [oops\n---\n');
    symlinkSync('/etc/hostname', join(dir, 'linked.md'));
    expect(f.memory.reindex()._unsafeUnwrap()).toEqual({ indexed: 2, removed: 1 });
    expect(f.memory.search('ann', { query: 'new words' })._unsafeUnwrap()).toHaveLength(1);
    expect(f.memory.search('ann', { query: 'old' })._unsafeUnwrap()).toEqual([]);
    expect(
      f.memory
        .search('ann', { query: 'editor' })
        ._unsafeUnwrap()
        .map((hit) => hit.id),
    ).toEqual(['hand-made']);
    expect(f.memory.read('ann', 'linked')._unsafeUnwrapErr()).toMatchObject({
      code: 'path-denied',
      rule: 'symlink-escape',
    });
    expect(f.memory.reindex()._unsafeUnwrap()).toEqual({ indexed: 0, removed: 0 });
  });

  it('prunes notes past their kind’s retention', async () => {
    await using f = await createMemoryFixture({ episode_retention_days: 30, fact_retention_days: 0 });
    const episode = f.memory.write('ann', { kind: 'episode', title: 'Old meeting', content: 'x' })._unsafeUnwrap();
    f.memory.write('ann', { kind: 'fact', title: 'Old fact', content: 'y' })._unsafeUnwrap();
    f.clock += 29 * 86_400_000;
    expect(f.memory.prune()._unsafeUnwrap()).toBe(0);
    f.clock += 2 * 86_400_000;
    expect(f.memory.prune()._unsafeUnwrap()).toBe(1);
    expect(existsSync(join(f.home.path, 'memory', 'ann', `${episode.id}.md`))).toBe(false);
    expect(
      f.memory
        .list('ann')
        ._unsafeUnwrap()
        .map((note) => note.title),
    ).toEqual(['Old fact']);
  });
});
