import { stringify } from 'yaml';

/**
 * Renders a markdown file with YAML frontmatter. Values are serialised by the YAML library, so a
 * description containing newlines or `---` stays one value and cannot add keys.
 */
export function renderFrontmatter(data: Readonly<Record<string, unknown>>, body: string): string {
  const defined = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
  const trimmed = body.replace(/^\s+/, '');
  return `---\n${stringify(defined, { lineWidth: 0 })}---\n\n${trimmed}${trimmed.endsWith('\n') ? '' : '\n'}`;
}
