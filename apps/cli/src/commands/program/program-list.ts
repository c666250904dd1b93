import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { printList } from '../../render/print-list.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { PROGRAM_COLUMNS } from './program-columns.js';

/** `oxios program list` — JSON: `{ items: Program[] }`, by name. */
export function programList(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema, raw, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.programs.list(),
      (programs) => {
        printList(context.output, programs, {
          json: options.json === true,
          empty: 'No programs installed.',
          columns: PROGRAM_COLUMNS,
        });
      },
      'listing programs',
    ),
  );
}
