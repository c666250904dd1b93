import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';

/** What registering a noun needs: the context and a way to run an action and keep its exit code. */
export interface Tree {
  readonly context: CommandContext;
  /** Runs a (lazily imported) handler and records its exit code. */
  run(handler: () => Promise<ExitCode>): Promise<void>;
}

/** Raw option values of `command` plus the root's (`--server`, `--verbose`), validated by handlers. */
export function rawOptions(command: Command): Record<string, unknown> {
  return command.optsWithGlobals();
}
