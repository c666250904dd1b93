import type { FakeState } from './state.js';

/** What every command handler gets. */
export interface FakeContext {
  /** The emulated CLI version, e.g. `1.2.2`. */
  readonly version: string;
  readonly scenario: string;
  readonly statePath: string;
  readonly state: FakeState;
  out(text: string): void;
  err(text: string): void;
}

/** A command: returns its exit code. */
export type Handler = (args: string[], context: FakeContext) => number | Promise<number>;

/** Prints a ContainerizationError the way the real CLI does and returns exit 1. */
export function fail(context: FakeContext, code: string, message: string, cause?: string): number {
  context.err(`Error: ${code}: "${message}"${cause === undefined ? '' : ` (cause: "${cause}")`}\n`);
  return 1;
}

/** Prints a swift-argument-parser usage error and returns 64 (EX_USAGE). */
export function usage(context: FakeContext, command: string, message: string): number {
  context.err(
    `Error: ${message}\nUsage: container ${command} [<options>]\n  See 'container ${command} --help' for more information.\n`,
  );
  return 64;
}

/** Parsed options of one command. */
export interface ParsedOptions {
  readonly values: Map<string, string[]>;
  readonly flags: Set<string>;
  /** Positional arguments (and everything after the first one when `stopAtPositional`). */
  readonly rest: string[];
}

/**
 * Parses `args` against the options a command knows: `valued` take the next argument, `flags`
 * take none; aliases map to their long name. An unknown option is a usage error (a string).
 */
export function parseOptions(
  args: readonly string[],
  spec: { valued: Record<string, string>; flags: Record<string, string>; stopAtPositional: boolean },
): ParsedOptions | string {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const rest: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      if (spec.stopAtPositional) {
        rest.push(...args.slice(index));
        break;
      }
      rest.push(arg);
      continue;
    }
    const valued = spec.valued[arg];
    if (valued !== undefined) {
      const value = args[index + 1];
      if (value === undefined) return `Missing value for '${arg} <${valued}>'`;
      values.set(valued, [...(values.get(valued) ?? []), value]);
      index += 1;
      continue;
    }
    const flag = spec.flags[arg];
    if (flag === undefined) return `Unknown option '${arg}'`;
    flags.add(flag);
  }
  return { values, flags, rest };
}

/** The last value of a valued option. */
export const last = (parsed: ParsedOptions, name: string): string | undefined => parsed.values.get(name)?.at(-1);

/** The XPC failure every command that needs the API server prints while it is not running. */
export function systemNotRunning(context: FakeContext, what: string): number {
  context.err(
    `Error: interrupted: "internalError: "${what}" (cause: "interrupted: "XPC connection error: Connection invalid"")"\nEnsure container system service has been started with \`container system start\`.\n`,
  );
  return 1;
}
