import { stringify } from 'smol-toml';
import { selectConfigSource } from '../backend/select-config-source.js';
import { checkConfigKey } from '../config-edit/check-config-key.js';
import { getDotted } from '../config-edit/dotted.js';
import type { CommandContext } from '../context.js';
import { printCliError } from '../errors/print-cli-error.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { paint, printJson, printLine } from '../output.js';
import { OutputOptionsSchema } from './common-options.js';
import { withOptions } from './with-options.js';

function human(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return stringify(value).trimEnd();
  return JSON.stringify(value);
}

/**
 * `oxios config get <key>` — one effective setting. Text values print bare, tables as TOML, the
 * rest as JSON; an unset optional setting prints nothing. JSON: `{ key, value }` (null if unset).
 * An unknown key exits 2.
 */
export function configGet(context: CommandContext, key: string, raw: unknown): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema, raw, async (options) => {
    const verbose = options.verbose === true;
    const checked = checkConfigKey(key);
    if (checked.isErr()) {
      printCliError(context.output, checked.error, verbose);
      return checked.error.exitCode;
    }
    const viewed = await selectConfigSource(context, options).view();
    if (viewed.isErr()) {
      printCliError(context.output, viewed.error, verbose);
      return viewed.error.exitCode;
    }
    const value = getDotted(viewed.value.config, key) ?? null;
    if (options.json) printJson(context.output, { key, value });
    else if (value === null) context.output.stderr.write(`${paint(context.output, 'dim', `${key} is not set`)}\n`);
    else printLine(context.output, human(value));
    return EXIT.ok;
  });
}
