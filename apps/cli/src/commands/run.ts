import { z } from 'zod';
import type { CommandContext } from '../context.js';
import { printCliError } from '../errors/print-cli-error.js';
import type { ExitCode } from '../exit-codes.js';
import { paint } from '../output.js';
import { OutputOptionsSchema } from './common-options.js';
import { converse } from './conversation/converse.js';
import { createLineReader } from './conversation/line-reader.js';
import { readAnswers } from './conversation/read-answers.js';
import { withBackend } from './with-backend.js';
import { withOptions } from './with-options.js';

/** Recorded when `--force` is given without a reason. */
const DEFAULT_FORCE_REASON = 'forced from the command line (oxios run --force)';

const RunOptionsSchema = OutputOptionsSchema.extend({
  request: z.string().trim().min(1, { error: 'expected a request' }).max(50_000),
  answers: z.string().min(1).optional(),
  force: z.union([z.literal(true), z.string().trim().min(1).max(2_000)]).optional(),
  yes: z.boolean().optional(),
});

/**
 * `oxios run "<request>"` — one request through the whole Ouroboros loop in a new session:
 * interview (questions answered on the terminal, from `--answers`, or skipped with `--yes` /
 * `--force`), seed, execution in the sandbox, evaluation, evolution. Prints the result with each
 * criterion and where the artefacts are; JSON: the final reply (`SessionReply`).
 */
export function run(context: CommandContext, request: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, RunOptionsSchema, { ...raw, request }, async (options) => {
    const answers: string[] = [];
    if (options.answers !== undefined) {
      const read = await readAnswers(options.answers);
      if (read.isErr()) {
        printCliError(context.output, read.error, options.verbose === true);
        return read.error.exitCode;
      }
      answers.push(...read.value);
    }
    const interactive = context.stdin?.isTTY === true && context.output.interactive === true;
    const reader = interactive ? createLineReader(context.stdin, context.output.stderr, context.signal) : undefined;
    const force =
      options.force === undefined
        ? undefined
        : { reason: options.force === true ? DEFAULT_FORCE_REASON : options.force };
    try {
      return await withBackend(context, options, async (backend) => {
        const title = (options.request.split('\n')[0] ?? options.request).slice(0, 200);
        const created = await backend.sessions.create({ title });
        if (created.isErr()) {
          printCliError(context.output, created.error, options.verbose === true);
          return created.error.exitCode;
        }
        const session = created.value;
        context.output.stderr.write(`${paint(context.output, 'dim', `session ${session.id}`)}\n`);
        return converse(
          context,
          backend,
          session.id,
          () => backend.sessions.send(session.id, options.request, force === undefined ? {} : { force }),
          { answers, reader, yes: options.yes === true || force !== undefined },
          { json: options.json === true, verbose: options.verbose === true },
        );
      });
    } finally {
      reader?.close();
    }
  });
}
