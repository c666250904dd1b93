import { execa, type Options } from 'execa';
import { err, ok, ResultAsync, type Result } from 'neverthrow';
import { execFailed } from '../errors/constructors.js';
import type { ExecFailedError } from '../errors/kernel-error.js';
import { killProcessGroup } from './kill-process-group.js';
import { createOutputCollector } from './output-collector.js';

/** One process to run: an already-validated program, arguments, directory and environment. */
export interface SpawnRequest {
  readonly file: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  readonly stdin?: string | Uint8Array | undefined;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
  /** Per stream; the rest is drained and counted, not kept. */
  readonly maxOutputBytes: number;
}

/** How a spawned process ended. `ended` says whether the bridge killed it. */
export interface SpawnOutcome {
  readonly ended: 'exited' | 'timeout' | 'aborted';
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutTruncated: boolean;
  readonly stderrTruncated: boolean;
  readonly durationMs: number;
}

async function run(request: SpawnRequest): Promise<Result<SpawnOutcome, ExecFailedError>> {
  const started = performance.now();
  const options = {
    cwd: request.cwd,
    env: request.env,
    extendEnv: false,
    shell: false,
    // Its own process group, so a timeout or abort can kill every descendant at once.
    detached: process.platform !== 'win32',
    windowsHide: true,
    buffer: false,
    reject: false,
    encoding: 'buffer',
    stdout: 'pipe',
    stderr: 'pipe',
    ...(request.stdin === undefined ? { stdin: 'ignore' } : { input: request.stdin }),
  } as const satisfies Options;
  const subprocess = execa(request.file, [...request.args], options);
  const stdout = createOutputCollector(request.maxOutputBytes);
  const stderr = createOutputCollector(request.maxOutputBytes);
  subprocess.stdout.on('data', (chunk: Uint8Array) => {
    stdout.push(chunk);
  });
  subprocess.stderr.on('data', (chunk: Uint8Array) => {
    stderr.push(chunk);
  });
  // Mutated by the callbacks below (an object, so flow analysis does not assume the initial values).
  const state: { ended: SpawnOutcome['ended']; leaderExited: boolean } = { ended: 'exited', leaderExited: false };
  const stop = (reason: 'timeout' | 'aborted') => {
    if (state.ended !== 'exited') return;
    state.ended = reason;
    if (!state.leaderExited) {
      killProcessGroup(subprocess.pid);
      return;
    }
    // The leader is gone but a descendant that left the group still holds the pipes open:
    // stop reading so the call returns (that descendant is out of reach; see the README).
    subprocess.stdout.destroy();
    subprocess.stderr.destroy();
  };
  const timer = setTimeout(() => {
    stop('timeout');
  }, request.timeoutMs);
  const onAbort = () => {
    stop('aborted');
  };
  request.signal?.addEventListener('abort', onAbort, { once: true });
  if (request.signal?.aborted === true) stop('aborted');
  // The command's lifetime is its leader's: whatever it left running in its group goes with it
  // (this also releases output pipes a background child would otherwise hold open).
  // Signalled once, right as the leader exits and never later, so a recycled id is never hit.
  subprocess.nodeChildProcess.once('exit', () => {
    state.leaderExited = true;
    killProcessGroup(subprocess.pid);
  });
  try {
    const result = await subprocess;
    if (result.exitCode === undefined && result.signal === undefined) {
      return err(execFailed(request.file, result.cause ?? result));
    }
    return ok({
      ended: state.ended,
      exitCode: result.exitCode ?? null,
      signal: result.signal ?? null,
      stdout: stdout.text(),
      stderr: stderr.text(),
      stdoutTruncated: stdout.truncated,
      stderrTruncated: stderr.truncated,
      durationMs: Math.round(performance.now() - started),
    });
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onAbort);
    if (!state.leaderExited) killProcessGroup(subprocess.pid);
  }
}

/**
 * Runs one process with `shell: false` in its own process group, capturing capped output. On
 * timeout or abort the whole group is killed with SIGKILL and `ended` says why. Failing to
 * start is an `exec-failed` error; a non-zero exit is not an error.
 */
export function spawnCaptured(request: SpawnRequest): ResultAsync<SpawnOutcome, ExecFailedError> {
  return new ResultAsync(run(request).catch((cause: unknown) => err(execFailed(request.file, cause))));
}
