import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { ProgramNameSchema } from './program-name.js';

/** `oxios program enable|disable <name>` — a disabled program's tools and skill are not offered to agents. JSON: `Program`. */
export function programToggle(
  context: CommandContext,
  enabled: boolean,
  name: string,
  raw: Record<string, unknown>,
): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ name: ProgramNameSchema }), { ...raw, name }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.programs.setEnabled(options.name, enabled),
      (program) => {
        if (options.json) printJson(context.output, program);
        else
          printLine(
            context.output,
            `${paint(context.output, 'green', '✓')} ${program.name} is ${program.enabled ? 'enabled' : 'disabled'}`,
          );
      },
      enabled ? 'enabling' : 'disabling',
    ),
  );
}
