/** A compiled list of `require_approval` patterns. */
export interface WildcardSet {
  /** True when any pattern matches the `action:resource` key. */
  matches(key: string): boolean;
}

// Classic wildcard matching with one backtrack point: O(pattern × text), never exponential,
// unlike a regex with several `.*` (the text is a command line an agent chose).
function wildcardMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === text[t]) {
      p += 1;
      t += 1;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p;
      resume = t;
      p += 1;
    } else if (star !== -1) {
      p = star + 1;
      resume += 1;
      t = resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p += 1;
  return p === pattern.length;
}

/**
 * Compiles approval patterns: `action` (any resource) or `action:resource`, where `*` matches any
 * text, `/` and `:` included, and everything else is literal. `host-exec:*` matches every host
 * command, `host-exec:git *` every git invocation, `use-tool:bash` one tool.
 */
export function compileWildcards(patterns: readonly string[]): WildcardSet {
  const full = patterns.map((pattern) => (pattern.includes(':') ? pattern : `${pattern}:*`));
  return { matches: (key) => full.some((pattern) => wildcardMatch(pattern, key)) };
}
