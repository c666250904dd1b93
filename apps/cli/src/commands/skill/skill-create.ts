import { z } from 'zod';
import type { CommandContext } from '../../context.js';
import { printCliError } from '../../errors/print-cli-error.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { OutputOptionsSchema } from '../common-options.js';
import { readTextOption } from '../read-text-option.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { SkillNameSchema } from './skill-name.js';

const SkillCreateOptionsSchema = OutputOptionsSchema.extend({
  name: SkillNameSchema,
  description: z.string().min(1).max(1024),
  body: z.string().optional(),
  file: z.string().min(1).optional(),
});

/** `oxios skill create <name> --description D (--body TEXT | --file SKILL-BODY.md)` — JSON: the skill with its body. */
export function skillCreate(context: CommandContext, name: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, SkillCreateOptionsSchema, { ...raw, name }, async (options) => {
    const body = await readTextOption(options.body, options.file, { inline: '--body', file: '--file' });
    if (body.isErr()) {
      printCliError(context.output, body.error, options.verbose === true);
      return body.error.exitCode;
    }
    return runBackendCommand(
      context,
      options,
      (backend) => backend.skills.create({ name: options.name, description: options.description, body: body.value }),
      (skill) => {
        if (options.json) printJson(context.output, skill);
        else printLine(context.output, `${paint(context.output, 'green', '✓')} created skill ${skill.name}`);
      },
      'creating the skill',
    );
  });
}
