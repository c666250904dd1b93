import type { Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

/** `oxios program install|list|info|enable|disable|uninstall`. */
export function registerProgram(program: Command, tree: Tree): void {
  const programs = program.command('program').description('install and manage programs (tools and skills for agents)');
  programs
    .command('install')
    .description('install a program from a folder, a .tar.gz, a git URL or an https:// tarball')
    .argument('<source>', 'path, git URL (https://, ssh://, git@host:path, file://) or https://…tar.gz')
    .option('--ref <ref>', 'git branch or tag')
    .option('--json', 'print JSON')
    .action((source: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/program/program-install.js')).programInstall(
          tree.context,
          source,
          rawOptions(command),
        ),
      ),
    );
  programs
    .command('list')
    .alias('ls')
    .description('installed programs')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/program/program-list.js')).programList(tree.context, rawOptions(command)),
      ),
    );
  programs
    .command('info')
    .description('one program: manifest, tools, SKILL.md')
    .argument('<name>', 'program name')
    .option('--json', 'print JSON')
    .action((name: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/program/program-info.js')).programInfo(tree.context, name, rawOptions(command)),
      ),
    );
  for (const [verb, enabled] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    programs
      .command(verb)
      .description(`${verb} a program (a disabled program's tools and skill are not offered to agents)`)
      .argument('<name>', 'program name')
      .option('--json', 'print JSON')
      .action((name: string, _options: unknown, command: Command) =>
        tree.run(async () =>
          (await import('../commands/program/program-toggle.js')).programToggle(
            tree.context,
            enabled,
            name,
            rawOptions(command),
          ),
        ),
      );
  }
  programs
    .command('uninstall')
    .description('remove an installed program')
    .argument('<name>', 'program name')
    .option('--json', 'print JSON')
    .action((name: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/program/program-uninstall.js')).programUninstall(
          tree.context,
          name,
          rawOptions(command),
        ),
      ),
    );
}
