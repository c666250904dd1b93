import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { printList } from '../../render/print-list.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { SEED_COLUMNS } from './seed-columns.js';
import { SeedIdSchema } from './seed-id.js';

/** `oxios seed lineage <id>` — every generation of the seed's lineage, generation 1 first. JSON: `{ items: [SeedRecord & { evaluation }] }`. */
export function seedLineage(context: CommandContext, id: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ id: SeedIdSchema }), { ...raw, id }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.seeds.lineage(options.id),
      (lineage) => {
        printList(context.output, lineage, {
          json: options.json === true,
          empty: 'No seeds.',
          columns: [
            ...SEED_COLUMNS.slice(0, 2),
            { heading: 'PARENT', cell: (record) => record.seed.parentId ?? '-' },
            ...SEED_COLUMNS.slice(2),
          ],
        });
      },
      'reading the lineage',
    ),
  );
}
