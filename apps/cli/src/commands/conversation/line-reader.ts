import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** What one read gave: a line, the end of the input, or Ctrl-C. */
export type ReadLine =
  { readonly kind: 'line'; readonly text: string } | { readonly kind: 'end' } | { readonly kind: 'interrupted' };

/** Reads answers and chat lines, one prompt at a time. */
export interface LineReader {
  read(prompt: string): Promise<ReadLine>;
  close(): void;
}

/**
 * Reads lines from `input`, writing prompts to `prompts`. On a terminal a readline interface
 * exists only while a prompt waits, so that during the work Ctrl-C is a real SIGINT (which stops
 * the agent), and Ctrl-C at the prompt reads as `interrupted`. Piped input is read by one
 * interface for the whole run. `signal` (Ctrl-C, SIGTERM) ends a pending read as `interrupted`.
 */
export function createLineReader(
  input: Readable & { readonly isTTY?: boolean },
  prompts: Writable,
  signal?: AbortSignal,
): LineReader {
  const terminal = input.isTTY === true;
  interface Piped {
    readonly rl: Interface;
    readonly lines: string[];
    ended: boolean;
    waiting: ((line: ReadLine) => void) | undefined;
  }
  let piped: Piped | undefined;

  const openPiped = () => {
    if (piped) return piped;
    const rl = createInterface({ input, terminal: false });
    const state: Piped = { rl, lines: [], ended: false, waiting: undefined };
    rl.on('line', (line) => {
      const waiting = state.waiting;
      state.waiting = undefined;
      if (waiting) waiting({ kind: 'line', text: line });
      else state.lines.push(line);
    });
    rl.on('close', () => {
      state.ended = true;
      state.waiting?.({ kind: 'end' });
      state.waiting = undefined;
    });
    piped = state;
    return state;
  };

  const fromTerminal = (prompt: string) =>
    new Promise<ReadLine>((resolve) => {
      const rl = createInterface({ input, output: prompts, terminal: true });
      let settled = false;
      const finish = (line: ReadLine) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        rl.close();
        resolve(line);
      };
      const onAbort = () => {
        finish({ kind: 'interrupted' });
      };
      rl.on('SIGINT', () => {
        prompts.write('\n');
        finish({ kind: 'interrupted' });
      });
      rl.on('close', () => {
        finish({ kind: 'end' });
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      rl.question(prompt, (answer) => {
        finish({ kind: 'line', text: answer });
      });
    });

  const fromPipe = (prompt: string) => {
    const state = openPiped();
    const queued = state.lines.shift();
    if (queued !== undefined) return Promise.resolve<ReadLine>({ kind: 'line', text: queued });
    if (state.ended) return Promise.resolve<ReadLine>({ kind: 'end' });
    prompts.write(prompt);
    return new Promise<ReadLine>((resolve) => {
      const onAbort = () => {
        state.waiting = undefined;
        resolve({ kind: 'interrupted' });
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      state.waiting = (line) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(line);
      };
    });
  };

  return {
    read(prompt) {
      if (signal?.aborted === true) return Promise.resolve({ kind: 'interrupted' });
      return terminal ? fromTerminal(prompt) : fromPipe(prompt);
    },
    close() {
      piped?.rl.close();
    },
  };
}
