import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { paint, printJson, printLine } from '../output.js';
import { formatTime } from '../render/format-time.js';
import { OutputOptionsSchema } from './common-options.js';
import { IdArgumentSchema } from './id-argument.js';
import { runBackendCommand } from './run-backend-command.js';
import { withOptions } from './with-options.js';

/** `oxios session show <id>` — JSON: `{ session: Session, messages: Message[] }`. */
export function sessionShow(context: CommandContext, id: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ id: IdArgumentSchema }), { ...raw, id }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) =>
        backend.sessions
          .get(options.id)
          .andThen((session) =>
            backend.sessions
              .messages(options.id, { limit: 500 })
              .map((messages) => ({ session, messages: messages.items })),
          ),
      ({ session, messages }) => {
        if (options.json) {
          printJson(context.output, { session, messages });
          return;
        }
        const row = (label: string, value: string) => {
          printLine(context.output, `${label.padEnd(8)} ${value}`);
        };
        row('id', session.id);
        row('title', session.title ?? '-');
        row('user', session.userId);
        row('status', session.statusReason ? `${session.status} (${session.statusReason})` : session.status);
        row('phase', session.phase);
        row('seed', session.activeSeedId ?? '-');
        row('created', formatTime(session.createdAt));
        row('updated', formatTime(session.updatedAt));
        printLine(context.output);
        if (messages.length === 0) printLine(context.output, paint(context.output, 'dim', 'No messages.'));
        for (const message of messages) {
          printLine(
            context.output,
            paint(context.output, 'bold', `${message.role} · ${formatTime(message.createdAt)}`),
          );
          printLine(context.output, message.content);
          printLine(context.output);
        }
      },
      'reading the session',
    ),
  );
}
