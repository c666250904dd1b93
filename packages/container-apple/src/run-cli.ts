import type { KernelError } from '@oxios/kernel';
import { execa } from 'execa';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { classifyCliError, type CliFailure } from './classify-cli-error.js';
import { aborted, timeoutError, unavailable } from './errors.js';

/** How the `container` binary is run. */
export interface CliTarget {
  readonly binary: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** One control call (not `exec`, which streams). */
export interface CliCall {
  /** What Oxios is doing, for errors and logs. */
  readonly operation: string;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
  readonly subject?: CliFailure['subject'];
  /** Return a non-zero exit as output instead of an error (e.g. `system status`). */
  readonly allowFailure?: boolean;
}

/** What a finished call printed. */
export interface CliOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | undefined;
}

/** Grace between SIGTERM and SIGKILL when a call overruns. */
export const KILL_GRACE_MS = 2000;

/**
 * Runs `container <args>` (an argv array, no shell) with a time limit and cancellation. A missing
 * binary is `unavailable`, an overrun `timeout`, a cancel `aborted`, and a non-zero exit is
 * classified by its stderr (see classifyCliError).
 */
export function runCli(target: CliTarget, args: readonly string[], call: CliCall): ResultAsync<CliOutput, KernelError> {
  const subprocess = execa(target.binary, args, {
    env: target.env,
    extendEnv: false,
    stdin: 'ignore',
    reject: false,
    timeout: call.timeoutMs,
    forceKillAfterDelay: KILL_GRACE_MS,
    stripFinalNewline: false,
    ...(call.signal ? { cancelSignal: call.signal } : {}),
  });
  return ResultAsync.fromSafePromise(subprocess).andThen((result) => {
    if (result.code === 'ENOENT' || result.code === 'EACCES') {
      return errAsync(
        unavailable(
          `the container CLI (${target.binary}) is not installed or not executable; install it from github.com/apple/container`,
        ),
      );
    }
    if (result.timedOut) return errAsync(timeoutError(`container ${call.operation}`, call.timeoutMs));
    if (result.isCanceled) return errAsync(aborted(`container ${call.operation}`));
    const output: CliOutput = { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
    if (result.exitCode === 0 || call.allowFailure === true) return okAsync(output);
    return errAsync(
      classifyCliError({
        operation: call.operation,
        argv: [target.binary, ...args],
        exitCode: result.exitCode,
        stderr: result.stderr,
        ...(call.subject ? { subject: call.subject } : {}),
      }),
    );
  });
}
