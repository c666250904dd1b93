import { Option, type Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

/** `oxios agent list|kill`. */
export function registerAgent(program: Command, tree: Tree): void {
  const agent = program.command('agent').description('the agent process table');
  agent
    .command('list')
    .alias('ls')
    .description('list agents, newest first')
    .addOption(
      new Option('--status <status>', 'only this status').choices(['starting', 'running', 'idle', 'stopped', 'failed']),
    )
    .option('--session <id>', "only this session's agents")
    .option('--limit <n>', 'at most this many (1–500)')
    .option('--cursor <cursor>', 'continue after a previous page')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) =>
      tree.run(async () => (await import('../commands/agent-list.js')).agentList(tree.context, rawOptions(command))),
    );
  agent
    .command('kill')
    .description('stop an agent: its run is aborted')
    .argument('<id>', 'agent id')
    .option('--json', 'print JSON')
    .action((id: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/agent-kill.js')).agentKill(tree.context, id, rawOptions(command)),
      ),
    );
}
