import type { GlobalOptions } from './argument-policy.js';

/** Where a command's subcommand sits, as found by {@link splitGlobalOptions}. */
export interface CommandLayout {
  /** Index of the subcommand, or `args.length` when there is none. */
  readonly subcommandIndex: number;
  /** Index of the first option before the subcommand that is not a known global option. */
  readonly unknownIndex?: number;
}

/**
 * Finds the subcommand of a command with global options (`git -C dir log …` → index 2). Global
 * options that take a value consume the next argument unless written `--name=value`.
 */
export function splitGlobalOptions(args: readonly string[], global: GlobalOptions): CommandLayout {
  for (let index = 0; index < args.length; index += 1) {
    const argument = args[index] ?? '';
    if (!argument.startsWith('-')) return { subcommandIndex: index };
    const equals = argument.indexOf('=');
    const name = equals < 0 ? argument : argument.slice(0, equals);
    if (global.flags.includes(name)) continue;
    if (global.withValue.includes(name)) {
      if (equals < 0) index += 1;
      continue;
    }
    return { subcommandIndex: args.length, unknownIndex: index };
  }
  return { subcommandIndex: args.length };
}
