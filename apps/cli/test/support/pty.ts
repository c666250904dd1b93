import { spawn } from 'node:child_process';
import { OXIOS_BIN } from './oxios.js';

/** `oxios` running on a pseudo-terminal (util-linux `script`), driven like a person at a keyboard. */
export interface PtyOxios {
  /** Everything the terminal showed so far (with the terminal's escape sequences). */
  output(): string;
  /** Waits until the screen shows `pattern` after `from` characters; returns the end of the match. */
  waitFor(pattern: RegExp, from?: number, timeoutMs?: number): Promise<number>;
  /** Types `text` (use `\r` for Enter, `\u0003` for Ctrl-C). */
  type(text: string): void;
  /** The exit code of `oxios`. */
  exited(): Promise<number | null>;
  kill(): void;
}

const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

/** Starts `oxios args…` on a new pseudo-terminal with `env` (TERM is set so it counts as a terminal). */
export function oxiosInPty(env: Record<string, string | undefined>, args: readonly string[]): PtyOxios {
  const command = ['exec', quote(process.execPath), quote(OXIOS_BIN), ...args.map(quote)].join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    env: { ...env, TERM: 'xterm-256color', SHELL: '/bin/sh' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    screen += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let finished = false;
  const exit = new Promise<number | null>((resolve, reject) => {
    // `close`, not `exit`: the last output has been read by then.
    child.once('close', (code) => {
      finished = true;
      resolve(code);
      for (const listener of listeners) listener();
    });
    // No `script` on this machine: say what to install rather than time out.
    child.once('error', (error) => {
      finished = true;
      reject(new Error(`cannot start util-linux \`script\` (Debian: apt install bsdutils): ${error.message}`));
      for (const listener of listeners) listener();
    });
  });
  // Whoever waits sees the error; nobody waiting is not an unhandled rejection.
  exit.catch(() => undefined);
  return {
    output: () => screen,
    waitFor(pattern, from = 0, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(screen.slice(from));
          if (match) {
            done();
            resolve(from + match.index + match[0].length);
          } else if (finished) {
            done();
            reject(new Error(`oxios exited before showing ${pattern}:\n${screen}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out waiting for ${pattern}:\n${screen}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    type(text) {
      child.stdin.write(text);
    },
    exited: () => exit,
    kill() {
      child.kill('SIGKILL');
    },
  };
}
