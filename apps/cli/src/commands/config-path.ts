import { CONFIG_FILE_NAME, resolveHome } from '@oxios/kernel';
import { join } from 'node:path';
import type { CommandContext } from '../context.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { printJson, printLine } from '../output.js';

/** `oxios config path` — where the config file is (whether or not it exists yet). JSON: `{ home, configPath }`. */
export function configPath(context: CommandContext, options: { json?: boolean }): Promise<ExitCode> {
  const home = resolveHome(context.env);
  const path = join(home, CONFIG_FILE_NAME);
  if (options.json) printJson(context.output, { home, configPath: path });
  else printLine(context.output, path);
  return Promise.resolve(EXIT.ok);
}
