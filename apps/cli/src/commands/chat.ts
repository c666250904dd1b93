import type { CommandContext } from '../context.js';
import { cliError } from '../errors/cli-error.js';
import { printCliError } from '../errors/print-cli-error.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { paint, printLine } from '../output.js';
import { GlobalOptionsSchema } from '../global-options.js';
import { awaitReply } from './conversation/await-reply.js';
import { createLineReader } from './conversation/line-reader.js';
import { printReply } from './conversation/print-reply.js';
import { IdArgumentSchema } from './id-argument.js';
import { withBackend } from './with-backend.js';
import { withOptions } from './with-options.js';

const ChatOptionsSchema = GlobalOptionsSchema.extend({ session: IdArgumentSchema.optional() });
const HELP = 'each line is a message · /resume continues an interrupted session · /quit ends (or Ctrl-D)';

/**
 * `oxios chat [--session <id>]` — a conversation, one message per line (from the terminal or a
 * pipe): interview answers, requests, anything. Replies are printed as they come; `/resume`
 * continues an interrupted session; `/quit` or the end of input ends with 0; Ctrl-C stops the
 * work in progress (the session becomes interrupted) and ends with 130.
 */
export function chat(context: CommandContext, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, ChatOptionsSchema, raw, async (options) => {
    const { output } = context;
    const verbose = options.verbose === true;
    if (context.stdin === undefined) {
      printCliError(
        output,
        cliError('invalid-argument', 'chat needs an input to read messages from', EXIT.usage),
        verbose,
      );
      return EXIT.usage;
    }
    const terminal = context.stdin.isTTY === true;
    const reader = createLineReader(context.stdin, output.stderr, context.signal);
    try {
      return await withBackend(context, options, async (backend) => {
        let sessionId = options.session;
        if (sessionId !== undefined) {
          const found = await backend.sessions.get(sessionId);
          if (found.isErr()) {
            printCliError(output, found.error, verbose);
            return found.error.exitCode;
          }
        }
        if (terminal) output.stderr.write(`${paint(output, 'dim', HELP)}\n`);
        for (;;) {
          const line = await reader.read(terminal ? paint(output, 'bold', 'you› ') : '');
          if (line.kind === 'interrupted') return EXIT.interrupted;
          if (line.kind === 'end') return EXIT.ok;
          const text = line.text.trim();
          if (text === '') continue;
          if (text === '/quit' || text === '/exit') return EXIT.ok;
          if (text.startsWith('/') && text !== '/resume') {
            output.stderr.write(`${paint(output, 'dim', `unknown command ${text}: ${HELP}`)}\n`);
            continue;
          }
          if (text === '/resume' && sessionId === undefined) {
            output.stderr.write(`${paint(output, 'dim', 'nothing to resume yet: say what you need first')}\n`);
            continue;
          }
          if (sessionId === undefined) {
            const created = await backend.sessions.create({ title: text.slice(0, 200) });
            if (created.isErr()) {
              printCliError(output, created.error, verbose);
              return created.error.exitCode;
            }
            sessionId = created.value.id;
            output.stderr.write(`${paint(output, 'dim', `session ${sessionId}`)}\n`);
          }
          const id = sessionId;
          const result = await awaitReply(output, backend, id, () =>
            text === '/resume' ? backend.sessions.resume(id) : backend.sessions.send(id, text),
          );
          if (result.isErr()) {
            if (result.error.exitCode === EXIT.interrupted) {
              printCliError(
                output,
                cliError(
                  'aborted',
                  `stopped: the agent's work was cancelled; session ${id} is interrupted`,
                  EXIT.interrupted,
                  {
                    hint: `continue it with \`oxios chat --session ${id}\` and /resume`,
                  },
                ),
                verbose,
              );
              return EXIT.interrupted;
            }
            // A failed message does not end the conversation.
            printCliError(output, result.error, verbose);
            continue;
          }
          printReply(output, result.value);
          if (terminal) printLine(output);
        }
      });
    } finally {
      reader.close();
    }
  });
}
