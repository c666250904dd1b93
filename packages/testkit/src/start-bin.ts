import { execa } from 'execa';
import type { BinOptions, BinResult } from './run-bin.js';

/** A long-running child process (a server) under test. */
export interface RunningBin extends AsyncDisposable {
  readonly pid: number | undefined;
  /** Everything written to stdout / stderr so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in stdout+stderr; rejects on exit or timeout. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Sends a signal (default SIGTERM). */
  kill(signal?: NodeJS.Signals): void;
  /** Resolves when the process has exited. */
  exited(): Promise<BinResult>;
}

/** Starts a JavaScript bin with the current Node.js and returns a handle to watch and stop it. */
export function startBin(binPath: string, args: readonly string[] = [], options: BinOptions = {}): RunningBin {
  let out = '';
  let errText = '';
  const child = execa(process.execPath, [binPath, ...args], {
    env: options.env ?? process.env,
    extendEnv: false,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    timeout: options.timeoutMs ?? 60_000,
    reject: false,
    buffer: false,
    stdin: 'ignore',
  });
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    notify();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    errText += chunk;
    notify();
  });
  const exit: Promise<BinResult> = child.then((result) => ({
    exitCode: result.exitCode,
    signal: result.signal,
    stdout: out,
    stderr: errText,
    timedOut: result.timedOut,
  }));
  let finished = false;
  void exit.then(() => {
    finished = true;
    notify();
  });

  const handle: RunningBin = {
    pid: child.pid,
    stdout: () => out,
    stderr: () => errText,
    waitForOutput(pattern, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = (out + errText).match(pattern);
          if (match) {
            done();
            resolve(match);
          } else if (finished) {
            done();
            reject(new Error(`process exited before printing ${pattern}; output:\n${out}${errText}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${pattern}; output:\n${out}${errText}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    kill(signal = 'SIGTERM') {
      child.kill(signal);
    },
    exited: () => exit,
    async [Symbol.asyncDispose]() {
      if (!finished) child.kill('SIGKILL');
      await exit;
    },
  };
  return handle;
}
