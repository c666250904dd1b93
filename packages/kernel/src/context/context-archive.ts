import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { err, type Result } from 'neverthrow';
import { notFound } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { Store } from '../store/store.js';
import type { ContextEntry } from './types.js';

interface ArchiveRow {
  id: string;
  session_id: string;
  agent_id: string | null;
  tokens: number;
  content: Uint8Array;
  created_at: number;
  archived_at: number;
}

/** The archive tier: entries compressed (raw DEFLATE) in the store's `context_archive` table. */
export interface ContextArchive {
  put(entry: ContextEntry, at: number): Result<void, KernelError>;
  /** Reads and removes an archived entry (it moves back to a hot tier). */
  take(id: string): Result<Omit<ContextEntry, 'tier' | 'lastAccessedAt'>, KernelError>;
  has(id: string): Result<boolean, KernelError>;
  count(): Result<number, KernelError>;
  idsForSession(sessionId: string): Result<string[], KernelError>;
  remove(id: string): Result<void, KernelError>;
}

export function createContextArchive(store: Store): ContextArchive {
  return {
    put(entry, at) {
      return store
        .attempt('archive context entry', () =>
          store
            .statement(
              `INSERT OR REPLACE INTO context_archive (id, session_id, agent_id, tokens, content, created_at, archived_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(
              entry.id,
              entry.sessionId,
              entry.agentId,
              entry.tokens,
              deflateRawSync(Buffer.from(entry.content, 'utf8')),
              entry.createdAt,
              at,
            ),
        )
        .map(() => undefined);
    },
    take(id) {
      return store.transaction('restore context entry', () =>
        store
          .attempt(
            'read context archive',
            () => store.statement('SELECT * FROM context_archive WHERE id = ?').get(id) as ArchiveRow | undefined,
          )
          .andThen((row) => {
            if (!row) return err(notFound('context entry', id));
            return store.attempt('restore context entry', () => {
              const content = inflateRawSync(row.content).toString('utf8');
              store.statement('DELETE FROM context_archive WHERE id = ?').run(id);
              return {
                id: row.id,
                sessionId: row.session_id,
                agentId: row.agent_id,
                content,
                tokens: row.tokens,
                createdAt: row.created_at,
              };
            });
          }),
      );
    },
    has(id) {
      return store.attempt(
        'read context archive',
        () => store.statement('SELECT 1 FROM context_archive WHERE id = ?').get(id) !== undefined,
      );
    },
    count() {
      return store.attempt(
        'count context archive',
        () => (store.statement('SELECT COUNT(*) AS n FROM context_archive').get() as { n: number }).n,
      );
    },
    idsForSession(sessionId) {
      return store.attempt('list context archive', () =>
        (
          store.statement('SELECT id FROM context_archive WHERE session_id = ? ORDER BY created_at').all(sessionId) as {
            id: string;
          }[]
        ).map((row) => row.id),
      );
    },
    remove(id) {
      return store
        .attempt('delete context entry', () => store.statement('DELETE FROM context_archive WHERE id = ?').run(id))
        .map(() => undefined);
    },
  };
}
