import { paint, printError, type Output } from '../output.js';
import type { CliError } from './cli-error.js';

/** Prints `error[code]: message` and the hint; with `verbose`, the details as indented JSON too. */
export function printCliError(output: Output, error: CliError, verbose: boolean): void {
  printError(output, error.code, error.message, error.hint);
  if (verbose && error.details !== undefined) {
    const text = JSON.stringify(error.details, null, 2).replaceAll('\n', '\n  ');
    output.stderr.write(`${paint(output, 'dim', `  details: ${text}`)}\n`);
  }
}
