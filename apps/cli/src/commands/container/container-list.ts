import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { formatTime } from '../../render/format-time.js';
import { printList } from '../../render/print-list.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';

/** `oxios container ls` — JSON: `{ items: Container[] }`, by name. */
export function containerList(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema, raw, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.containers.list(),
      (containers) => {
        printList(context.output, containers, {
          json: options.json === true,
          empty: 'No containers.',
          columns: [
            { heading: 'NAME', cell: (container) => container.name },
            { heading: 'STATUS', cell: (container) => container.status },
            { heading: 'BACKEND', cell: (container) => container.backend },
            { heading: 'NETWORK', cell: (container) => (container.network ? 'yes' : 'no') },
            { heading: 'CREATED', cell: (container) => formatTime(container.createdAt) },
            { heading: 'IMAGE', cell: (container) => container.image },
          ],
        });
      },
      'listing containers',
    ),
  );
}
