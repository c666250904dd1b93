/**
 * What an option rule does when it matches.
 * - `deny`: the argument is refused.
 * - `workspace-path`: the option's value must resolve (after realpath) inside the workspace root.
 */
export type OptionEffect = 'deny' | 'workspace-path';

/**
 * One option of a command and how the bridge treats it.
 *
 * The spelling decides how arguments are matched:
 * - `--name` (long): `--name`, `--name=value`, and — when the policy sets `abbreviations` — any
 *   unambiguous-looking prefix such as `--upload-p`.
 * - `-x` (one letter): `-x`, attached `-xvalue`, and bundles containing the letter (`-vx`). The
 *   match deliberately over-approximates: a bundle that merely contains the letter is refused.
 * - `-name` or any other spelling (find-style words, `--` itself): exact match only.
 */
export interface OptionRule {
  readonly option: string;
  readonly effect: OptionEffect;
  /**
   * Where the rule applies: `'global'` (only before the subcommand; needs `globalOptions`), a list
   * of subcommands, or everywhere when omitted.
   */
  readonly scope?: 'global' | readonly string[];
  /** Why the option is dangerous; shown in errors and the README table. */
  readonly reason: string;
}

/** A subcommand (optionally followed anywhere by `word`, e.g. `bisect` … `run`) that is refused. */
export interface SubcommandRule {
  readonly name: string;
  readonly word?: string;
  readonly reason: string;
}

/** A pattern no argument (`target: 'any'`) or no positional argument may match. */
export interface ArgumentPatternRule {
  readonly pattern: RegExp;
  readonly target: 'any' | 'positional';
  /** Short label used in the rule name, e.g. `ext-transport`. */
  readonly label: string;
  readonly reason: string;
}

/**
 * The options a command accepts before its subcommand. When given, subcommand detection is
 * strict: an unknown option before the subcommand is refused, so an option that silently takes a
 * value cannot make the bridge misread which subcommand runs.
 */
export interface GlobalOptions {
  /** Options without a value (`--bare`, `-p`). */
  readonly flags: readonly string[];
  /** Options whose value is the next argument or follows `=` (`-C`, `--git-dir`). */
  readonly withValue: readonly string[];
}

/**
 * The argument policy of one command. Commands without a policy run with any arguments (except
 * NUL bytes), so only allowlist such commands when that is acceptable.
 */
export interface ArgumentPolicy {
  /** Refuse every invocation; the text says why. */
  readonly denyAll?: string;
  readonly options?: readonly OptionRule[];
  readonly subcommands?: readonly SubcommandRule[];
  readonly patterns?: readonly ArgumentPatternRule[];
  readonly globalOptions?: GlobalOptions;
  /**
   * With `globalOptions`: the subcommands that may run. Any other subcommand (an alias, an
   * external program) is refused.
   */
  readonly knownSubcommands?: readonly string[];
  /** The command accepts abbreviated long options (getopt_long, git parse-options, npm nopt). */
  readonly abbreviations?: boolean;
  /** The command treats `_` and `-` in long option names alike (node). */
  readonly underscores?: boolean;
  /** Hardening arguments the bridge inserts before the caller's arguments. */
  readonly prefixArgs?: readonly string[];
}
