import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { PersonaIdSchema } from './persona-id.js';

/** `oxios persona show <id>` — JSON: `Persona` = `{ id, name, role, description, traits, skills, model?, enabled, systemPrompt }`. */
export function personaShow(context: CommandContext, id: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ id: PersonaIdSchema }), { ...raw, id }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.personas.get(options.id),
      (persona) => {
        const { output } = context;
        if (options.json) {
          printJson(output, persona);
          return;
        }
        const row = (label: string, value: string) => {
          printLine(output, `${label.padEnd(12)} ${value}`);
        };
        row('id', persona.id);
        row('name', persona.name);
        row('role', persona.role);
        row('enabled', persona.enabled ? 'yes' : 'no');
        row('model', persona.model ?? '(the default model)');
        row('skills', persona.skills.length === 0 ? '-' : persona.skills.join(', '));
        row('traits', persona.traits.length === 0 ? '-' : persona.traits.join(', '));
        if (persona.description !== '') row('description', persona.description);
        printLine(output);
        printLine(output, paint(output, 'bold', 'System prompt'));
        printLine(output, persona.systemPrompt.trimEnd());
      },
      'reading the persona',
    ),
  );
}
