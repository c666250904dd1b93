import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { OutputOptionsSchema } from '../common-options.js';
import { IdArgumentSchema } from '../id-argument.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { PersonaIdSchema } from './persona-id.js';

/**
 * `oxios persona use <id> [--session ID]` — makes the persona the default for new agents, or
 * with `--session` that session's persona. JSON: `{ id, sessionId }` (`sessionId` null for the default).
 */
export function personaUse(context: CommandContext, id: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(
    context,
    OutputOptionsSchema.extend({ id: PersonaIdSchema, session: IdArgumentSchema.optional() }),
    { ...raw, id },
    (options) =>
      runBackendCommand(
        context,
        options,
        (backend) => backend.personas.use(options.id, options.session),
        (result) => {
          if (options.json) printJson(context.output, result);
          else
            printLine(
              context.output,
              `${paint(context.output, 'green', '✓')} ${result.id} is now ${result.sessionId === null ? 'the default persona' : `the persona of session ${result.sessionId}`}`,
            );
        },
        'choosing the persona',
      ),
  );
}
