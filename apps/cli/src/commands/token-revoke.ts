import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { paint, printJson, printLine } from '../output.js';
import { OutputOptionsSchema } from './common-options.js';
import { IdArgumentSchema } from './id-argument.js';
import { runBackendCommand } from './run-backend-command.js';
import { withOptions } from './with-options.js';

/** `oxios token revoke <id>` — JSON: the revoked `Token`. */
export function tokenRevoke(context: CommandContext, id: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ id: IdArgumentSchema }), { ...raw, id }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.tokens.revoke(options.id),
      (token) => {
        if (options.json) printJson(context.output, token);
        else
          printLine(context.output, `${paint(context.output, 'green', '✓')} revoked token ${token.name} (${token.id})`);
      },
      'revoking the token',
    ),
  );
}
