import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parse-config.js';

function issues(toml: string) {
  const error = parseConfig(toml, 'c.toml')._unsafeUnwrapErr();
  return error.code === 'config-invalid' ? error.issues : [];
}

describe('[exec] config section', () => {
  it('defaults to running only git with a minimal environment', () => {
    expect(parseConfig('', 'c.toml')._unsafeUnwrap().exec).toMatchObject({
      allowlist: ['git'],
      env_allowlist: ['HOME', 'USER', 'LOGNAME', 'PATH', 'LANG', 'LC_ALL', 'TERM'],
    });
  });

  it('refuses shells and paths on the allowlist, naming the entry', () => {
    expect(issues('[exec]\nallowlist = ["git", "bash", "/usr/bin/curl"]\n')).toEqual([
      { path: 'exec.allowlist.1', message: '"bash" is never allowed: a shell runs any command line given to it' },
      {
        path: 'exec.allowlist.2',
        message: 'expected a bare command name (no "/", "..", or spaces), got "/usr/bin/curl"',
      },
    ]);
  });

  it('refuses code-loading variables on the environment allowlist', () => {
    expect(issues('[exec]\nenv_allowlist = ["PATH", "LD_PRELOAD"]\n')).toEqual([
      {
        path: 'exec.env_allowlist.1',
        message: '"LD_PRELOAD" may never be passed to host commands (it makes programs run code)',
      },
    ]);
  });

  it('refuses a default timeout above the maximum', () => {
    expect(issues('[exec]\ndefault_timeout_secs = 900\nmax_timeout_secs = 600\n')).toEqual([
      { path: 'exec.default_timeout_secs', message: 'must not exceed max_timeout_secs' },
    ]);
  });
});
