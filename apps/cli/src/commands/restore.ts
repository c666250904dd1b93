import { resolve } from 'node:path';
import { loadConfig, restoreHome } from '@oxios/kernel';
import type { CommandContext } from '../context.js';
import { fromKernelError } from '../errors/from-kernel-error.js';
import { printCliError } from '../errors/print-cli-error.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { paint, printJson, printLine } from '../output.js';
import { OutputOptionsSchema } from './common-options.js';
import { refuseRemote } from './local-only.js';
import { withOptions } from './with-options.js';

/**
 * `oxios restore <dir>` — checks the backup's database, then replaces the database and the backed-up
 * entries in OXIOS_HOME. Refused (exit 5) while a server holds the home. JSON: `{ directory, home, entries }`.
 */
export function restore(context: CommandContext, directory: string, raw: unknown): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema, raw, (options) => {
    const verbose = options.verbose === true;
    const refused = refuseRemote(context, options, 'restore');
    if (refused) {
      printCliError(context.output, refused, verbose);
      return Promise.resolve(refused.exitCode);
    }
    const source = resolve(directory);
    const done = loadConfig({ env: context.env })
      .andThen((config) =>
        restoreHome(source, config.home).map((entries) => ({ directory: source, home: config.home, entries })),
      )
      .mapErr(fromKernelError);
    if (done.isErr()) {
      const error =
        done.error.code === 'store-locked'
          ? { ...done.error, hint: 'stop the server first, then restore' }
          : done.error;
      printCliError(context.output, error, verbose);
      return Promise.resolve(error.exitCode);
    }
    const result = done.value;
    if (options.json) printJson(context.output, result);
    else
      printLine(
        context.output,
        `${paint(context.output, 'green', '✓')} restored ${result.entries.join(', ')} into ${result.home}`,
      );
    return Promise.resolve(EXIT.ok);
  });
}
