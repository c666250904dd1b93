import { err, ok, type Result } from 'neverthrow';
import { invalidArgument, notFound } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { decodeCursor, pageLimit, toPage, type Page, type PageOptions } from '../page.js';
import type { Store } from '../store.js';

/** Where a session stands. `interrupted` sessions can be resumed. */
export type SessionStatus = 'active' | 'completed' | 'interrupted' | 'failed';

/** A conversation between a user and Oxios. */
export interface SessionRecord {
  readonly id: string;
  readonly userId: string;
  readonly title: string | null;
  readonly personaId: string | null;
  /** The Ouroboros phase the session is in (`interview`, `seed`, `execute`, `evaluate`, `evolve`, `done`). */
  readonly phase: string;
  readonly status: SessionStatus;
  /** Why the session is interrupted or failed, for the user to read. */
  readonly statusReason: string | null;
  readonly activeSeedId: string | null;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A message in a session, in order (`seq` starts at 1). */
export interface MessageRecord {
  readonly id: string;
  readonly sessionId: string;
  readonly seq: number;
  readonly role: 'user' | 'assistant' | 'system' | 'tool';
  readonly content: string;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly createdAt: number;
}

/** Session ids are generated UUIDs or caller-chosen ids of this shape (no path characters). */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Fields that may change on an existing session. */
export type SessionUpdate = Partial<
  Pick<SessionRecord, 'title' | 'personaId' | 'phase' | 'status' | 'statusReason' | 'activeSeedId' | 'metadata'>
>;

interface SessionRow {
  id: string;
  user_id: string;
  title: string | null;
  persona_id: string | null;
  phase: string;
  status: SessionStatus;
  status_reason: string | null;
  active_seed_id: string | null;
  metadata: string;
  created_at: number;
  updated_at: number;
}

interface MessageRow {
  id: string;
  session_id: string;
  seq: number;
  role: MessageRecord['role'];
  content: string;
  metadata: string;
  created_at: number;
}

const toSession = (row: SessionRow): SessionRecord => ({
  id: row.id,
  userId: row.user_id,
  title: row.title,
  personaId: row.persona_id,
  phase: row.phase,
  status: row.status,
  statusReason: row.status_reason,
  activeSeedId: row.active_seed_id,
  metadata: JSON.parse(row.metadata) as Record<string, unknown>,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toMessage = (row: MessageRow): MessageRecord => ({
  id: row.id,
  sessionId: row.session_id,
  seq: row.seq,
  role: row.role,
  content: row.content,
  metadata: JSON.parse(row.metadata) as Record<string, unknown>,
  createdAt: row.created_at,
});

/** Validates a session id from outside (HTTP path, CLI argument). */
export function validateSessionId(id: string): Result<string, KernelError> {
  return SESSION_ID_PATTERN.test(id)
    ? ok(id)
    : err(invalidArgument('sessionId', 'expected 1–64 letters, digits, "_" or "-"'));
}

/** Sessions and their messages. */
export interface SessionRepository {
  create(input: {
    userId: string;
    id?: string;
    title?: string;
    personaId?: string;
    metadata?: Record<string, unknown>;
  }): Result<SessionRecord, KernelError>;
  get(id: string): Result<SessionRecord, KernelError>;
  list(options?: PageOptions & { userId?: string; status?: SessionStatus }): Result<Page<SessionRecord>, KernelError>;
  update(id: string, changes: SessionUpdate): Result<SessionRecord, KernelError>;
  /** Deletes the session and its messages; `not-found` when absent. */
  remove(id: string): Result<void, KernelError>;
  /** Appends a message with the next sequence number, in one transaction. */
  appendMessage(
    sessionId: string,
    message: { role: MessageRecord['role']; content: string; metadata?: Record<string, unknown> },
  ): Result<MessageRecord, KernelError>;
  /** Messages in order, after `afterSeq` (exclusive). */
  messages(
    sessionId: string,
    options?: { afterSeq?: number; limit?: number },
  ): Result<readonly MessageRecord[], KernelError>;
}

/** Creates the session repository over `store`. `now` is injectable for tests. */
export function createSessionRepository(store: Store, now: () => number = Date.now): SessionRepository {
  const get = (id: string): Result<SessionRecord, KernelError> =>
    store
      .attempt(
        'read session',
        () => store.statement('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined,
      )
      .andThen((row) => (row ? store.attempt('read session', () => toSession(row)) : err(notFound('session', id))));

  return {
    create(input) {
      const id = input.id ?? crypto.randomUUID();
      const valid = validateSessionId(id);
      if (valid.isErr()) return err(valid.error);
      const at = now();
      return store
        .attempt('create session', () =>
          store
            .statement(
              `INSERT INTO sessions (id, user_id, title, persona_id, metadata, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(
              id,
              input.userId,
              input.title ?? null,
              input.personaId ?? null,
              JSON.stringify(input.metadata ?? {}),
              at,
              at,
            ),
        )
        .andThen(() => get(id));
    },
    get,
    list(options = {}) {
      const limit = pageLimit(options.limit);
      if (limit.isErr()) return err(limit.error);
      const position = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
      if (position?.isErr()) return err(position.error);
      const [beforeAt, beforeId] = position?.isOk() ? position.value : [Number.MAX_SAFE_INTEGER, ''];
      return store.attempt('list sessions', () => {
        const rows = store
          .statement(
            `SELECT * FROM sessions
             WHERE (?1 IS NULL OR user_id = ?1) AND (?2 IS NULL OR status = ?2)
               AND (updated_at < ?3 OR (updated_at = ?3 AND (?4 = '' OR id < ?4)))
             ORDER BY updated_at DESC, id DESC LIMIT ?5`,
          )
          .all(
            options.userId ?? null,
            options.status ?? null,
            beforeAt,
            beforeId,
            limit.value + 1,
          ) as unknown as SessionRow[];
        return toPage(rows, limit.value, toSession, (session) => [session.updatedAt, session.id]);
      });
    },
    update(id, changes) {
      return get(id).andThen((current) => {
        const next = { ...current, ...changes, updatedAt: Math.max(now(), current.updatedAt) };
        return store
          .attempt('update session', () =>
            store
              .statement(
                `UPDATE sessions SET title = ?, persona_id = ?, phase = ?, status = ?, status_reason = ?,
                   active_seed_id = ?, metadata = ?, updated_at = ? WHERE id = ?`,
              )
              .run(
                next.title,
                next.personaId,
                next.phase,
                next.status,
                next.statusReason,
                next.activeSeedId,
                JSON.stringify(next.metadata),
                next.updatedAt,
                id,
              ),
          )
          .map(() => next);
      });
    },
    remove(id) {
      return store
        .attempt('delete session', () => store.statement('DELETE FROM sessions WHERE id = ?').run(id))
        .andThen((result) => (result.changes === 0 ? err(notFound('session', id)) : ok(undefined)));
    },
    appendMessage(sessionId, message) {
      return store.transaction('append message', () =>
        get(sessionId).andThen(() =>
          store.attempt('append message', () => {
            const at = now();
            const row = store
              .statement('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM messages WHERE session_id = ?')
              .get(sessionId) as { next: number };
            const record: MessageRecord = {
              id: crypto.randomUUID(),
              sessionId,
              seq: row.next,
              role: message.role,
              content: message.content,
              metadata: message.metadata ?? {},
              createdAt: at,
            };
            store
              .statement(
                'INSERT INTO messages (id, session_id, seq, role, content, metadata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
              )
              .run(record.id, sessionId, record.seq, record.role, record.content, JSON.stringify(record.metadata), at);
            store.statement('UPDATE sessions SET updated_at = MAX(updated_at, ?) WHERE id = ?').run(at, sessionId);
            return record;
          }),
        ),
      );
    },
    messages(sessionId, options = {}) {
      const limit = pageLimit(options.limit ?? 500);
      if (limit.isErr()) return err(limit.error);
      return get(sessionId).andThen(() =>
        store.attempt('list messages', () =>
          (
            store
              .statement('SELECT * FROM messages WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT ?')
              .all(sessionId, options.afterSeq ?? 0, limit.value) as unknown as MessageRow[]
          ).map(toMessage),
        ),
      );
    },
  };
}
