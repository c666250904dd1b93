import type { Command } from 'commander';
import { rawOptions, type Tree } from './tree.js';

/** `oxios run "<request>"` and `oxios chat`: talking to Oxios through the Ouroboros loop. */
export function registerConversation(program: Command, tree: Tree): void {
  program
    .command('run')
    .description('one request through the Ouroboros loop: interview, seed, sandboxed execution, evaluation')
    .argument('<request>', 'what you need, in your words')
    .option('--answers <file>', 'answers to interview questions, in order: one per line, or a JSON array')
    .option('--force [reason]', 'start work without the interview (the reason is recorded)')
    .option('--yes', 'never ask: when no answer is left, start work as the request stands')
    .option('--json', 'print the final reply as JSON')
    .addHelpText(
      'after',
      '\nOn a terminal, questions are asked and answered there. Without one, give --answers, --yes or --force;\n' +
        'otherwise a question ends the run with exit 2. Ctrl-C stops the agent; `oxios session resume <id>` continues.\n' +
        'Exit: 0 every criterion passed, 1 not passed or failed, 2 usage or an unanswered question, 130 Ctrl-C.',
    )
    .action((request: string, _options: unknown, command: Command) =>
      tree.run(async () => (await import('../commands/run.js')).run(tree.context, request, rawOptions(command))),
    );
  program
    .command('chat')
    .description('a conversation: each line is a message (/resume continues an interrupted session, /quit ends)')
    .option('--session <id>', 'continue this session instead of starting one')
    .action((_options: unknown, command: Command) =>
      tree.run(async () => (await import('../commands/chat.js')).chat(tree.context, rawOptions(command))),
    );
}
