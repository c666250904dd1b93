import { z } from 'zod';
import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { paint } from '../output.js';
import { formatTime } from '../render/format-time.js';
import { printList } from '../render/print-list.js';
import { defined, ListOptionsSchema } from './common-options.js';
import { IdArgumentSchema } from './id-argument.js';
import { runBackendCommand } from './run-backend-command.js';
import { sinceSchema } from './since-schema.js';
import { withOptions } from './with-options.js';

const AuditOptionsSchema = ListOptionsSchema.extend({
  denied: z.boolean().optional(),
  agent: IdArgumentSchema.optional(),
  subject: z.string().min(1).max(200).optional(),
  action: z.string().min(1).max(100).optional(),
  since: sinceSchema().optional(),
});

/** `oxios audit` — JSON: `{ items: AuditEntry[], nextCursor? }`. */
export function audit(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, AuditOptionsSchema, raw, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) =>
        backend.audit.query(
          defined({
            limit: options.limit,
            cursor: options.cursor,
            deniedOnly: options.denied,
            agentId: options.agent,
            subject: options.subject,
            action: options.action,
            since: options.since,
          }),
        ),
      (page) => {
        printList(context.output, page, {
          json: options.json === true,
          empty: 'No audit entries match.',
          columns: [
            { heading: 'TIME', cell: (entry) => formatTime(entry.at) },
            { heading: 'SUBJECT', cell: (entry) => entry.subject },
            { heading: 'ACTION', cell: (entry) => entry.action },
            {
              heading: 'DECISION',
              cell: (entry) =>
                entry.allowed ? paint(context.output, 'green', 'allow') : paint(context.output, 'red', 'deny'),
            },
            { heading: 'RULE', cell: (entry) => entry.rule ?? '-' },
            { heading: 'RESOURCE', cell: (entry) => entry.resource },
          ],
        });
      },
      'reading the audit log',
    ),
  );
}
