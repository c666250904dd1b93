import { z } from 'zod';
import type { CommandContext } from '../../context.js';
import { printCliError } from '../../errors/print-cli-error.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { OutputOptionsSchema } from '../common-options.js';
import { readTextOption } from '../read-text-option.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { PersonaIdSchema } from './persona-id.js';

const PersonaCreateOptionsSchema = OutputOptionsSchema.extend({
  id: PersonaIdSchema,
  name: z.string().min(1).max(100).optional(),
  role: z.string().min(1).max(100).optional(),
  description: z.string().max(1000).optional(),
  skill: z.array(z.string()).optional(),
  model: z.string().min(1).max(200).optional(),
  prompt: z.string().min(1).optional(),
  promptFile: z.string().min(1).optional(),
});

/**
 * `oxios persona create <id> (--prompt TEXT | --prompt-file F) [--name N] [--role R]
 * [--description D] [--skill S]… [--model M]` — JSON: the new `Persona`.
 */
export function personaCreate(context: CommandContext, id: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, PersonaCreateOptionsSchema, { ...raw, id }, async (options) => {
    const prompt = await readTextOption(options.prompt, options.promptFile, {
      inline: '--prompt',
      file: '--prompt-file',
    });
    if (prompt.isErr()) {
      printCliError(context.output, prompt.error, options.verbose === true);
      return prompt.error.exitCode;
    }
    return runBackendCommand(
      context,
      options,
      (backend) =>
        backend.personas.create({
          id: options.id,
          name: options.name ?? options.id,
          systemPrompt: prompt.value,
          ...(options.role === undefined ? {} : { role: options.role }),
          ...(options.description === undefined ? {} : { description: options.description }),
          ...(options.skill === undefined ? {} : { skills: options.skill }),
          ...(options.model === undefined ? {} : { model: options.model }),
        }),
      (persona) => {
        if (options.json) printJson(context.output, persona);
        else printLine(context.output, `${paint(context.output, 'green', '✓')} created persona ${persona.id}`);
      },
      'creating the persona',
    );
  });
}
