import { err, ok, type Result } from 'neverthrow';
import { parse, YAMLParseError } from 'yaml';
import { contentInvalid } from '../errors/constructors.js';
import type { ContentInvalidError } from '../errors/kernel-error.js';

/** A markdown file split into its YAML frontmatter (parsed, not yet validated) and its body. */
export interface Frontmatter {
  /** The parsed YAML; `{}` when the file has no frontmatter. */
  readonly data: unknown;
  /** The text after the closing `---`, leading blank lines removed. */
  readonly body: string;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*\r?$/m;

/**
 * Splits `text` into YAML frontmatter and body. A file that does not start with `---` has no
 * frontmatter; an opening `---` without a closing one, or YAML that does not parse, is
 * `content-invalid`. YAML aliases are capped so a small file cannot expand into a huge value.
 */
export function parseFrontmatter(text: string, source: string): Result<Frontmatter, ContentInvalidError> {
  const opening = OPENING.exec(text);
  if (!opening) return ok({ data: {}, body: text.replace(/^\uFEFF/, '') });
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return err(contentInvalid(source, [{ path: '', message: 'frontmatter has no closing "---" line' }]));
  const yamlText = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length).replace(/^(?:[ \t]*\r?\n)+/, '');
  try {
    const data: unknown = parse(yamlText, { maxAliasCount: 50, prettyErrors: true });
    return ok({ data: data ?? {}, body });
  } catch (cause) {
    const message = cause instanceof YAMLParseError ? cause.message.split('\n')[0] : 'invalid YAML';
    return err(contentInvalid(source, [{ path: '', message: `frontmatter: ${message ?? 'invalid YAML'}` }]));
  }
}
