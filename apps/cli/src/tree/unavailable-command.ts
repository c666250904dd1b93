import type { Command } from 'commander';
import { EXIT } from '../exit-codes.js';
import { printError } from '../output.js';
import type { Tree } from './tree.js';

/**
 * A slot for a command whose subsystem is not in this build yet: hidden from help and completion
 * (we do not advertise what does not work), and when typed it says what it waits for and exits 1.
 */
export function unavailableCommand(parent: Command, tree: Tree, name: string, needs: string): Command {
  const path = [parent.name(), name].filter((part) => part !== 'oxios').join(' ');
  return parent
    .command(name, { hidden: true })
    .description(`(not in this build yet: needs ${needs})`)
    .allowUnknownOption()
    .allowExcessArguments()
    .helpOption(false)
    .action(() =>
      tree.run(() => {
        printError(
          tree.context.output,
          'unavailable',
          `\`oxios ${path}\` needs ${needs}, which this build of Oxios does not include yet`,
          'see `oxios --help` for the commands that work now',
        );
        return Promise.resolve(EXIT.failure);
      }),
    );
}
