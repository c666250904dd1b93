import { lstatSync, readFileSync } from 'node:fs';
import { err, ok, type Result } from 'neverthrow';
import { parseFrontmatter } from '../content/parse-frontmatter.js';
import { validateContent } from '../content/validate-content.js';
import { contentInvalid, ioError, notFound, unsafeContent } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { MAX_SYSTEM_PROMPT_LENGTH, PersonaFrontmatterSchema, type Persona } from './persona-schema.js';

/** Reads and validates `path` (a persona file, never through a symlink) of persona `id`. */
export function readPersonaFile(path: string, id: string): Result<Persona, KernelError> {
  let text: string;
  try {
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (info === undefined) return err(notFound('persona', id));
    if (!info.isFile()) return err(unsafeContent(path, path, 'link', 'expected a regular file'));
    if (info.size > MAX_SYSTEM_PROMPT_LENGTH * 4 + 8192) {
      return err(unsafeContent(path, path, 'file-too-large', 'the persona file is too large'));
    }
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    return err(ioError('read', path, cause));
  }
  return parseFrontmatter(text, path).andThen(({ data, body }) =>
    validateContent(PersonaFrontmatterSchema, data, path).andThen((front) => {
      const systemPrompt = body.trim();
      if (systemPrompt === '')
        return err(contentInvalid(path, [{ path: '', message: 'the system prompt (body) is empty' }]));
      const { model, ...rest } = front;
      return ok({ id, ...rest, ...(model === undefined ? {} : { model }), systemPrompt });
    }),
  );
}
