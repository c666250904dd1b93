import { SessionStatusSchema } from '@oxios/sdk-client';
import { z } from 'zod';
import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { formatTime } from '../render/format-time.js';
import { printList } from '../render/print-list.js';
import { defined, ListOptionsSchema } from './common-options.js';
import { runBackendCommand } from './run-backend-command.js';
import { withOptions } from './with-options.js';

const SessionListOptionsSchema = ListOptionsSchema.extend({
  status: SessionStatusSchema.optional(),
  user: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, { error: 'expected a user name' })
    .optional(),
});

/** `oxios session list` — JSON: `{ items: Session[], nextCursor? }`. */
export function sessionList(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, SessionListOptionsSchema, raw, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) =>
        backend.sessions.list(
          defined({ limit: options.limit, cursor: options.cursor, status: options.status, userId: options.user }),
        ),
      (page) => {
        printList(context.output, page, {
          json: options.json === true,
          empty: 'No sessions.',
          columns: [
            { heading: 'ID', cell: (session) => session.id },
            { heading: 'USER', cell: (session) => session.userId },
            { heading: 'PHASE', cell: (session) => session.phase },
            { heading: 'STATUS', cell: (session) => session.status },
            { heading: 'UPDATED', cell: (session) => formatTime(session.updatedAt) },
            { heading: 'TITLE', cell: (session) => session.title ?? '-' },
          ],
        });
      },
      'listing sessions',
    ),
  );
}
