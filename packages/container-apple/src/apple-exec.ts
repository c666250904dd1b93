import { constants } from 'node:os';
import type { ExecOptions, ExecResult, KernelError } from '@oxios/kernel';
import { execa } from 'execa';
import { err, ok, ResultAsync, type Result } from 'neverthrow';
import { createBoundedOutput } from './bounded-output.js';
import { buildExecArgs } from './cli-args.js';
import { classifyCliError } from './classify-cli-error.js';
import { envProblem, withEnvFile } from './env-file.js';
import { aborted, invalidArgument, unavailable } from './errors.js';
import { KILL_GRACE_MS, type CliTarget } from './run-cli.js';

// `container exec` exits with the command's own code, so a CLI failure (unknown or stopped
// container, system down) is told apart by its `Error: <code>:` line on an otherwise silent run.
const CLI_FAILURE = /^Error: (notFound|invalidState|interrupted|internalError): /m;
const CLI_USAGE = /^Usage: container /m;

/**
 * Runs `argv` in container `id` through `container exec`, streaming stdout and stderr through
 * byte budgets. The environment travels in a private env file. On timeout the CLI gets SIGTERM,
 * then SIGKILL after a grace period; the result is marked `timedOut`.
 */
export function appleExec(
  target: CliTarget,
  id: string,
  argv: readonly string[],
  options: ExecOptions,
): ResultAsync<ExecResult, KernelError> {
  const env = options.env ?? {};
  const problem = envProblem(env);
  if (problem !== undefined) return new ResultAsync(Promise.resolve(err(invalidArgument('env', problem))));
  const started = performance.now();
  const stdout = createBoundedOutput(options.maxOutputBytes, options.onStdout);
  const stderr = createBoundedOutput(options.maxOutputBytes, options.onStderr);
  const run = (envFile: string | undefined): Promise<Result<ExecResult, KernelError>> => {
    const args = buildExecArgs(id, argv, {
      cwd: options.cwd,
      stdin: options.stdin !== undefined,
      ...(envFile === undefined ? {} : { envFile }),
    });
    const subprocess = execa(target.binary, args, {
      env: target.env,
      extendEnv: false,
      reject: false,
      buffer: false,
      timeout: options.timeoutMs,
      forceKillAfterDelay: KILL_GRACE_MS,
      ...(options.stdin === undefined ? { stdin: 'ignore' as const } : { input: options.stdin }),
      ...(options.signal ? { cancelSignal: options.signal } : {}),
    });
    subprocess.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout.push(chunk);
    });
    subprocess.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr.push(chunk);
    });
    return subprocess.then((result): Result<ExecResult, KernelError> => {
      if (result.code === 'ENOENT' || result.code === 'EACCES')
        return err(unavailable(`the container CLI (${target.binary}) is not installed`));
      if (result.isCanceled) return err(aborted('exec'));
      const base = {
        stdout: stdout.text,
        stderr: stderr.text,
        truncated: stdout.truncated || stderr.truncated,
        durationMs: performance.now() - started,
      };
      if (result.timedOut) return ok({ ...base, exitCode: null, signal: result.signal ?? 'SIGTERM', timedOut: true });
      // Exit 64 is the CLI's usage error only with its `Usage: container` banner; a command may exit 64 itself.
      const cliFailed =
        (result.exitCode === 1 && stdout.text === '' && CLI_FAILURE.test(stderr.text)) ||
        (result.exitCode === 64 && CLI_USAGE.test(stderr.text));
      if (cliFailed) {
        return err(
          classifyCliError({
            operation: 'exec',
            argv: [target.binary, ...args],
            exitCode: result.exitCode,
            stderr: stderr.text,
            subject: { resource: 'container', id },
          }),
        );
      }
      const exitCode = result.exitCode ?? (result.signal ? 128 + constants.signals[result.signal] : null);
      return ok({ ...base, exitCode, signal: null, timedOut: false });
    });
  };
  return new ResultAsync(withEnvFile(env, run));
}
