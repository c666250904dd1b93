import { selectConfigSource } from '../backend/select-config-source.js';
import { checkConfigKey } from '../config-edit/check-config-key.js';
import { parseCliValue } from '../config-edit/parse-cli-value.js';
import type { CommandContext } from '../context.js';
import { printCliError } from '../errors/print-cli-error.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { paint, printJson, printLine } from '../output.js';
import { OutputOptionsSchema } from './common-options.js';
import { withOptions } from './with-options.js';

/**
 * `oxios config set <key> <value>` — validates the whole resulting file before writing it
 * atomically (exit 2 and nothing written when invalid). JSON: `{ key, value, path,
 * restartRequired, commentsKept, overriddenBy }`.
 */
export function configSet(context: CommandContext, key: string, text: string, raw: unknown): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema, raw, async (options) => {
    const verbose = options.verbose === true;
    const checked = checkConfigKey(key);
    if (checked.isErr()) {
      printCliError(context.output, checked.error, verbose);
      return checked.error.exitCode;
    }
    const set = await selectConfigSource(context, options).set(key, parseCliValue(text));
    if (set.isErr()) {
      printCliError(context.output, set.error, verbose);
      return set.error.exitCode;
    }
    const result = set.value;
    if (options.json) {
      printJson(context.output, result);
      return EXIT.ok;
    }
    printLine(
      context.output,
      `${paint(context.output, 'green', '✓')} ${key} = ${JSON.stringify(result.value)} in ${result.path}`,
    );
    const note = (text: string) => context.output.stderr.write(`${paint(context.output, 'dim', text)}\n`);
    if (!result.commentsKept) note('note: the file was rewritten from its parsed form; its comments are gone');
    if (result.overriddenBy) note(`note: ${result.overriddenBy} is set in this environment and overrides it`);
    if (result.restartRequired) note('note: restart the server to apply it');
    return EXIT.ok;
  });
}
