import { describe, expect, it } from 'vitest';
import { normalizeRequestedPath } from './normalize-requested-path.js';

const roots = ['/srv/ws', '/private/srv/ws'];
const normalize = (path: string) => normalizeRequestedPath(path, roots);

describe('normalizeRequestedPath', () => {
  it.each([
    ['notes.md', 'notes.md'],
    ['./a//b/', 'a/b'],
    ['a/./b/./c.txt', 'a/b/c.txt'],
    ['.', ''],
    ['/srv/ws', ''],
    ['/srv/ws/src/index.ts', 'src/index.ts'],
    ['/private/srv/ws/src/index.ts', 'src/index.ts'],
    ['.github/workflows/ci.yml', '.github/workflows/ci.yml'],
    ['backup~', 'backup~'],
    ['a/~b', 'a/~b'],
    ['100% done.txt', '100% done.txt'],
    ['문서/보고서.md', '문서/보고서.md'],
    ['문서'.normalize('NFD'), '문서'.normalize('NFD')],
    ['résumé.pdf', 'résumé.pdf'],
  ])('accepts %j as %j', (requested, relative) => {
    expect(normalize(requested)._unsafeUnwrap()).toBe(relative);
  });

  it('denies /workspace/../etc/passwd after normalising, unlike the original glob check', () => {
    expect(normalizeRequestedPath('/workspace/../etc/passwd', ['/workspace'])._unsafeUnwrapErr()).toMatchObject({
      code: 'path-denied',
      rule: 'parent-traversal',
    });
  });

  it('does not treat a sibling sharing the root as a prefix as inside', () => {
    expect(normalize('/srv/ws2/x')._unsafeUnwrapErr().rule).toBe('absolute-outside-workspace');
  });

  it('escapes what it quotes back', () => {
    expect(normalize('a\u0000b')._unsafeUnwrapErr()).toMatchObject({ path: 'a\\u0000b', rule: 'control-character' });
  });
});
