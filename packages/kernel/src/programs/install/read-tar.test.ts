import { describe, expect, it } from 'vitest';
import { buildTar, paxPath } from '../program-test-fixture.js';
import { readTar } from './read-tar.js';

const limits = { maxArchiveBytes: 1 << 20, maxTotalBytes: 1 << 16, maxFileBytes: 1 << 12, maxEntries: 8 };
const read = (entries: Parameters<typeof buildTar>[0]) => readTar('test.tar', buildTar(entries), limits);

describe('readTar', () => {
  it('reads files and folders with their paths and executable bits', () => {
    const entries = read([
      { name: 'p/', type: '5' },
      { name: 'p/program.toml', body: 'x = 1' },
      { name: 'p/bin/run', body: '#!/bin/sh', mode: 0o755 },
    ])._unsafeUnwrap();
    expect(entries.map((entry) => [entry.type, entry.segments.join('/'), entry.executable])).toEqual([
      ['directory', 'p', false],
      ['file', 'p/program.toml', false],
      ['file', 'p/bin/run', true],
    ]);
    expect(new TextDecoder().decode(entries[1]?.data)).toBe('x = 1');
  });

  it.each([
    ['../x', 'parent-traversal'],
    ['p/../../x', 'parent-traversal'],
    ['/etc/cron.d/x', 'absolute-path'],
    ['C:/x', 'absolute-path'],
    ['p\\..\\x', 'invalid-name'],
  ])('refuses the entry %s (%s)', (name, rule) => {
    expect(read([{ name, body: 'owned' }])._unsafeUnwrapErr()).toMatchObject({
      code: 'unsafe-content',
      entry: name,
      rule,
    });
  });

  it('refuses a traversal hidden in a pax path record', () => {
    expect(read([paxPath('../../escaped'), { name: 'harmless', body: 'x' }])._unsafeUnwrapErr()).toMatchObject({
      rule: 'parent-traversal',
      entry: '../../escaped',
    });
  });

  it('refuses a traversal hidden in a GNU long name', () => {
    expect(
      read([
        { name: '././@LongLink', type: 'L', body: '../long\0' },
        { name: 'short', body: 'x' },
      ])._unsafeUnwrapErr(),
    ).toMatchObject({ rule: 'parent-traversal', entry: '../long' });
  });

  it.each([
    ['symlink', { name: 'link', type: '2', linkname: '/etc/passwd' } as const, 'link'],
    ['hard link', { name: 'hard', type: '1', linkname: '/etc/shadow' } as const, 'link'],
    ['character device', { name: 'dev', type: '3' } as const, 'special-file'],
    ['fifo', { name: 'fifo', type: '6' } as const, 'special-file'],
  ])('refuses a %s', (_label, entry, rule) => {
    expect(read([entry])._unsafeUnwrapErr()).toMatchObject({ code: 'unsafe-content', rule });
  });

  it('refuses a header claiming a huge size before reading any data', () => {
    expect(read([{ name: 'big', size: 8 * 1024 ** 3 - 1 }])._unsafeUnwrapErr()).toMatchObject({
      rule: 'file-too-large',
    });
  });

  it('refuses archives past the total size and entry caps', () => {
    const files = Array.from({ length: 20 }, (_, index) => ({ name: `f${index}`, body: 'x'.repeat(4000) }));
    expect(read(files)._unsafeUnwrapErr()).toMatchObject({ rule: 'too-many-entries' });
    const large = Array.from({ length: 7 }, (_, index) => ({ name: `f${index}`, body: 'x'.repeat(4096) }));
    expect(readTar('t', buildTar(large), { ...limits, maxTotalBytes: 20_000 })._unsafeUnwrapErr()).toMatchObject({
      rule: 'total-too-large',
    });
  });

  it('refuses duplicates and a file used as a folder', () => {
    expect(
      read([
        { name: 'a', body: '1' },
        { name: 'a', body: '2' },
      ])._unsafeUnwrapErr(),
    ).toMatchObject({ rule: 'duplicate-entry' });
    expect(
      read([
        { name: 'a', body: '1' },
        { name: 'a/b', body: '2' },
      ])._unsafeUnwrapErr(),
    ).toMatchObject({ rule: 'duplicate-entry' });
  });

  it('refuses a bad checksum and a truncated archive', () => {
    const tar = buildTar([{ name: 'a', body: 'hello' }]);
    tar[0] = 'b'.charCodeAt(0);
    expect(readTar('t', tar, limits)._unsafeUnwrapErr()).toMatchObject({ rule: 'corrupt' });
    const truncated = buildTar([{ name: 'a', body: 'x'.repeat(2000) }]).subarray(0, 1024);
    expect(readTar('t', truncated, limits)._unsafeUnwrapErr()).toMatchObject({ rule: 'corrupt' });
  });
});
