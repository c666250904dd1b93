import type { Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type {
  MemoryKind,
  MemoryNote,
  MemoryNoteSummary,
  MemorySearchHit,
  MemorySearchInput,
  MemoryWriteInput,
} from './memory-schema.js';

/** What a reindex did. */
export interface ReindexReport {
  /** Notes (re)indexed because they were new or changed on disk. */
  readonly indexed: number;
  /** Index entries dropped because their file is gone or no longer valid. */
  readonly removed: number;
}

/**
 * Long-term memory: markdown notes under `$OXIOS_HOME/memory/<userId>/<id>.md`, indexed in
 * SQLite FTS5. Every operation is scoped to one user; a user never sees another's notes.
 */
export interface MemoryStore {
  /** Creates a note (or replaces `input.id`), writes the file atomically, then indexes it. */
  write(userId: string, input: MemoryWriteInput): Result<MemoryNote, KernelError>;
  read(userId: string, id: string): Result<MemoryNote, KernelError>;
  /** Notes containing every word of the query (matched literally), best first. */
  search(userId: string, input: MemorySearchInput): Result<readonly MemorySearchHit[], KernelError>;
  /** Notes, most recently updated first. */
  list(
    userId: string,
    options?: { kind?: MemoryKind; limit?: number },
  ): Result<readonly MemoryNoteSummary[], KernelError>;
  remove(userId: string, id: string): Result<void, KernelError>;
  /** Brings the index in line with the files (a user may edit, add or delete notes by hand). */
  reindex(): Result<ReindexReport, KernelError>;
  /** Deletes notes older than their kind's retention; returns how many. */
  prune(): Result<number, KernelError>;
}
