import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { ProgramNameSchema } from './program-name.js';

/** `oxios program uninstall <name>` — JSON: `{ name, uninstalled: true }`. */
export function programUninstall(
  context: CommandContext,
  name: string,
  raw: Record<string, unknown>,
): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ name: ProgramNameSchema }), { ...raw, name }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.programs.uninstall(options.name),
      (result) => {
        if (options.json) printJson(context.output, result);
        else printLine(context.output, `${paint(context.output, 'green', '✓')} uninstalled ${result.name}`);
      },
      'uninstalling',
    ),
  );
}
