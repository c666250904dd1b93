import { z } from 'zod';
import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { paint, printJson, printLine } from '../output.js';
import { OutputOptionsSchema } from './common-options.js';
import { IdArgumentSchema } from './id-argument.js';
import { runBackendCommand } from './run-backend-command.js';
import { withOptions } from './with-options.js';

const DecideOptionsSchema = OutputOptionsSchema.extend({
  id: IdArgumentSchema,
  note: z.string().max(2000).optional(),
});

/** `oxios approval approve|reject <id> [--note]` — JSON: the decided `Approval`. */
export function approvalDecide(
  context: CommandContext,
  decision: 'approve' | 'reject',
  id: string,
  raw: Record<string, unknown>,
): Promise<ExitCode> {
  return withOptions(context, DecideOptionsSchema, { ...raw, id }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.approvals.decide(options.id, decision, options.note),
      (approval) => {
        if (options.json) printJson(context.output, approval);
        else
          printLine(
            context.output,
            `${paint(context.output, 'green', '✓')} ${approval.status} ${approval.id}: ${approval.subject} ${approval.action} ${approval.resource}`,
          );
      },
      decision === 'approve' ? 'approving' : 'rejecting',
    ),
  );
}
