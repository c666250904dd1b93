/** How the command parses its long options. */
export interface OptionSyntax {
  readonly abbreviations?: boolean | undefined;
  readonly underscores?: boolean | undefined;
}

/** A matched option and its value (attached, after `=`, or the next argument). */
export interface OptionMatch {
  readonly value: string | undefined;
}

/**
 * Whether `argument` is a use of the option spelled `spelling` (see OptionRule for the
 * spellings). Deliberately over-approximates: a one-letter option matches any single-dash bundle
 * containing the letter, and with `abbreviations` any prefix of a long option matches.
 */
export function matchOption(
  spelling: string,
  argument: string,
  next: string | undefined,
  syntax: OptionSyntax,
): OptionMatch | undefined {
  if (spelling.startsWith('--') && spelling.length > 2) {
    if (!argument.startsWith('--') || argument.length === 2) return undefined;
    const equals = argument.indexOf('=');
    let name = equals < 0 ? argument : argument.slice(0, equals);
    if (syntax.underscores === true) name = name.replaceAll('_', '-');
    const abbreviated = syntax.abbreviations === true && name.length > 2 && spelling.startsWith(name);
    if (name !== spelling && !abbreviated) return undefined;
    return { value: equals < 0 ? next : argument.slice(equals + 1) };
  }
  if (/^-[^-]$/.test(spelling)) {
    if (!argument.startsWith('-') || argument.startsWith('--') || argument.length < 2) return undefined;
    const position = argument.indexOf(spelling.charAt(1), 1);
    if (position < 0) return undefined;
    const rest = argument.slice(position + 1);
    return { value: rest === '' ? next : rest };
  }
  return argument === spelling ? { value: next } : undefined;
}
