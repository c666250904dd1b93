import { AgentStatusSchema, IdSchema } from '@oxios/sdk-client';
import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { formatTime } from '../render/format-time.js';
import { printList } from '../render/print-list.js';
import { defined, ListOptionsSchema } from './common-options.js';
import { runBackendCommand } from './run-backend-command.js';
import { withOptions } from './with-options.js';

const AgentListOptionsSchema = ListOptionsSchema.extend({
  status: AgentStatusSchema.optional(),
  session: IdSchema.optional(),
});

/** `oxios agent list` — JSON: `{ items: Agent[], nextCursor? }`. */
export function agentList(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, AgentListOptionsSchema, raw, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) =>
        backend.agents.list(
          defined({ limit: options.limit, cursor: options.cursor, status: options.status, sessionId: options.session }),
        ),
      (page) => {
        printList(context.output, page, {
          json: options.json === true,
          empty: 'No agents.',
          columns: [
            { heading: 'ID', cell: (agent) => agent.id },
            { heading: 'NAME', cell: (agent) => agent.name },
            { heading: 'OWNER', cell: (agent) => agent.owner },
            { heading: 'STATUS', cell: (agent) => agent.status },
            { heading: 'SESSION', cell: (agent) => agent.sessionId ?? '-' },
            { heading: 'UPDATED', cell: (agent) => formatTime(agent.updatedAt) },
            { heading: 'REASON', cell: (agent) => agent.statusReason ?? '' },
          ],
        });
      },
      'listing agents',
    ),
  );
}
