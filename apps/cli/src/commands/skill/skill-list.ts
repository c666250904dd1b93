import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { printList } from '../../render/print-list.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';

/** `oxios skill list` — JSON: `{ items: [{ name, description, requirements }] }`, by name. */
export function skillList(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema, raw, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.skills.list(),
      (skills) => {
        printList(context.output, skills, {
          json: options.json === true,
          empty: 'No skills.',
          columns: [
            { heading: 'NAME', cell: (skill) => skill.name },
            { heading: 'DESCRIPTION', cell: (skill) => skill.description },
          ],
        });
      },
      'listing skills',
    ),
  );
}
