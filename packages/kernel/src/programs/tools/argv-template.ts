import { err, ok, type Result } from 'neverthrow';
import { invalidArgument } from '../../errors/constructors.js';
import type { InvalidArgumentError } from '../../errors/kernel-error.js';

/** A validated argument value, as substituted into an argv element. */
export type ArgumentValue = string | number | boolean;

const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/** Names of the `{name}` placeholders in one argv element, in order. */
export function placeholdersOf(element: string): string[] {
  return [...element.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

function substituteElement(
  element: string,
  values: Readonly<Record<string, ArgumentValue | undefined>>,
): Result<string | undefined, InvalidArgumentError> {
  const names = placeholdersOf(element);
  if (names.length === 0) return ok(element);
  // An element whose argument is absent is dropped whole (`--focus={focus}` without a focus).
  if (names.some((name) => values[name] === undefined)) return ok(undefined);
  for (const name of names) {
    const value = values[name];
    if (typeof value !== 'string') continue;
    if (value.includes('\0')) return err(invalidArgument(name, 'contains a NUL byte'));
    if (element.startsWith(`{${name}}`) && value.startsWith('-')) {
      return err(invalidArgument(name, 'may not start with "-" (it would be read as an option)'));
    }
  }
  return ok(element.replace(PLACEHOLDER, (_match, name: string) => String(values[name])));
}

/**
 * Fills an argv template with validated argument values: each `{name}` is replaced inside its
 * own element, so a value is always exactly one argument — never split, never seen by a shell.
 * A string value that would begin an element may not start with `-` (option injection). The
 * command (element 0) is never substituted.
 */
export function substituteArgv(
  template: readonly string[],
  values: Readonly<Record<string, ArgumentValue | undefined>>,
): Result<string[], InvalidArgumentError> {
  const [command, ...rest] = template;
  if (command === undefined) return err(invalidArgument('command', 'is empty'));
  const argv = [command];
  for (const element of rest) {
    const substituted = substituteElement(element, values);
    if (substituted.isErr()) return err(substituted.error);
    if (substituted.value !== undefined) argv.push(substituted.value);
  }
  return ok(argv);
}
