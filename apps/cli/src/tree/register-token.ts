import { Option, type Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

/** `oxios token create|list|revoke`. */
export function registerToken(program: Command, tree: Tree): void {
  const token = program.command('token').description('create, list and revoke API tokens (admin)');
  token
    .command('create')
    .description('create a token; the secret is printed once, on stdout')
    .argument('<name>', 'a label, e.g. "ci" or "ann laptop"')
    .addOption(
      new Option('--role <role>', 'what the token may do').choices(['user', 'superuser', 'admin']).default('user'),
    )
    .option('--user <name>', 'the user the token acts as (default: derived from the name)')
    .option('--expires-in-days <days>', 'expire after this many days')
    .option('--json', 'print JSON')
    .action((name: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/token-create.js')).tokenCreate(tree.context, name, rawOptions(command)),
      ),
    );
  token
    .command('list')
    .alias('ls')
    .description('list tokens (never their secrets)')
    .option('--json', 'print JSON')
    .action((_options: unknown, command: Command) =>
      tree.run(async () => (await import('../commands/token-list.js')).tokenList(tree.context, rawOptions(command))),
    );
  token
    .command('revoke')
    .description('revoke a token by id (revoking twice is fine)')
    .argument('<id>', 'token id (see `oxios token list`)')
    .option('--json', 'print JSON')
    .action((id: string, _options: unknown, command: Command) =>
      tree.run(async () =>
        (await import('../commands/token-revoke.js')).tokenRevoke(tree.context, id, rawOptions(command)),
      ),
    );
}
