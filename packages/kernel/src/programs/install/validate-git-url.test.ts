import { describe, expect, it } from 'vitest';
import { validateGitRef, validateGitUrl } from './validate-git-url.js';

describe('validateGitUrl', () => {
  it.each([
    'https://github.com/oxios-dev/programs.git',
    'ssh://git@example.com:2222/team/repo.git',
    'git@github.com:oxios-dev/programs.git',
    'file:///srv/git/program.git',
  ])('accepts %s', (url) => {
    expect(validateGitUrl(url)._unsafeUnwrap()).toBe(url);
  });

  it.each([
    ['--upload-pack=touch /tmp/pwned', 'start with "-"'],
    ['-c core.sshCommand=x', 'start with "-"'],
    ['ext::sh%20-c%20touch%20/tmp/pwned', 'remote-helper'],
    ['fd::17', 'remote-helper'],
    ['http://example.com/repo.git', 'not allowed'],
    ['git://example.com/repo.git', 'not allowed'],
    ['/srv/git/repo.git', 'expected'],
    ['ssh://-oProxyCommand=touch%20x/repo', 'start with "-"'],
    ['file://host/repo', 'file:///'],
    ['https://example.com/a b', 'whitespace'],
  ])('refuses %s', (url, reason) => {
    const error = validateGitUrl(url)._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'invalid-argument', field: 'url' });
    expect(error.message).toContain(reason);
  });

  it('checks refs for --branch', () => {
    expect(validateGitRef('release/v1.2')._unsafeUnwrap()).toBe('release/v1.2');
    for (const ref of ['--upload-pack=x', '-b', 'a..b', 'main.lock', 'a b']) {
      expect(validateGitRef(ref).isErr()).toBe(true);
    }
  });
});
