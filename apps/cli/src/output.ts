import type { Writable } from 'node:stream';

/** Where a command writes, and whether it may use colour. Injected so tests can capture it. */
export interface Output {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly color: boolean;
  /** True when stderr is a terminal: spinners and prompts may be shown there. */
  readonly interactive?: boolean;
}

/** Colour only on a terminal, never with NO_COLOR set (https://no-color.org), forced by FORCE_COLOR. */
export function detectColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** The real process streams. */
export function processOutput(env: Readonly<Record<string, string | undefined>> = process.env): Output {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    color: detectColor(process.stderr, env),
    interactive: process.stderr.isTTY && env.TERM !== 'dumb',
  };
}

const STYLES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

/** Wraps `text` in an ANSI style when colour is on. */
export function paint(output: Output, style: keyof typeof STYLES, text: string): string {
  return output.color ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text;
}

/** Writes one line to stdout. */
export function printLine(output: Output, line = ''): void {
  output.stdout.write(`${line}\n`);
}

/** Writes `value` as indented JSON to stdout. */
export function printJson(output: Output, value: unknown): void {
  output.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** One-line error on stderr: `error[code]: message`, then an optional hint line. */
export function printError(output: Output, code: string, message: string, hint?: string): void {
  output.stderr.write(`${paint(output, 'red', `error[${code}]`)}: ${message}\n`);
  if (hint) output.stderr.write(`${paint(output, 'dim', `hint: ${hint}`)}\n`);
}
