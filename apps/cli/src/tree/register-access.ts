import { Option, type Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

/** `oxios audit` and `oxios approval list|approve|reject`. */
export function registerAccess(program: Command, tree: Tree): void {
  program
    .command('audit')
    .description('the audit log of access decisions, newest first')
    .option('--denied', 'only denials')
    .option('--agent <id>', "only this agent's decisions")
    .option('--subject <subject>', 'only this subject, e.g. user:ann')
    .option('--action <action>', 'only this action, e.g. tool or path-write')
    .option('--since <when>', 'a duration back from now (30m, 2h, 7d) or a date/time (2026-05-01, RFC 3339)')
    .option('--limit <n>', 'at most this many (1–500)')
    .option('--cursor <cursor>', 'continue after a previous page')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) =>
      tree.run(async () => (await import('../commands/audit.js')).audit(tree.context, rawOptions(command))),
    );
  const approval = program.command('approval').description('human-in-the-loop approvals');
  approval
    .command('list')
    .alias('ls')
    .description('approvals you may decide (pending ones unless --status or --all)')
    .addOption(
      new Option('--status <status>', 'only this status')
        .choices(['pending', 'approved', 'rejected', 'expired'])
        .default('pending'),
    )
    .option('--all', 'every status')
    .option('--limit <n>', 'at most this many (1–500)')
    .option('--cursor <cursor>', 'continue after a previous page')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/approval-list.js')).approvalList(tree.context, rawOptions(command)),
      ),
    );
  for (const decision of ['approve', 'reject'] as const) {
    approval
      .command(decision)
      .description(`${decision} a pending approval`)
      .argument('<id>', 'approval id')
      .option('--note <text>', 'why, for the record')
      .option('--json', 'print JSON')
      .action((id: string, _options: unknown, command: Command) =>
        tree.run(async () =>
          (await import('../commands/approval-decide.js')).approvalDecide(
            tree.context,
            decision,
            id,
            rawOptions(command),
          ),
        ),
      );
  }
}
