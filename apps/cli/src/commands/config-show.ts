import { loadConfig, redactSecrets } from '@oxios/kernel';
import { stringify } from 'smol-toml';
import type { CommandContext } from '../context.js';
import { EXIT, EXIT_BY_CODE, type ExitCode } from '../exit-codes.js';
import { printError, printJson, printLine } from '../output.js';

/** `oxios config show` — the effective configuration (file + environment), secrets redacted. */
export function configShow(context: CommandContext, options: { json?: boolean }): ExitCode {
  const loaded = loadConfig({ env: context.env });
  if (loaded.isErr()) {
    printError(
      context.output,
      loaded.error.code,
      loaded.error.message,
      'fix the file, then run `oxios config validate`',
    );
    return EXIT_BY_CODE[loaded.error.code];
  }
  const { home, configPath, ...settings } = loaded.value;
  const redacted = redactSecrets(settings);
  if (options.json) {
    printJson(context.output, { home, configPath, config: redacted });
    return EXIT.ok;
  }
  printLine(context.output, `# effective configuration (file + environment); secrets redacted`);
  printLine(context.output, `# OXIOS_HOME: ${home}`);
  printLine(context.output, `# file: ${configPath}`);
  printLine(context.output);
  context.output.stdout.write(`${stringify(redacted)}\n`);
  return EXIT.ok;
}
