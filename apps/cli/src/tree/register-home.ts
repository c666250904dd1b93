import type { Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

/** `oxios backup <dir>` and `oxios restore <dir>`: this machine's OXIOS_HOME. */
export function registerHome(program: Command, tree: Tree): void {
  program
    .command('backup')
    .description(
      'copy a live OXIOS_HOME (database, config, admin token, programs, skills, personas, memory) into a new folder',
    )
    .argument('<dir>', 'a new or empty folder (created 0700)')
    .option('--json', 'print JSON')
    .action((directory: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/backup.js')).backup(tree.context, directory, rawOptions(command)),
      ),
    );
  program
    .command('restore')
    .description("replace OXIOS_HOME's database and backed-up files from a backup (stop the server first)")
    .argument('<dir>', 'a folder written by `oxios backup`')
    .option('--json', 'print JSON')
    .action((directory: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/restore.js')).restore(tree.context, directory, rawOptions(command)),
      ),
    );
}
