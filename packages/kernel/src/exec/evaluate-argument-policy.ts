import { err, ok, type Result } from 'neverthrow';
import { execDenied } from '../errors/constructors.js';
import type { ExecDeniedError } from '../errors/kernel-error.js';
import type { ArgumentPolicy, OptionRule } from './argument-policy.js';
import { matchOption } from './match-option.js';
import { splitGlobalOptions } from './split-global-options.js';

/** A value a `workspace-path` option carried; the bridge checks it resolves inside the workspace. */
export interface WorkspacePathClaim {
  readonly option: string;
  readonly value: string;
}

/** What the policy allowed: the arguments to run and the paths still to confine. */
export interface PolicyDecision {
  /** The policy's `prefixArgs` followed by the caller's arguments. */
  readonly args: readonly string[];
  readonly workspacePaths: readonly WorkspacePathClaim[];
}

interface Context {
  readonly strict: boolean;
  readonly subcommandIndex: number;
  readonly subcommand: string | undefined;
  readonly positionals: readonly string[];
}

function inScope(rule: OptionRule, index: number, context: Context): boolean {
  const scope = rule.scope;
  if (scope === undefined) return true;
  if (!context.strict) return scope === 'global' || context.positionals.some((word) => scope.includes(word));
  if (scope === 'global') return index < context.subcommandIndex;
  return index > context.subcommandIndex && context.subcommand !== undefined && scope.includes(context.subcommand);
}

function checkSubcommands(command: string, policy: ArgumentPolicy, args: readonly string[], context: Context) {
  // Strict layout: only the real subcommand counts. Otherwise any positional might be it.
  const candidates = context.strict
    ? context.subcommand === undefined
      ? []
      : [context.subcommandIndex]
    : args.flatMap((argument, index) => (argument.startsWith('-') ? [] : [index]));
  for (const rule of policy.subcommands ?? []) {
    for (const index of candidates) {
      if (args[index] !== rule.name) continue;
      if (rule.word !== undefined && !args.slice(index + 1).includes(rule.word)) continue;
      const label = rule.word === undefined ? rule.name : `${rule.name} ${rule.word}`;
      return err(execDenied(command, `denied-subcommand:${label}`, `${label}: ${rule.reason}`, rule.name));
    }
  }
  const known = policy.knownSubcommands;
  if (
    context.strict &&
    known !== undefined &&
    context.subcommand !== undefined &&
    !known.includes(context.subcommand)
  ) {
    const reason = `${context.subcommand} is not a known built-in subcommand (aliases and external programs can run anything)`;
    return err(execDenied(command, 'unknown-subcommand', reason, context.subcommand));
  }
  return ok(undefined);
}

/**
 * Applies a command's argument policy (pure; no file system access). Returns the arguments to
 * run, or the first refusal as an `exec-denied` error naming the argument and rule.
 */
export function evaluateArgumentPolicy(
  command: string,
  args: readonly string[],
  policy: ArgumentPolicy | undefined,
): Result<PolicyDecision, ExecDeniedError> {
  if (policy === undefined) return ok({ args, workspacePaths: [] });
  if (policy.denyAll !== undefined) return err(execDenied(command, 'command-denied', policy.denyAll));
  const layout = policy.globalOptions ? splitGlobalOptions(args, policy.globalOptions) : undefined;
  const context: Context = {
    strict: layout !== undefined,
    subcommandIndex: layout?.subcommandIndex ?? -1,
    subcommand: layout === undefined ? undefined : args[layout.subcommandIndex],
    positionals: args.filter((argument) => !argument.startsWith('-')),
  };
  const subcommands = checkSubcommands(command, policy, args, context);
  if (subcommands.isErr()) return err(subcommands.error);
  const workspacePaths: WorkspacePathClaim[] = [];
  for (const [index, argument] of args.entries()) {
    for (const rule of policy.options ?? []) {
      if (!inScope(rule, index, context)) continue;
      const match = matchOption(rule.option, argument, args[index + 1], policy);
      if (match === undefined) continue;
      if (rule.effect === 'deny') {
        return err(execDenied(command, `denied-option:${rule.option}`, `${rule.option} ${rule.reason}`, argument));
      }
      if (match.value !== undefined) workspacePaths.push({ option: rule.option, value: match.value });
    }
    for (const rule of policy.patterns ?? []) {
      if (rule.target === 'positional' && argument.startsWith('-')) continue;
      if (!rule.pattern.test(argument)) continue;
      return err(execDenied(command, `denied-pattern:${rule.label}`, rule.reason, argument));
    }
    if (index === layout?.unknownIndex) {
      const reason = `${argument} is not a known global option, so the subcommand cannot be identified`;
      return err(execDenied(command, 'unknown-global-option', reason, argument));
    }
  }
  return ok({ args: [...(policy.prefixArgs ?? []), ...args], workspacePaths });
}
