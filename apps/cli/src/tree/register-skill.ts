import type { Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

/** `oxios skill list|show|create|rm`. */
export function registerSkill(program: Command, tree: Tree): void {
  const skill = program
    .command('skill')
    .description('skills: reusable instructions for agents (skills/<name>/SKILL.md)');
  skill
    .command('list')
    .alias('ls')
    .description('every skill')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/skill/skill-list.js')).skillList(tree.context, rawOptions(command)),
      ),
    );
  skill
    .command('show')
    .description('one skill with its text')
    .argument('<name>', 'skill name')
    .option('--json', 'print JSON')
    .action((name: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/skill/skill-show.js')).skillShow(tree.context, name, rawOptions(command)),
      ),
    );
  skill
    .command('create')
    .description('create a skill')
    .argument('<name>', 'skill name')
    .requiredOption('--description <text>', 'what it is for (agents see it)')
    .option('--body <markdown>', 'the instructions')
    .option('--file <path>', 'read the instructions from a markdown file')
    .option('--json', 'print JSON')
    .action((name: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/skill/skill-create.js')).skillCreate(tree.context, name, rawOptions(command)),
      ),
    );
  skill
    .command('rm')
    .description('delete a skill')
    .argument('<name>', 'skill name')
    .option('--json', 'print JSON')
    .action((name: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/skill/skill-rm.js')).skillRm(tree.context, name, rawOptions(command)),
      ),
    );
}
