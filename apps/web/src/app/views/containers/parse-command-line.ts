/** Why a command line could not be split. */
export type CommandLineProblem = 'empty' | 'unclosed-quote' | 'trailing-backslash';

/**
 * Splits a command line into an argv the way a POSIX shell splits words — spaces separate,
 * '…' keeps everything literal, "…" and \ escape — but runs nothing: no variables, globs, pipes
 * or redirections (the server runs the argv without a shell).
 */
export function parseCommandLine(
  line: string,
): { ok: true; argv: string[] } | { ok: false; problem: CommandLineProblem } {
  const argv: string[] = [];
  let word: string | undefined;
  let quote: "'" | '"' | undefined;
  for (let index = 0; index < line.length; index += 1) {
    const char = line.charAt(index);
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word = (word ?? '') + char;
    } else if (char === '\\') {
      if (index + 1 >= line.length) return { ok: false, problem: 'trailing-backslash' };
      index += 1;
      const next = line.charAt(index);
      // Inside double quotes a backslash only escapes ", \ and $ (as in a shell).
      word = (word ?? '') + (quote === '"' && !'"\\$'.includes(next) ? `\\${next}` : next);
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else word = (word ?? '') + char;
    } else if (char === "'" || char === '"') {
      quote = char;
      word ??= '';
    } else if (/\s/.test(char)) {
      if (word !== undefined) argv.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (quote !== undefined) return { ok: false, problem: 'unclosed-quote' };
  if (word !== undefined) argv.push(word);
  return argv.length === 0 ? { ok: false, problem: 'empty' } : { ok: true, argv };
}

/** An argv as a line {@link parseCommandLine} reads back the same: words with spaces or quotes in single quotes. */
export function formatCommandLine(argv: readonly string[]): string {
  return argv
    .map((word) => (word !== '' && /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`))
    .join(' ');
}
