import { Help, type Command } from 'commander';

/** An option as completion needs it. */
export interface OptionSpec {
  /** `--role`, `-h`, … */
  readonly flags: readonly string[];
  readonly description: string;
  readonly takesValue: boolean;
  readonly choices: readonly string[];
}

/** A command as completion needs it: visible subcommands (hidden slots left out) and options. */
export interface CommandSpec {
  /** Words from the root, e.g. `['token', 'create']`; `[]` for the root. */
  readonly path: readonly string[];
  readonly names: readonly string[];
  readonly description: string;
  readonly options: readonly OptionSpec[];
  readonly argumentChoices: readonly string[];
  readonly subcommands: readonly CommandSpec[];
}

/** Reads the completion spec from the commander tree, through commander's public Help API. */
export function commandSpec(command: Command, path: readonly string[] = []): CommandSpec {
  const help = new Help();
  const options = help.visibleOptions(command).map((option) => ({
    flags: [option.long, option.short].filter((flag): flag is string => flag !== undefined),
    description: option.description,
    takesValue: option.required || option.optional,
    choices: option.argChoices ?? [],
  }));
  return {
    path,
    names: [command.name(), ...command.aliases()],
    description: command.description(),
    options,
    argumentChoices: command.registeredArguments.flatMap((argument) => argument.argChoices ?? []),
    subcommands: help
      .visibleCommands(command)
      .filter((child) => child.name() !== 'help')
      .map((child) => commandSpec(child, [...path, child.name()])),
  };
}

/** Every command in the tree, root first. */
export function flattenSpecs(root: CommandSpec): CommandSpec[] {
  return [root, ...root.subcommands.flatMap(flattenSpecs)];
}

/** Root options that apply to every subcommand (`--server`, `--verbose`; not `--version` or `--help`). */
export function inheritedOptions(root: CommandSpec): OptionSpec[] {
  return root.options.filter((option) => !option.flags.includes('--version') && !option.flags.includes('--help'));
}
