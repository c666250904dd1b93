import type { Environment } from '@oxios/kernel';
import type { Output } from './output.js';

/** What every command receives: its environment and where to write. */
export interface CommandContext {
  readonly env: Environment;
  readonly output: Output;
}
