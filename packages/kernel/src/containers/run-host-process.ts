import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { err, ok, type Result } from 'neverthrow';
import { abortedError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { createBoundedOutput } from './bounded-output.js';
import type { ExecOptions, ExecResult } from './exec-types.js';

/** What {@link runHostProcess} needs beyond the exec options. */
export interface HostProcessOptions extends Omit<ExecOptions, 'cwd' | 'env'> {
  /** Absolute host directory. */
  readonly cwd: string;
  /** The complete environment (nothing is inherited). */
  readonly env: Readonly<Record<string, string>>;
}

// After the main process exits, whatever it left holding the pipes gets this long to close them.
const CLOSE_GRACE_MS = 250;

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Runs `argv` as a host process in its own process group, without a shell. When the main process
 * exits, the timeout passes or the signal aborts, the whole group is killed. A command that cannot
 * be started exits 127 (not found) or 126 (not executable), as a shell would report it.
 */
export function runHostProcess(
  argv: readonly string[],
  options: HostProcessOptions,
): Promise<Result<ExecResult, KernelError>> {
  const started = performance.now();
  const stdout = createBoundedOutput(options.maxOutputBytes, options.onStdout);
  const stderr = createBoundedOutput(options.maxOutputBytes, options.onStderr);
  const [file = '', ...args] = argv;
  return new Promise((resolve) => {
    if (options.signal?.aborted) {
      resolve(err(abortedError('exec')));
      return;
    }
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: { ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let timedOut = false;
    let aborted = false;
    let spawnError: NodeJS.ErrnoException | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    const onAbort = () => {
      aborted = true;
      killGroup(child.pid);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout.push(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr.push(chunk);
    });
    child.stdin.on('error', () => undefined); // EPIPE when the command does not read stdin
    // Without input the command reads end-of-file at once, as from /dev/null.
    if (options.stdin === undefined) child.stdin.end();
    else child.stdin.end(options.stdin);
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error;
    });
    child.on('exit', () => {
      killGroup(child.pid);
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, CLOSE_GRACE_MS).unref();
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (aborted) {
        resolve(err(abortedError('exec')));
        return;
      }
      if (spawnError)
        stderr.push(`${file}: ${spawnError.code === 'ENOENT' ? 'command not found' : spawnError.message}\n`);
      const exitCode = spawnError ? (spawnError.code === 'ENOENT' ? 127 : 126) : timedOut ? null : code;
      resolve(
        ok({
          exitCode: exitCode ?? (signal && !timedOut ? signalExitCode(signal) : null),
          signal: timedOut ? (signal ?? 'SIGKILL') : null,
          stdout: stdout.text,
          stderr: stderr.text,
          timedOut,
          truncated: stdout.truncated || stderr.truncated,
          durationMs: performance.now() - started,
        }),
      );
    });
  });
}

/** 128 + the signal's number, as a shell reports a process killed by a signal. */
function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}
