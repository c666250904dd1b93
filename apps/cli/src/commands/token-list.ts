import type { Token } from '@oxios/sdk-client';
import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { formatTime } from '../render/format-time.js';
import { printList } from '../render/print-list.js';
import { OutputOptionsSchema } from './common-options.js';
import { runBackendCommand } from './run-backend-command.js';
import { withOptions } from './with-options.js';

/** `active`, `revoked` or `expired`. */
export function tokenState(token: Token, now = Date.now()): string {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/** `oxios token list` — JSON: `{ items: Token[] }`. */
export function tokenList(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema, raw, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.tokens.list(),
      (page) => {
        printList(context.output, page, {
          json: options.json === true,
          empty: 'No tokens.',
          columns: [
            { heading: 'ID', cell: (token) => token.id },
            { heading: 'NAME', cell: (token) => token.name },
            { heading: 'USER', cell: (token) => token.userName },
            { heading: 'ROLE', cell: (token) => token.role },
            { heading: 'STATE', cell: (token) => tokenState(token) },
            { heading: 'CREATED', cell: (token) => formatTime(token.createdAt) },
            { heading: 'LAST USED', cell: (token) => formatTime(token.lastUsedAt) },
            { heading: 'EXPIRES', cell: (token) => formatTime(token.expiresAt) },
          ],
        });
      },
      'listing tokens',
    ),
  );
}
