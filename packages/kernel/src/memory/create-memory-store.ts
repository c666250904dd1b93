import { lstatSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import type { MemorySection } from '../config/sections/memory.js';
import { resolveUnderRoot } from '../content/resolve-under-root.js';
import { writeFileAtomic } from '../content/write-file-atomic.js';
import { invalidArgument, ioError, notFound } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { EventSink } from '../events/event-sink.js';
import { noopLogger, type Logger } from '../logger/logger.js';
import type { Store } from '../store/store.js';
import type { MemoryEvent } from './memory-events.js';
import { createMemoryIndex } from './memory-index.js';
import { validateMemoryNoteId } from './memory-note-id.js';
import { validateMemoryUserId } from './memory-user-id.js';
import { newNoteId } from './new-note-id.js';
import { readNoteFile, renderNoteFile } from './note-file.js';
import { reconcileMemoryIndex } from './reconcile-memory-index.js';
import type { MemoryNote } from './memory-schema.js';
import type { MemoryStore } from './types.js';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** OXIOS_HOME; notes live in `<home>/memory/<userId>/<id>.md`. */
  readonly home: string;
  readonly store: Store;
  readonly config: MemorySection;
  readonly bus?: EventSink<MemoryEvent>;
  readonly logger?: Logger;
  readonly now?: () => number;
}

const DAY_MS = 86_400_000;

/** Creates the memory store and makes `<home>/memory` when missing. */
export function createMemoryStore(options: MemoryStoreOptions): Result<MemoryStore, KernelError> {
  const root = join(options.home, 'memory');
  try {
    mkdirSync(root, { recursive: true, mode: 0o700 });
  } catch (cause) {
    return err(ioError('create', root, cause));
  }
  const { config } = options;
  const now = options.now ?? Date.now;
  const logger = (options.logger ?? noopLogger).child({ component: 'memory' });
  const index = createMemoryIndex(options.store);
  const userDir = (userId: string) => validateMemoryUserId(userId).andThen((valid) => resolveUnderRoot(root, [valid]));
  const noteFile = (userId: string, id: string) =>
    validateMemoryUserId(userId).andThen((user) =>
      validateMemoryNoteId(id).andThen((note) => resolveUnderRoot(root, [user, `${note}.md`])),
    );
  const remove = (userId: string, id: string): Result<void, KernelError> =>
    noteFile(userId, id).andThen((path) => {
      if (lstatSync(path, { throwIfNoEntry: false })?.isFile() !== true) return err(notFound('memory note', id));
      rmSync(path);
      return index.remove(userId, id).map(() => {
        options.bus?.publish({ type: 'memory-note-deleted', userId, noteId: id });
      });
    });

  const memory: MemoryStore = {
    write(userId, input) {
      if (Buffer.byteLength(input.content) > config.max_note_bytes) {
        return err(invalidArgument('content', `longer than ${config.max_note_bytes} bytes`));
      }
      const id = input.id ?? newNoteId(input.title);
      return userDir(userId)
        .andThen((dir) => {
          mkdirSync(dir, { recursive: true, mode: 0o700 });
          return noteFile(userId, id);
        })
        .andThen((path) => {
          const previous = readNoteFile(path, id, config.max_note_bytes);
          const at = now();
          const note: MemoryNote = {
            id,
            kind: input.kind,
            title: input.title,
            tags: input.tags ?? [],
            sessionId: input.sessionId ?? (previous.isOk() ? previous.value.note.sessionId : null),
            createdAt: previous.isOk() ? previous.value.note.createdAt : at,
            updatedAt: at,
            content: input.content.trim(),
          };
          return writeFileAtomic(path, renderNoteFile(note))
            .andThen(() => readNoteFile(path, id, config.max_note_bytes))
            .andThen((file) => index.upsert(userId, file.note, file.mtimeMs).map(() => file.note))
            .map((written) => {
              options.bus?.publish({ type: 'memory-note-written', userId, noteId: id, kind: note.kind });
              return written;
            });
        });
    },
    read(userId, id) {
      return noteFile(userId, id).andThen((path) =>
        readNoteFile(path, id, config.max_note_bytes).map((file) => file.note),
      );
    },
    search(userId, input) {
      return validateMemoryUserId(userId).andThen(() =>
        index.search(userId, input.query, input.kind, input.limit ?? config.search_limit),
      );
    },
    list(userId, listOptions = {}) {
      return validateMemoryUserId(userId).andThen(() => index.list(userId, listOptions.kind, listOptions.limit ?? 100));
    },
    remove,
    reindex() {
      return reconcileMemoryIndex(root, index, config.max_note_bytes, logger);
    },
    prune() {
      const retention = {
        fact: config.fact_retention_days,
        knowledge: config.knowledge_retention_days,
        episode: config.episode_retention_days,
      };
      return index.all().andThen((notes) => {
        let removed = 0;
        for (const note of notes) {
          const days = retention[note.kind];
          if (days === 0 || note.updatedAt >= now() - days * DAY_MS) continue;
          const result = remove(note.userId, note.id);
          if (result.isErr() && result.error.code !== 'not-found') return err(result.error);
          removed += 1;
        }
        return ok(removed);
      });
    },
  };
  return ok(memory);
}
