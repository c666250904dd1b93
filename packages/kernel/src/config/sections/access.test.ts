import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parse-config.js';

describe('[access]', () => {
  it('defaults to the user role, a 100000-entry audit, 10-minute approvals and approval for host commands', () => {
    expect(parseConfig('', 'c.toml')._unsafeUnwrap().access).toEqual({
      default_role: 'user',
      denied_paths: [
        '**/.oxios{,/**}',
        '**/.oxi{,/**}',
        '**/.oxicode{,/**}',
        '**/.ssh{,/**}',
        '**/.gnupg{,/**}',
        '**/.aws{,/**}',
      ],
      audit_retention: 100_000,
      sweep_interval_secs: 60,
      approval_timeout_secs: 600,
      require_approval: ['host-exec:*'],
      agent_defaults: {
        network: false,
        max_execution_secs: 300,
        max_memory_mb: 512,
        can_fork: false,
        denied_paths: [],
        read_only_paths: ['**/.git/hooks{,/**}', '**/.git/config'],
      },
    });
  });

  it('names the key path of a negated glob and of an unknown role', () => {
    const error = parseConfig(
      '[access]\ndefault_role = "root"\ndenied_paths = ["!src/**"]\n',
      'c.toml',
    )._unsafeUnwrapErr();
    if (error.code !== 'config-invalid') throw new Error(error.message);
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['access.default_role', 'access.denied_paths.0']);
    expect(error.issues.find((issue) => issue.path === 'access.denied_paths.0')?.message).toBe(
      'expected glob without a leading "!" and with at most 3 runs of "*", got "!src/**"',
    );
  });

  it('reads the agent defaults table', () => {
    const config = parseConfig('[access.agent_defaults]\nnetwork = true\ncan_fork = true\n', 'c.toml')._unsafeUnwrap();
    expect(config.access.agent_defaults).toMatchObject({ network: true, can_fork: true, max_execution_secs: 300 });
  });

  it('refuses a glob with more than three runs of "*"', () => {
    const error = parseConfig('[access]\ndenied_paths = ["**/a/**/b/**/c/**"]\n', 'c.toml')._unsafeUnwrapErr();
    expect(error).toMatchObject({ issues: [{ path: 'access.denied_paths.0' }] });
  });
});
