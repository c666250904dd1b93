import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import { abortedError, installFailed, timeoutError } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { spawnCaptured } from '../../exec/spawn-captured.js';

/** What {@link cloneGitRepository} needs. The URL and ref must already be validated. */
export interface CloneRequest {
  readonly url: string;
  readonly ref?: string;
  /** The folder to clone into; it must not exist. */
  readonly target: string;
  /** A folder to run git in (the staging folder). */
  readonly cwd: string;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Where PATH, HOME and the like come from. Default `process.env`. */
  readonly hostEnv?: Readonly<Record<string, string | undefined>>;
}

/** Host variables git may see: enough to find itself and the user's credentials, nothing that runs code. */
const PASSED_VARIABLES = ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LC_ALL', 'SSH_AUTH_SOCK'] as const;

function gitEnv(hostEnv: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of PASSED_VARIABLES) {
    const value = hostEnv[name];
    if (value !== undefined) env[name] = value;
  }
  return {
    ...env,
    // Never wait for a password on a terminal nobody watches.
    GIT_TERMINAL_PROMPT: '0',
    // Only these transports, for the clone and anything it would recurse into (never ext::, fd::).
    GIT_ALLOW_PROTOCOL: 'https:ssh:file',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

/**
 * Runs `git clone --depth 1 [--branch <ref>] -- <url> <target>` directly (no shell), with a
 * scrubbed environment, no terminal prompts, only the https/ssh/file transports, no submodules,
 * and the process group killed on timeout or abort. A non-zero exit is `install-failed`.
 */
export function cloneGitRepository(request: CloneRequest): ResultAsync<void, KernelError> {
  const args = [
    '-c',
    'protocol.allow=never',
    '-c',
    'protocol.https.allow=always',
    '-c',
    'protocol.ssh.allow=always',
    '-c',
    'protocol.file.allow=always',
    'clone',
    '--depth',
    '1',
    '--no-recurse-submodules',
    '--quiet',
    ...(request.ref === undefined ? [] : ['--branch', request.ref]),
    '--',
    request.url,
    request.target,
  ];
  return spawnCaptured({
    file: 'git',
    args,
    cwd: request.cwd,
    env: gitEnv(request.hostEnv ?? process.env),
    timeoutMs: request.timeoutMs,
    signal: request.signal,
    maxOutputBytes: 16_384,
  }).andThen((outcome) => {
    if (outcome.ended === 'timeout') return errAsync(timeoutError('git clone', request.timeoutMs));
    if (outcome.ended === 'aborted') return errAsync(abortedError('git clone'));
    if (outcome.exitCode === 0) return okAsync(undefined);
    const reason =
      outcome.exitCode === null ? `git-signal-${outcome.signal ?? 'unknown'}` : `git-exit-${outcome.exitCode}`;
    const detail = outcome.stderr.trim().split('\n').at(-1) ?? '';
    return errAsync(
      installFailed(request.url, reason, `git clone failed${detail ? `: ${detail}` : ''}`, outcome.stderr),
    );
  });
}
