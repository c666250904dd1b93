import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { paint, printJson, printLine } from '../output.js';
import { OutputOptionsSchema } from './common-options.js';
import { IdArgumentSchema } from './id-argument.js';
import { runBackendCommand } from './run-backend-command.js';
import { withOptions } from './with-options.js';

/** `oxios session rm <id>` — JSON: `{ id, deleted: true }`. */
export function sessionRm(context: CommandContext, id: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ id: IdArgumentSchema }), { ...raw, id }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.sessions.remove(options.id),
      () => {
        if (options.json) printJson(context.output, { id: options.id, deleted: true });
        else printLine(context.output, `${paint(context.output, 'green', '✓')} deleted session ${options.id}`);
      },
      'deleting the session',
    ),
  );
}
