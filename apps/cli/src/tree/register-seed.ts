import type { Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

/** `oxios seed list|show|lineage`: the specifications the interviews produced. */
export function registerSeed(program: Command, tree: Tree): void {
  const seed = program.command('seed').description('the seeds (immutable specifications) and their lineages');
  seed
    .command('list')
    .alias('ls')
    .description('list seeds, newest first')
    .option('--session <id>', "only this session's seeds")
    .option('--limit <n>', 'at most this many (1–500)')
    .option('--cursor <cursor>', 'continue after a previous page')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) =>
      tree.run(async () => (await import('../commands/seed/seed-list.js')).seedList(tree.context, rawOptions(command))),
    );
  seed
    .command('show')
    .description('one seed: goal, constraints, acceptance criteria, runs')
    .argument('<id>', 'seed id')
    .option('--json', 'print JSON')
    .action((id: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/seed/seed-show.js')).seedShow(tree.context, id, rawOptions(command)),
      ),
    );
  seed
    .command('lineage')
    .description('every generation of the lineage a seed belongs to, generation 1 first')
    .argument('<id>', 'seed id')
    .option('--json', 'print JSON')
    .action((id: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/seed/seed-lineage.js')).seedLineage(tree.context, id, rawOptions(command)),
      ),
    );
}
