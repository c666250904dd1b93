import { spawn } from 'node:child_process';
import type { ExecOptions, ExecResult, KernelError } from '@oxios/kernel';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { createBoundedOutput } from './bounded-output.js';
import { aborted, backendError, invalidArgument, unavailable } from './errors.js';
import type { Launch } from './launcher.js';

/** One line bwrap writes on `--json-status-fd`. */
const StatusLineSchema = z.looseObject({
  'exit-code': z.number().int().optional(),
  'child-pid': z.number().int().optional(),
});

/** The environment of the launcher processes themselves (sh, prlimit, bwrap); the sandbox gets `--clearenv`. */
const LAUNCHER_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };

function exitCodeOf(status: string): number | undefined {
  let code: number | undefined;
  for (const line of status.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = StatusLineSchema.safeParse(JSON.parse(line));
      if (parsed.success && parsed.data['exit-code'] !== undefined) code = parsed.data['exit-code'];
    } catch {
      // A partial line from a killed bwrap carries nothing we need.
    }
  }
  return code;
}

/** Turns a bwrap that ended without reporting the command's exit status into a result or an error. */
function setupFailure(stderr: string, exitCode: number | null, launch: Launch): Result<number, KernelError> {
  const line =
    stderr
      .split('\n')
      .reverse()
      .find((text) => text.startsWith('bwrap: ') || text.startsWith('prlimit: ')) ?? stderr.trim();
  // A command that cannot be found or run exits as a shell would report it.
  if (/^bwrap: execvp .*: No such file or directory$/.test(line)) return ok(127);
  if (/^bwrap: execvp .*: Permission denied$/.test(line)) return ok(126);
  if (line.startsWith("bwrap: Can't chdir")) return err(invalidArgument('cwd', line.slice('bwrap: '.length)));
  return err(
    backendError('exec', line || `launcher exited ${exitCode ?? 'by signal'}`, {
      argv: [launch.file, ...launch.args],
      exitCode,
      stderr,
    }),
  );
}

/**
 * Spawns a sandbox launch and waits for it: output streamed through byte budgets, the command's
 * exit status read from bwrap's status fd, SIGKILL to bwrap on timeout or abort (which takes the
 * whole sandbox down: its PID 1 dies with bwrap and every process in the namespace with it).
 */
export function runSandbox(launch: Launch, options: ExecOptions): Promise<Result<ExecResult, KernelError>> {
  const started = performance.now();
  const stdout = createBoundedOutput(options.maxOutputBytes, options.onStdout);
  const stderr = createBoundedOutput(options.maxOutputBytes, options.onStderr);
  return new Promise((resolve) => {
    if (options.signal?.aborted) {
      resolve(err(aborted('exec')));
      return;
    }
    const child = spawn(launch.file, launch.args, { env: LAUNCHER_ENV, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
    let status = '';
    let timedOut = false;
    let wasAborted = false;
    let spawnError: Error | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    const onAbort = () => {
      wasAborted = true;
      child.kill('SIGKILL');
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout.push(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr.push(chunk);
    });
    child.stdio[3]?.on('data', (chunk: Buffer) => (status += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined); // EPIPE when the command does not read stdin
    if (options.stdin === undefined) child.stdin.end();
    else child.stdin.end(options.stdin);
    child.on('error', (error) => (spawnError = error));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      const result = (exitCode: number | null): ExecResult => ({
        exitCode,
        signal: timedOut ? (signal ?? 'SIGKILL') : null,
        stdout: stdout.text,
        stderr: stderr.text,
        timedOut,
        truncated: stdout.truncated || stderr.truncated,
        durationMs: performance.now() - started,
      });
      const settle = (): Result<ExecResult, KernelError> => {
        if (spawnError) return err(unavailable(`cannot start ${launch.file}: ${spawnError.message}`));
        if (wasAborted) return err(aborted('exec'));
        if (timedOut) return ok(result(null));
        const exitCode = exitCodeOf(status);
        return exitCode === undefined ? setupFailure(stderr.text, code, launch).map(result) : ok(result(exitCode));
      };
      resolve(settle());
    });
  });
}
