import { err, ok, type Result } from 'neverthrow';
import { invalidArgument } from '../errors/constructors.js';
import type { InvalidArgumentError } from '../errors/kernel-error.js';

/**
 * The naming rule of one kind of resource whose name becomes a path segment (a program, skill,
 * persona, memory note). The kernel and the HTTP server validate with the same rule, so a name
 * the server accepts is a name the kernel can store, and `..`, `/`, `\`, NUL or an empty string
 * never reach a path.
 */
export interface NameRule {
  /** The field the name is carried in, used in error messages (`name`, `id`, `userId`). */
  readonly field: string;
  /** Anchored pattern a valid name matches in full. */
  readonly pattern: RegExp;
  /** Human description of the pattern, e.g. `1–64 lowercase letters, digits or "-"`. */
  readonly description: string;
  /** True when `value` is a valid name. */
  readonly test: (value: unknown) => value is string;
  /** The name, or an `invalid-argument` error naming the field and the expected shape. */
  readonly validate: (value: unknown) => Result<string, InvalidArgumentError>;
}

/** The shape most names share: a lowercase slug of 1–64 characters that starts alphanumeric. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Builds a {@link NameRule}. The pattern must be anchored and exclude `/`, `\` and `..`. */
export function defineNameRule(field: string, pattern: RegExp, description: string): NameRule {
  const test = (value: unknown): value is string => typeof value === 'string' && pattern.test(value);
  return {
    field,
    pattern,
    description,
    test,
    validate: (value) =>
      test(value)
        ? ok(value)
        : err(
            invalidArgument(
              field,
              `expected ${description}, got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value}`,
            ),
          ),
  };
}
