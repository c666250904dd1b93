import { ApprovalStatusSchema } from '@oxios/sdk-client';
import { z } from 'zod';
import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { formatTime } from '../render/format-time.js';
import { printList } from '../render/print-list.js';
import { defined, ListOptionsSchema } from './common-options.js';
import { runBackendCommand } from './run-backend-command.js';
import { withOptions } from './with-options.js';

const ApprovalListOptionsSchema = ListOptionsSchema.extend({
  status: ApprovalStatusSchema,
  all: z.boolean().optional(),
});

/** `oxios approval list` — JSON: `{ items: Approval[], nextCursor? }`. */
export function approvalList(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, ApprovalListOptionsSchema, raw, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) =>
        backend.approvals.list(
          defined({ limit: options.limit, cursor: options.cursor, status: options.all ? undefined : options.status }),
        ),
      (page) => {
        printList(context.output, page, {
          json: options.json === true,
          empty: options.all ? 'No approvals.' : `No ${options.status} approvals.`,
          columns: [
            { heading: 'ID', cell: (approval) => approval.id },
            { heading: 'SUBJECT', cell: (approval) => approval.subject },
            { heading: 'ACTION', cell: (approval) => approval.action },
            { heading: 'STATUS', cell: (approval) => approval.status },
            { heading: 'EXPIRES', cell: (approval) => formatTime(approval.expiresAt) },
            { heading: 'RESOURCE', cell: (approval) => approval.resource },
          ],
        });
      },
      'listing approvals',
    ),
  );
}
