import { z } from 'zod';
import { MEMORY_NOTE_ID_RULE } from './memory-note-id.js';

/** Kinds of long-term notes: facts (about the user or the world), knowledge (how-tos), episodes (what happened). */
export const MEMORY_KINDS = ['fact', 'knowledge', 'episode'] as const;
/** A kind of note. */
export type MemoryKind = (typeof MEMORY_KINDS)[number];

const tags = z.array(z.string().min(1).max(64)).max(32);
const noteId = z.string().regex(MEMORY_NOTE_ID_RULE.pattern, MEMORY_NOTE_ID_RULE.description);

/** The frontmatter of a note file; the body is its content. A user may edit the file. */
export const MemoryNoteFrontmatterSchema = z.strictObject({
  title: z.string().min(1).max(200),
  kind: z.enum(MEMORY_KINDS),
  tags: tags.default([]),
  session: z.string().max(64).optional(),
  created: z.iso.datetime(),
  updated: z.iso.datetime(),
});

/** Arguments of the `memory_write` tool (and of a write through the API). */
export const MemoryWriteArgsSchema = z.strictObject({
  kind: z.enum(MEMORY_KINDS).describe('fact, knowledge or episode'),
  title: z.string().min(1).max(200).describe('A short title'),
  content: z.string().min(1).describe('The note, in markdown'),
  tags: tags.optional().describe('Keywords that help find the note later'),
  id: noteId.optional().describe('Id of an existing note to replace; omit to create a new note'),
});

/** Arguments of the `memory_search` tool. */
export const MemorySearchArgsSchema = z.strictObject({
  query: z.string().min(1).max(1000).describe('Words to look for; matched literally, all words must appear'),
  kind: z.enum(MEMORY_KINDS).optional().describe('Only notes of this kind'),
  limit: z.int().min(1).max(100).optional().describe('Most results to return'),
});

/** Arguments of the `memory_read` tool. */
export const MemoryReadArgsSchema = z.strictObject({
  id: noteId.describe('The id of the note, as returned by memory_search or memory_write'),
});

/** Input of a write. */
export type MemoryWriteInput = z.infer<typeof MemoryWriteArgsSchema> & { readonly sessionId?: string };
/** Input of a search. */
export type MemorySearchInput = z.infer<typeof MemorySearchArgsSchema>;

/** A note as listed (without its content). */
export interface MemoryNoteSummary {
  readonly id: string;
  readonly kind: MemoryKind;
  readonly title: string;
  readonly tags: readonly string[];
  readonly sessionId: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A whole note. */
export interface MemoryNote extends MemoryNoteSummary {
  readonly content: string;
}

/** One search result: the note and a short excerpt with the matches in `[` `]`. */
export interface MemorySearchHit extends MemoryNoteSummary {
  readonly snippet: string;
}
