import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { ioError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { Logger } from '../logger/logger.js';
import type { MemoryIndex } from './memory-index.js';
import { MEMORY_NOTE_ID_RULE } from './memory-note-id.js';
import { MEMORY_USER_ID_RULE } from './memory-user-id.js';
import { readNoteFile } from './note-file.js';
import type { ReindexReport } from './types.js';

function noteFiles(root: string): Map<string, { userId: string; id: string; path: string }> {
  const found = new Map<string, { userId: string; id: string; path: string }>();
  for (const user of readdirSync(root, { withFileTypes: true })) {
    // Dirents are not followed: a symlinked user folder or note is never read.
    if (!user.isDirectory() || !MEMORY_USER_ID_RULE.test(user.name)) continue;
    for (const file of readdirSync(join(root, user.name), { withFileTypes: true })) {
      const id = file.name.slice(0, -3);
      if (!file.isFile() || !file.name.endsWith('.md') || !MEMORY_NOTE_ID_RULE.test(id)) continue;
      found.set(`${user.name}/${id}`, { userId: user.name, id, path: join(root, user.name, file.name) });
    }
  }
  return found;
}

/**
 * Re-indexes every note file that is new or whose modification time changed, and drops index
 * entries whose file is gone or invalid (invalid files are logged and left on disk).
 */
export function reconcileMemoryIndex(
  root: string,
  index: MemoryIndex,
  maxNoteBytes: number,
  logger: Logger,
): Result<ReindexReport, KernelError> {
  let files: ReturnType<typeof noteFiles>;
  try {
    files = noteFiles(root);
  } catch (cause) {
    return err(ioError('list', root, cause));
  }
  const indexed = index.all();
  if (indexed.isErr()) return err(indexed.error);
  const known = new Map(indexed.value.map((note) => [`${note.userId}/${note.id}`, note]));
  const report = { indexed: 0, removed: 0 };
  for (const [key, file] of files) {
    const mtimeMs = Math.trunc(lstatSync(file.path).mtimeMs);
    if (known.get(key)?.fileMtimeMs === mtimeMs) continue;
    const read = readNoteFile(file.path, file.id, maxNoteBytes);
    if (read.isErr()) {
      logger.warn({ note: key, err: read.error }, 'skipping an invalid memory note');
      files.delete(key);
      continue;
    }
    const upserted = index.upsert(file.userId, read.value.note, read.value.mtimeMs);
    if (upserted.isErr()) return err(upserted.error);
    report.indexed += 1;
  }
  for (const [key, note] of known) {
    if (files.has(key)) continue;
    const removed = index.remove(note.userId, note.id);
    if (removed.isErr()) return err(removed.error);
    report.removed += 1;
  }
  return ok(report);
}
