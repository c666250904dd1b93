import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { SkillNameSchema } from './skill-name.js';

/** `oxios skill rm <name>` — JSON: `{ name, deleted: true }`. */
export function skillRm(context: CommandContext, name: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ name: SkillNameSchema }), { ...raw, name }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.skills.remove(options.name),
      (result) => {
        if (options.json) printJson(context.output, result);
        else printLine(context.output, `${paint(context.output, 'green', '✓')} deleted skill ${result.name}`);
      },
      'deleting the skill',
    ),
  );
}
