/**
 * Replaces what differs between two otherwise identical runs — the OXIOS_HOME path, session and
 * other UUIDs, seed and container ids, timestamps — with placeholders, so the output of the same
 * command in two modes (or two homes) can be compared byte for byte.
 */
export function normalize(text: string, homes: readonly string[]): string {
  let result = text;
  for (const home of homes) result = result.replaceAll(home, '<home>');
  return result
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/\bseed_[0-9a-f]+\b/g, '<seed>')
    .replace(/\bac_[0-9a-f]+\b/g, '<criterion>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, '<time>')
    .replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/g, '<time>');
}
