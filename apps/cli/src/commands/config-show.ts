import { stringify } from 'smol-toml';
import { selectConfigSource } from '../backend/select-config-source.js';
import type { CommandContext } from '../context.js';
import { printCliError } from '../errors/print-cli-error.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { printJson, printLine } from '../output.js';
import { OutputOptionsSchema } from './common-options.js';
import { withOptions } from './with-options.js';

/**
 * `oxios config show` — the effective configuration (file + environment), secrets redacted, as
 * TOML; JSON: `{ home, configPath, config }`. With `--server`, the server's.
 */
export function configShow(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema, raw, async (options) => {
    const viewed = await selectConfigSource(context, options).view();
    if (viewed.isErr()) {
      printCliError(context.output, viewed.error, options.verbose === true);
      return viewed.error.exitCode;
    }
    const { home, configPath, config } = viewed.value;
    if (options.json) {
      printJson(context.output, { home, configPath, config });
      return EXIT.ok;
    }
    printLine(context.output, `# effective configuration (file + environment); secrets redacted`);
    printLine(context.output, `# OXIOS_HOME: ${home}`);
    printLine(context.output, `# file: ${configPath}`);
    printLine(context.output);
    context.output.stdout.write(`${stringify(config)}\n`);
    return EXIT.ok;
  });
}
