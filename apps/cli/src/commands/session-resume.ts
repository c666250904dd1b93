import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { OutputOptionsSchema } from './common-options.js';
import { converse } from './conversation/converse.js';
import { createLineReader } from './conversation/line-reader.js';
import { IdArgumentSchema } from './id-argument.js';
import { withBackend } from './with-backend.js';
import { withOptions } from './with-options.js';

/**
 * `oxios session resume <id>` — continues an interrupted session (Ctrl-C, a restart) where it
 * stopped, then goes on like `run`: questions are asked on a terminal. JSON: the final reply.
 */
export function sessionResume(context: CommandContext, id: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ id: IdArgumentSchema }), { ...raw, id }, async (options) => {
    const interactive = context.stdin?.isTTY === true && context.output.interactive === true;
    const reader = interactive ? createLineReader(context.stdin, context.output.stderr, context.signal) : undefined;
    try {
      return await withBackend(context, options, (backend) =>
        converse(
          context,
          backend,
          options.id,
          () => backend.sessions.resume(options.id),
          { answers: [], reader, yes: false },
          { json: options.json === true, verbose: options.verbose === true },
        ),
      );
    } finally {
      reader?.close();
    }
  });
}
