import type { Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

/** `oxios status` and `oxios doctor`. */
export function registerStatus(program: Command, tree: Tree): void {
  program
    .command('status')
    .description('how the CLI reaches Oxios (embedded, local server, remote), who you are, what runs')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) =>
      tree.run(async () => (await import('../commands/status.js')).status(tree.context, rawOptions(command))),
    );
  program
    .command('doctor')
    .description('check this machine: Node.js, sandbox, LLM keys, config, port, OXIOS_HOME permissions')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) =>
      tree.run(async () => (await import('../commands/doctor.js')).doctor(tree.context, rawOptions(command))),
    );
}
