import { CreateTokenRequestSchema } from '@oxios/sdk-client';
import { z } from 'zod';
import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { paint, printJson, printLine } from '../output.js';
import { OutputOptionsSchema } from './common-options.js';
import { runBackendCommand } from './run-backend-command.js';
import { withOptions } from './with-options.js';

const TokenCreateOptionsSchema = OutputOptionsSchema.extend({
  name: CreateTokenRequestSchema.shape.name,
  role: z.enum(['user', 'superuser', 'admin'], { error: 'expected user, superuser or admin' }),
  user: CreateTokenRequestSchema.shape.userName,
  expiresInDays: z.coerce.number({ error: 'expected a number of days' }).int().min(1).max(3650).optional(),
});

/**
 * `oxios token create <name>` — prints the secret alone on stdout (so `$(oxios token create ci)`
 * works) and what it is on stderr. JSON: `{ token, record: Token }`.
 */
export function tokenCreate(context: CommandContext, name: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, TokenCreateOptionsSchema, { ...raw, name }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) =>
        backend.tokens.create({
          name: options.name,
          role: options.role,
          ...(options.user === undefined ? {} : { userName: options.user }),
          ...(options.expiresInDays === undefined ? {} : { expiresInDays: options.expiresInDays }),
        }),
      (created) => {
        if (options.json) {
          printJson(context.output, created);
          return;
        }
        printLine(context.output, created.token);
        const { record } = created;
        context.output.stderr.write(
          `${paint(context.output, 'green', '✓')} created token ${record.name} (${record.id}) for user ${record.userName}, role ${record.role}\n` +
            `${paint(context.output, 'dim', 'the secret above is shown this once: store it now')}\n`,
        );
      },
      'creating the token',
    ),
  );
}
