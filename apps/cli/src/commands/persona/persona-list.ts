import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { printJson } from '../../output.js';
import { printList } from '../../render/print-list.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';

/** `oxios persona list` — JSON: `{ items: Persona[], defaultId }`; the default is marked `*`. */
export function personaList(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema, raw, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.personas.list(),
      (personas) => {
        if (options.json) {
          printJson(context.output, personas);
          return;
        }
        printList(
          context.output,
          { items: [...personas.items] },
          {
            json: false,
            empty: 'No personas.',
            columns: [
              { heading: 'ID', cell: (persona) => `${persona.id}${persona.id === personas.defaultId ? ' *' : ''}` },
              { heading: 'NAME', cell: (persona) => persona.name },
              { heading: 'ROLE', cell: (persona) => persona.role },
              { heading: 'ENABLED', cell: (persona) => (persona.enabled ? 'yes' : 'no') },
              { heading: 'DESCRIPTION', cell: (persona) => persona.description || '-' },
            ],
          },
        );
      },
      'listing personas',
    ),
  );
}
