/** The code in a markdown document: fenced blocks and inline code spans, as separate snippets. */
export function codeSnippets(markdown: string): string[] {
  const snippets: string[] = [];
  const prose = markdown.replace(/^```[^\n]*\n([\s\S]*?)^```$/gm, (_whole, block: string) => {
    snippets.push(block);
    return '';
  });
  for (const match of prose.matchAll(/`([^`\n]+)`/g)) if (match[1]) snippets.push(match[1]);
  return snippets;
}

/** The text of the `## title` section (up to the next `## `). */
export function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`no "## ${title}" section`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** The first cell of every body row of the markdown tables in `text`, code quotes removed. */
export function firstColumn(text: string): string[] {
  const cells: string[] = [];
  for (const line of text.split('\n')) {
    const cell = /^\|\s*([^|]+?)\s*\|/.exec(line)?.[1];
    if (!cell || /^-+$/.test(cell)) continue;
    const code = /^`([^`]+)`$/.exec(cell)?.[1];
    if (code) cells.push(code);
  }
  return cells;
}

/** Relative link targets (`[text](../path#anchor)` → `../path`), without in-page anchors. */
export function relativeLinks(markdown: string): string[] {
  const targets: string[] = [];
  for (const match of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1]?.split('#')[0];
    if (target && !/^[a-z]+:/.test(target)) targets.push(target);
  }
  return targets;
}
