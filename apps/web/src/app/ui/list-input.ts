/** A comma- or newline-separated list typed by a person, trimmed, without empty entries. */
export function parseList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A list as people type it. */
export function formatList(items: readonly string[]): string {
  return items.join(', ');
}
