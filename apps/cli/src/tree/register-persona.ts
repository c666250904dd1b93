import type { Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `oxios persona list|show|use|create|rm`. */
export function registerPersona(program: Command, tree: Tree): void {
  const persona = program.command('persona').description('personas: system prompt, skills and model agents run with');
  persona
    .command('list')
    .alias('ls')
    .description('every persona (* marks the default)')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/persona/persona-list.js')).personaList(tree.context, rawOptions(command)),
      ),
    );
  persona
    .command('show')
    .description('one persona with its system prompt')
    .argument('<id>', 'persona id')
    .option('--json', 'print JSON')
    .action((id: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/persona/persona-show.js')).personaShow(tree.context, id, rawOptions(command)),
      ),
    );
  persona
    .command('use')
    .description('make a persona the default, or with --session the persona of one session')
    .argument('<id>', 'persona id')
    .option('--session <id>', 'only this session')
    .option('--json', 'print JSON')
    .action((id: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/persona/persona-use.js')).personaUse(tree.context, id, rawOptions(command)),
      ),
    );
  persona
    .command('create')
    .description('create a persona')
    .argument('<id>', 'persona id')
    .option('--prompt <text>', 'the system prompt')
    .option('--prompt-file <path>', 'read the system prompt from a file')
    .option('--name <name>', 'display name (default: the id)')
    .option('--role <role>', 'e.g. developer, reviewer')
    .option('--description <text>', 'what it is for')
    .option('--skill <name>', 'a skill every agent with this persona gets (repeatable)', collect)
    .option('--model <id>', 'model override, e.g. anthropic/claude-sonnet-4-5')
    .option('--json', 'print JSON')
    .action((id: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/persona/persona-create.js')).personaCreate(tree.context, id, rawOptions(command)),
      ),
    );
  persona
    .command('rm')
    .description('delete a persona (not the default)')
    .argument('<id>', 'persona id')
    .option('--json', 'print JSON')
    .action((id: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/persona/persona-rm.js')).personaRm(tree.context, id, rawOptions(command)),
      ),
    );
}
