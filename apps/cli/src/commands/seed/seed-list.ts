import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { formatTime } from '../../render/format-time.js';
import { printList } from '../../render/print-list.js';
import { defined, ListOptionsSchema } from '../common-options.js';
import { IdArgumentSchema } from '../id-argument.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { SEED_COLUMNS } from './seed-columns.js';

const SeedListOptionsSchema = ListOptionsSchema.extend({ session: IdArgumentSchema.optional() });

/** `oxios seed list [--session ID]` — JSON: `{ items: SeedRecord[], nextCursor? }`, newest first. */
export function seedList(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, SeedListOptionsSchema, raw, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) =>
        backend.seeds.list(defined({ limit: options.limit, cursor: options.cursor, sessionId: options.session })),
      (page) => {
        printList(context.output, page, {
          json: options.json === true,
          empty: 'No seeds.',
          columns: [
            ...SEED_COLUMNS.slice(0, 3),
            { heading: 'SESSION', cell: (record) => record.sessionId ?? '-' },
            { heading: 'CREATED', cell: (record) => formatTime(record.seed.createdAt) },
            ...SEED_COLUMNS.slice(3),
          ],
        });
      },
      'listing seeds',
    ),
  );
}
