import type { Command } from 'commander';
import { bashCompletion } from '../completion/bash-completion.js';
import { commandSpec } from '../completion/command-spec.js';
import { fishCompletion } from '../completion/fish-completion.js';
import { zshCompletion } from '../completion/zsh-completion.js';
import type { CommandContext } from '../context.js';
import { EXIT, type ExitCode } from '../exit-codes.js';

const GENERATORS = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion } as const;

/** `oxios completion <shell>` — a completion script generated from the command tree itself. */
export function completion(context: CommandContext, shell: string, program: Command): Promise<ExitCode> {
  // commander has already checked `shell` against the argument's choices.
  const generate = GENERATORS[shell as keyof typeof GENERATORS];
  context.output.stdout.write(generate(commandSpec(program)));
  return Promise.resolve(EXIT.ok);
}
