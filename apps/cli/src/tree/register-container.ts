import type { Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `oxios container new|up|down|rm|ls|exec`: project sandboxes. */
export function registerContainer(program: Command, tree: Tree): void {
  const container = program.command('container').description('project containers: sandboxes with a workspace');
  container
    .command('new')
    .description('create and start a container with the configured limits')
    .argument('<name>', 'container name')
    .option('--image <ref>', 'image (default: [container] image)')
    .option('--network', 'allow network access (needs the permission)')
    .option('--env <NAME=value>', 'environment of every command (repeatable)', collect)
    .option('--json', 'print JSON')
    .action((name: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/container/container-new.js')).containerNew(tree.context, name, rawOptions(command)),
      ),
    );
  for (const [verb, description] of [
    ['up', 'start a stopped container'],
    ['down', 'stop a container (its workspace stays)'],
    ['rm', 'remove a container and its workspace'],
  ] as const) {
    container
      .command(verb)
      .description(description)
      .argument('<name>', 'container name')
      .option('--json', 'print JSON')
      .action((name: string, _options: unknown, command: Command) =>
        tree.run(async () =>
          (await import('../commands/container/container-lifecycle.js')).containerLifecycle(
            tree.context,
            verb,
            name,
            rawOptions(command),
          ),
        ),
      );
  }
  container
    .command('ls')
    .alias('list')
    .description('every container')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/container/container-list.js')).containerList(tree.context, rawOptions(command)),
      ),
    );
  container
    .command('exec')
    .description('run a command in a container (no shell); exits with its exit code')
    .argument('<name>', 'container name')
    .argument('<command...>', 'the command and its arguments (put -- before them)')
    .option('--json', 'print JSON')
    .action((name: string, argv: string[], _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/container/container-exec.js')).containerExec(
          tree.context,
          name,
          argv,
          rawOptions(command),
        ),
      ),
    );
}
