import { Option, type Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

/** `oxios session list|show|rm|resume`. */
export function registerSession(program: Command, tree: Tree): void {
  const session = program.command('session').description('list, inspect, resume and delete sessions');
  session
    .command('list')
    .alias('ls')
    .description('list sessions, newest first')
    .addOption(
      new Option('--status <status>', 'only this status').choices(['active', 'completed', 'interrupted', 'failed']),
    )
    .option('--user <name>', "another user's sessions (admin)")
    .option('--limit <n>', 'at most this many (1–500)')
    .option('--cursor <cursor>', 'continue after a previous page')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/session-list.js')).sessionList(tree.context, rawOptions(command)),
      ),
    );
  session
    .command('show')
    .description('one session and its messages')
    .argument('<id>', 'session id')
    .option('--json', 'print JSON')
    .action((id: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/session-show.js')).sessionShow(tree.context, id, rawOptions(command)),
      ),
    );
  session
    .command('rm')
    .description('delete a session and its messages')
    .argument('<id>', 'session id')
    .option('--json', 'print JSON')
    .action((id: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/session-rm.js')).sessionRm(tree.context, id, rawOptions(command)),
      ),
    );
  session
    .command('resume')
    .description('continue an interrupted session where it stopped (questions are asked on a terminal)')
    .argument('<id>', 'session id')
    .option('--json', 'print the final reply as JSON')
    .action((id: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/session-resume.js')).sessionResume(tree.context, id, rawOptions(command)),
      ),
    );
}
