import { Argument, type Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

/** `oxios serve` and `oxios completion <shell>`. */
export function registerServe(program: Command, tree: Tree): void {
  program
    .command('serve')
    .description('run the Oxios server (HTTP API and dashboard) in the foreground until Ctrl-C or SIGTERM')
    .option('--host <host>', 'interface to bind (default: [server] host, 127.0.0.1)')
    .option('--port <port>', 'TCP port (default: [server] port, 4200)')
    .option('--tls-cert <file>', 'PEM certificate: serve HTTPS (with --tls-key)')
    .option('--tls-key <file>', 'PEM private key (with --tls-cert)')
    .action((_options: unknown, command: Command) =>
      tree.run(async () => (await import('../commands/serve.js')).serve(tree.context, rawOptions(command))),
    );
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .addHelpText(
      'after',
      '\nInstall:\n  bash  echo \'source <(oxios completion bash)\' >> ~/.bashrc\n  zsh   oxios completion zsh > "${fpath[1]}/_oxios"\n  fish  oxios completion fish > ~/.config/fish/completions/oxios.fish',
    )
    .action((shell: string) =>
      tree.run(async () => (await import('../commands/completion.js')).completion(tree.context, shell, program)),
    );
}
