/** Most words a search uses; the rest are ignored. */
const MAX_TERMS = 32;

/**
 * Turns what a user or model typed into an FTS5 query that means exactly "all these words":
 * each whitespace-separated word becomes a quoted phrase (inner `"` doubled), so `AND`, `OR`,
 * `NOT`, `NEAR(…)`, `*`, `^`, `column:` filters, parentheses and quotes are text, never syntax.
 * Control characters separate words (SQLite ends a string at NUL, which would leave a quote
 * open). Words with no letter or digit are dropped. Returns `undefined` when nothing is left.
 */
export function toFtsQuery(input: string): string | undefined {
  const terms = input
    .normalize('NFKC')
    .replace(/\p{Cc}/gu, ' ')
    .split(/\s+/u)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_TERMS)
    .map((term) => `"${term.replaceAll('"', '""')}"`);
  return terms.length === 0 ? undefined : terms.join(' ');
}
