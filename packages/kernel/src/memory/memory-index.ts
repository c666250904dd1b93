import { ok, type Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { Store } from '../store/store.js';
import type { MemoryKind, MemoryNote, MemoryNoteSummary, MemorySearchHit } from './memory-schema.js';
import { toFtsQuery } from './to-fts-query.js';

interface NoteRow {
  seq: number;
  user_id: string;
  id: string;
  kind: MemoryKind;
  title: string;
  tags: string;
  session_id: string | null;
  file_mtime_ms: number;
  created_at: number;
  updated_at: number;
}

const toSummary = (row: NoteRow): MemoryNoteSummary => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  tags: JSON.parse(row.tags) as string[],
  sessionId: row.session_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** An indexed note: who owns it and the file modification time it was indexed at. */
export interface IndexedNote {
  readonly userId: string;
  readonly id: string;
  readonly kind: MemoryKind;
  readonly updatedAt: number;
  readonly fileMtimeMs: number;
}

/** The SQLite side of memory: note metadata plus an FTS5 index over title, body and tags. */
export interface MemoryIndex {
  upsert(userId: string, note: MemoryNote, fileMtimeMs: number): Result<void, KernelError>;
  remove(userId: string, id: string): Result<void, KernelError>;
  get(userId: string, id: string): Result<MemoryNoteSummary | undefined, KernelError>;
  list(userId: string, kind: MemoryKind | undefined, limit: number): Result<MemoryNoteSummary[], KernelError>;
  search(
    userId: string,
    query: string,
    kind: MemoryKind | undefined,
    limit: number,
  ): Result<MemorySearchHit[], KernelError>;
  all(): Result<IndexedNote[], KernelError>;
}

/** Creates the memory index over `store` (tables from migration 002). */
export function createMemoryIndex(store: Store): MemoryIndex {
  const seqOf = (userId: string, id: string) =>
    (
      store.statement('SELECT seq FROM memory_notes WHERE user_id = ? AND id = ?').get(userId, id) as
        { seq: number } | undefined
    )?.seq;
  return {
    upsert(userId, note, fileMtimeMs) {
      return store.transaction('index memory note', () =>
        store.attempt('index memory note', () => {
          const tags = note.tags.join(' ');
          const existing = seqOf(userId, note.id);
          const values = [
            note.kind,
            note.title,
            JSON.stringify(note.tags),
            note.sessionId,
            fileMtimeMs,
            note.createdAt,
            note.updatedAt,
          ] as const;
          if (existing === undefined) {
            const inserted = store
              .statement(
                `INSERT INTO memory_notes (user_id, id, kind, title, tags, session_id, file_mtime_ms, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
              )
              .run(userId, note.id, ...values);
            store
              .statement('INSERT INTO memory_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)')
              .run(inserted.lastInsertRowid, note.title, note.content, tags);
          } else {
            store
              .statement(
                `UPDATE memory_notes SET kind = ?, title = ?, tags = ?, session_id = ?, file_mtime_ms = ?, created_at = ?,
                 updated_at = ? WHERE seq = ?`,
              )
              .run(...values, existing);
            store
              .statement('UPDATE memory_fts SET title = ?, body = ?, tags = ? WHERE rowid = ?')
              .run(note.title, note.content, tags, existing);
          }
        }),
      );
    },
    remove(userId, id) {
      return store.transaction('unindex memory note', () =>
        store.attempt('unindex memory note', () => {
          const existing = seqOf(userId, id);
          if (existing === undefined) return;
          store.statement('DELETE FROM memory_fts WHERE rowid = ?').run(existing);
          store.statement('DELETE FROM memory_notes WHERE seq = ?').run(existing);
        }),
      );
    },
    get(userId, id) {
      return store.attempt('read memory note', () => {
        const row = store.statement('SELECT * FROM memory_notes WHERE user_id = ? AND id = ?').get(userId, id) as
          NoteRow | undefined;
        return row === undefined ? undefined : toSummary(row);
      });
    },
    list(userId, kind, limit) {
      return store.attempt('list memory notes', () =>
        (
          store
            .statement(
              'SELECT * FROM memory_notes WHERE user_id = ? AND (?2 IS NULL OR kind = ?2) ORDER BY updated_at DESC, id LIMIT ?3',
            )
            .all(userId, kind ?? null, limit) as unknown as NoteRow[]
        ).map(toSummary),
      );
    },
    search(userId, query, kind, limit) {
      const match = toFtsQuery(query);
      if (match === undefined) return ok([]);
      return store.attempt('search memory', () =>
        (
          store
            .statement(
              `SELECT n.*, snippet(memory_fts, 1, '[', ']', '…', 16) AS snippet
               FROM memory_fts JOIN memory_notes n ON n.seq = memory_fts.rowid
               WHERE memory_fts MATCH ?1 AND n.user_id = ?2 AND (?3 IS NULL OR n.kind = ?3)
               ORDER BY bm25(memory_fts, 4.0, 1.0, 2.0), n.updated_at DESC LIMIT ?4`,
            )
            .all(match, userId, kind ?? null, limit) as unknown as (NoteRow & { snippet: string })[]
        ).map((row) => ({ ...toSummary(row), snippet: row.snippet })),
      );
    },
    all() {
      return store.attempt('list memory index', () =>
        (
          store
            .statement('SELECT user_id, id, kind, updated_at, file_mtime_ms FROM memory_notes')
            .all() as unknown as NoteRow[]
        ).map((row) => ({
          userId: row.user_id,
          id: row.id,
          kind: row.kind,
          updatedAt: row.updated_at,
          fileMtimeMs: row.file_mtime_ms,
        })),
      );
    },
  };
}
