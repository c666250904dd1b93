/**
 * A fast token estimate for budgeting (not billing): about four characters per token for
 * Latin text, one token per character for CJK and other wide scripts, at least one token.
 */
export function estimateTokens(text: string): number {
  if (text.length === 0) return 0;
  let wide = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code >= 0x2e80) wide += 1;
  }
  const narrow = text.length - wide;
  return Math.max(1, Math.ceil(narrow / 4) + wide);
}
