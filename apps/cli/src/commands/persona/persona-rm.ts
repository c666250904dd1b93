import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { PersonaIdSchema } from './persona-id.js';

/** `oxios persona rm <id>` (not the default: exit 5) — JSON: `{ id, deleted: true }`. */
export function personaRm(context: CommandContext, id: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ id: PersonaIdSchema }), { ...raw, id }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.personas.remove(options.id),
      (result) => {
        if (options.json) printJson(context.output, result);
        else printLine(context.output, `${paint(context.output, 'green', '✓')} deleted persona ${result.id}`);
      },
      'deleting the persona',
    ),
  );
}
