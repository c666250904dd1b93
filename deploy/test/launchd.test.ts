import { parse, type PlistValue } from 'plist';
import { describe, expect, it } from 'vitest';
import { readRepoFile } from './support/repo.js';

const text = readRepoFile('deploy/launchd/dev.oxios.server.plist');
// As installed: launchd expands neither ~ nor $HOME, so the install command substitutes __HOME__.
const installed = text.replaceAll('__HOME__', '/Users/ada');
const job = parse(installed) as Record<string, PlistValue>;
const string = (key: string): string => {
  const value = job[key];
  if (typeof value !== 'string') throw new Error(`${key} is not a string`);
  return value;
};

// Parsed and checked here; `plutil -lint` and launchd itself need macOS, which CI does not have.
describe('deploy/launchd/dev.oxios.server.plist', () => {
  it('is a property list whose label matches its file name', () => {
    expect(job.Label).toBe('dev.oxios.server');
  });

  it('runs oxios-server found on a PATH that reaches Homebrew on Apple silicon and Intel', () => {
    expect(job.ProgramArguments).toEqual(['/usr/bin/env', 'oxios-server']);
    const environment = job.EnvironmentVariables as Record<string, string>;
    const path = (environment.PATH ?? '').split(':');
    expect(path).toEqual(expect.arrayContaining(['/opt/homebrew/bin', '/usr/local/bin', '/usr/bin']));
    expect(environment).toMatchObject({ OXIOS_HOST: '127.0.0.1', OXIOS_PORT: '4200', OXIOS_LOG_LEVEL: 'info' });
    // State in the default ~/.oxios, like `npm start`.
    expect(environment.OXIOS_HOME).toBeUndefined();
  });

  it('starts at login, restarts after a failure but not after a clean stop, and waits for the graceful stop', () => {
    expect(job.RunAtLoad).toBe(true);
    expect(job.KeepAlive).toEqual({ SuccessfulExit: false });
    expect(job.ThrottleInterval).toBeGreaterThanOrEqual(10);
    // Oxios is gone within 5 s of SIGTERM.
    expect(job.ExitTimeOut).toBeGreaterThan(5);
  });

  it('writes logs to absolute paths once __HOME__ is replaced, and a private umask', () => {
    expect(text).toContain('__HOME__/Library/Logs/oxios/');
    for (const key of ['StandardOutPath', 'StandardErrorPath', 'WorkingDirectory']) {
      expect(string(key)).toMatch(/^\/Users\/ada(\/|$)/);
    }
    expect(installed).not.toContain('__HOME__');
    expect(job.Umask).toBe(0o077);
  });
});
