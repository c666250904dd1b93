/** A user's note was created or replaced. */
export interface MemoryNoteWrittenEvent {
  readonly type: 'memory-note-written';
  readonly userId: string;
  readonly noteId: string;
  readonly kind: string;
}

/** A user's note was deleted (by request or by retention). */
export interface MemoryNoteDeletedEvent {
  readonly type: 'memory-note-deleted';
  readonly userId: string;
  readonly noteId: string;
}

/** Every event the memory store publishes; each names its owner so streams can be filtered. */
export type MemoryEvent = MemoryNoteWrittenEvent | MemoryNoteDeletedEvent;
