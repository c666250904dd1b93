import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupHome, DATABASE_FILE_NAME, loadConfig, notFound, openStore } from '@oxios/kernel';
import { errAsync, okAsync } from 'neverthrow';
import type { CommandContext } from '../context.js';
import { fromKernelError } from '../errors/from-kernel-error.js';
import { printCliError } from '../errors/print-cli-error.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { paint, printJson, printLine } from '../output.js';
import { withSpinner } from '../render/with-spinner.js';
import { OutputOptionsSchema } from './common-options.js';
import { refuseRemote } from './local-only.js';
import { withOptions } from './with-options.js';

/**
 * `oxios backup <dir>` — a consistent copy of a live OXIOS_HOME (SQLite online backup, so a
 * running server keeps going) plus config, admin token, programs, skills, personas and memory.
 * JSON: `{ directory, pages, entries }`.
 */
export function backup(context: CommandContext, directory: string, raw: unknown): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema, raw, async (options) => {
    const verbose = options.verbose === true;
    const refused = refuseRemote(context, options, 'backup');
    if (refused) {
      printCliError(context.output, refused, verbose);
      return refused.exitCode;
    }
    const target = resolve(directory);
    const done = await withSpinner(
      context.output,
      'backing up',
      okAsync(undefined)
        .andThen(() => loadConfig({ env: context.env }))
        .andThen((config) =>
          existsSync(join(config.home, DATABASE_FILE_NAME))
            ? openStore({ home: config.home, readOnly: true }).asyncAndThen((store) =>
                backupHome(store, config.home, target)
                  .andTee(() => {
                    store.close();
                  })
                  .orTee(() => {
                    store.close();
                  }),
              )
            : errAsync(notFound('database', join(config.home, DATABASE_FILE_NAME))),
        )
        .mapErr(fromKernelError),
    );
    if (done.isErr()) {
      printCliError(context.output, done.error, verbose);
      return done.error.exitCode;
    }
    const report = done.value;
    if (options.json) printJson(context.output, report);
    else {
      printLine(
        context.output,
        `${paint(context.output, 'green', '✓')} backed up ${report.entries.join(', ')} to ${report.directory}`,
      );
      context.output.stderr.write(
        `${paint(context.output, 'dim', 'note: it holds admin.token — keep it as secret as the token')}\n`,
      );
    }
    return EXIT.ok;
  });
}
