import { Command, CommanderError } from 'commander';
import type { CommandContext } from './context.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { VERSION } from './version.js';

/**
 * Builds the `oxios` command tree. Handlers are imported lazily so that `oxios --version` and
 * `--help` load almost nothing. Each action stores its exit code in `result.code`.
 */
export function buildProgram(context: CommandContext, result: { code: ExitCode }): Command {
  const program = new Command('oxios')
    .description('Oxios — an agent operating system: spec-first agents in real sandboxes')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.output.stdout.write(text),
      writeErr: (text) => context.output.stderr.write(text),
    });

  const config = program.command('config').description('show, check and locate the configuration');
  config
    .command('show')
    .description('print the effective configuration (file + environment), secrets redacted')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const { configShow } = await import('./commands/config-show.js');
      result.code = configShow(context, options);
    });
  config
    .command('validate')
    .description('check a config file (default: the one Oxios uses, with environment overrides); exit 2 if invalid')
    .argument('[path]', 'config file to check')
    .option('--json', 'print JSON')
    .action(async (path: string | undefined, options: { json?: boolean }) => {
      const { configValidate } = await import('./commands/config-validate.js');
      result.code = configValidate(context, path, options);
    });
  config
    .command('path')
    .description('print where the config file is')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const { configPath } = await import('./commands/config-path.js');
      result.code = configPath(context, options);
    });
  program
    .command('doctor')
    .description('check this machine: the sandbox backend and what it enforces here')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const { doctor } = await import('./commands/doctor.js');
      result.code = await doctor(context, options);
    });
  return program;
}

/** Runs the CLI with `argv` (as in process.argv) and resolves with the exit code. */
export async function runCli(argv: readonly string[], context: CommandContext): Promise<ExitCode> {
  const result: { code: ExitCode } = { code: EXIT.ok };
  const program = buildProgram(context, result);
  try {
    await program.parseAsync([...argv]);
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage mistakes get 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
}
