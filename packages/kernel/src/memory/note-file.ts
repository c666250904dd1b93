import { lstatSync, readFileSync } from 'node:fs';
import { err, ok, type Result } from 'neverthrow';
import { parseFrontmatter } from '../content/parse-frontmatter.js';
import { renderFrontmatter } from '../content/render-frontmatter.js';
import { validateContent } from '../content/validate-content.js';
import { ioError, notFound, unsafeContent } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { MemoryNoteFrontmatterSchema, type MemoryNote } from './memory-schema.js';

/** A note file read from disk with the modification time it was read at. */
export interface NoteFile {
  readonly note: MemoryNote;
  readonly mtimeMs: number;
}

/** Reads and validates a note file (never through a symlink); `maxBytes` caps its size. */
export function readNoteFile(path: string, id: string, maxBytes: number): Result<NoteFile, KernelError> {
  let text: string;
  let mtimeMs: number;
  try {
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (info === undefined) return err(notFound('memory note', id));
    if (!info.isFile()) return err(unsafeContent(path, path, 'link', 'expected a regular file'));
    if (info.size > maxBytes + 4096)
      return err(unsafeContent(path, path, 'file-too-large', `larger than ${maxBytes} bytes`));
    text = readFileSync(path, 'utf8');
    mtimeMs = Math.trunc(info.mtimeMs);
  } catch (cause) {
    return err(ioError('read', path, cause));
  }
  return parseFrontmatter(text, path).andThen(({ data, body }) =>
    validateContent(MemoryNoteFrontmatterSchema, data, path).andThen((front) =>
      ok({
        mtimeMs,
        note: {
          id,
          kind: front.kind,
          title: front.title,
          tags: front.tags,
          sessionId: front.session ?? null,
          createdAt: Date.parse(front.created),
          updatedAt: Date.parse(front.updated),
          content: body.trim(),
        },
      }),
    ),
  );
}

/** The text of a note file: frontmatter (title, kind, tags, session, created, updated) and content. */
export function renderNoteFile(note: MemoryNote): string {
  return renderFrontmatter(
    {
      title: note.title,
      kind: note.kind,
      tags: note.tags,
      session: note.sessionId ?? undefined,
      created: new Date(note.createdAt).toISOString(),
      updated: new Date(note.updatedAt).toISOString(),
    },
    note.content,
  );
}
