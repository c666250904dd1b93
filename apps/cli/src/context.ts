import type { Readable } from 'node:stream';
import type { Environment } from '@oxios/kernel';
import type { Output } from './output.js';

/** What every command receives: its environment, where to write, and the interrupt signal. */
export interface CommandContext {
  readonly env: Environment;
  readonly output: Output;
  /** Aborted on Ctrl-C (SIGINT) or SIGTERM; long work stops and the CLI exits 130. */
  readonly signal?: AbortSignal;
  /** Where questions are answered (`run`, `chat`); a terminal when `isTTY`. Absent: nothing to read. */
  readonly stdin?: Readable & { readonly isTTY?: boolean };
}
