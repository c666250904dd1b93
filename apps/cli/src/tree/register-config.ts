import type { Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

/** `oxios config show|get|set|validate|path`. */
export function registerConfig(program: Command, tree: Tree): void {
  const config = program.command('config').description('show, change, check and locate the configuration');
  config
    .command('show')
    .description('print the effective configuration (file + environment), secrets redacted')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) =>
      tree.run(async () => (await import('../commands/config-show.js')).configShow(tree.context, rawOptions(command))),
    );
  config
    .command('get')
    .description('print one setting by dotted key, e.g. server.port')
    .argument('<key>', 'dotted key')
    .option('--json', 'print JSON')
    .action((key: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/config-get.js')).configGet(tree.context, key, rawOptions(command)),
      ),
    );
  config
    .command('set')
    .description('change one setting in config.toml: validated, written atomically, comments kept')
    .argument('<key>', 'dotted key, e.g. server.port')
    .argument('<value>', 'a TOML value (4300, true, ["a","b"]); anything else is taken as text')
    .option('--json', 'print JSON')
    .action((key: string, value: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/config-set.js')).configSet(tree.context, key, value, rawOptions(command)),
      ),
    );
  config
    .command('validate')
    .description('check a config file (default: the one Oxios uses, with environment overrides); exit 2 if invalid')
    .argument('[path]', 'config file to check')
    .option('--json', 'print JSON')
    .action((path: string | undefined, options: { json?: boolean }) =>
      tree.run(async () =>
        (await import('../commands/config-validate.js')).configValidate(tree.context, path, options),
      ),
    );
  config
    .command('path')
    .description('print where the config file is')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      tree.run(async () => (await import('../commands/config-path.js')).configPath(tree.context, options)),
    );
}
