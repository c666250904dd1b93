import { parse, stringify } from 'smol-toml';
import { setDotted } from './dotted.js';

const HEADER = /^\s*\[\s*([A-Za-z0-9_.\- ]+?)\s*\]\s*(#.*)?$/;
const ARRAY_HEADER = /^\s*\[\[/;
const BARE_KEY = /^[A-Za-z0-9_-]+$/;

/** JSON with object keys sorted: equal for equal documents whatever their key order or prototypes. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** `value` as the right-hand side of a TOML assignment. */
function tomlValue(value: unknown): string {
  const line = stringify({ value }).trim();
  return line.slice(line.indexOf('=') + 1).trim();
}

/** Line-based edit keeping comments: replace `name = …` in `[table]`, or add it there. */
function editLines(text: string, table: string, name: string, value: unknown): string {
  const lines = text.split('\n');
  const assignment = `${name} = ${tomlValue(value)}`;
  const keyLine = new RegExp(`^\\s*${name.replace(/[-]/g, '\\-')}\\s*=`);
  let current = '';
  let headerIndex = table === '' ? -1 : undefined;
  let lastContent: number | undefined;
  for (const [index, line] of lines.entries()) {
    const header = HEADER.exec(line);
    if (header || ARRAY_HEADER.test(line)) {
      if (current === table && headerIndex !== undefined) break;
      current = header?.[1]?.replace(/\s+/g, '') ?? '\u0000';
      if (current === table) headerIndex = index;
      continue;
    }
    if (current !== table) continue;
    if (keyLine.test(line)) {
      lines[index] = `${line.match(/^\s*/)?.[0] ?? ''}${assignment}`;
      return lines.join('\n');
    }
    if (/^\s*[^#\s]/.test(line)) lastContent = index;
  }
  if (headerIndex === undefined) {
    const body = text.endsWith('\n') ? text : `${text}\n`;
    return `${body}\n[${table}]\n${assignment}\n`;
  }
  lines.splice((lastContent ?? headerIndex) + 1, 0, assignment);
  return lines.join('\n');
}

/**
 * Sets the dotted `key` to `value` in TOML `text`. Edits the one line (keeping every comment) when
 * that provably gives the intended document; otherwise (inline tables, multi-line values, quoted
 * keys) rewrites the document from its parsed form, which drops comments. Throws on invalid TOML.
 */
export function setTomlValue(text: string, key: string, value: unknown): { text: string; commentsKept: boolean } {
  const intended = setDotted(parse(text), key, value);
  const segments = key.split('.');
  if (segments.every((segment) => BARE_KEY.test(segment))) {
    const edited = editLines(text, segments.slice(0, -1).join('.'), segments.at(-1) ?? key, value);
    try {
      if (canonical(parse(edited)) === canonical(intended)) return { text: edited, commentsKept: true };
    } catch {
      // The line edit broke the document (e.g. a multi-line array): rewrite it instead.
    }
  }
  return { text: `${stringify(intended)}\n`, commentsKept: false };
}
