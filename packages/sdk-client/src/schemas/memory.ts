import { z } from 'zod';
import { TimestampSchema } from './common.js';

/** Kinds of notes: facts, knowledge (how-tos), episodes (what happened). */
export const MemoryKindSchema = z.enum(['fact', 'knowledge', 'episode']);
export type MemoryKind = z.infer<typeof MemoryKindSchema>;

/** A note as listed (without its content). */
export const MemoryNoteSummarySchema = z.object({
  id: z.string(),
  kind: MemoryKindSchema,
  title: z.string(),
  tags: z.array(z.string()),
  sessionId: z.string().nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type MemoryNoteSummary = z.infer<typeof MemoryNoteSummarySchema>;

/** A whole note. */
export const MemoryNoteSchema = MemoryNoteSummarySchema.extend({ content: z.string() });
export type MemoryNote = z.infer<typeof MemoryNoteSchema>;

/** A search result: the note and an excerpt with the matches in `[` `]`. */
export const MemorySearchHitSchema = MemoryNoteSummarySchema.extend({ snippet: z.string() });
export type MemorySearchHit = z.infer<typeof MemorySearchHitSchema>;

export const MemoryNoteListSchema = z.object({ items: z.array(MemoryNoteSummarySchema) });
export type MemoryNoteList = z.infer<typeof MemoryNoteListSchema>;
export const MemorySearchResultSchema = z.object({ items: z.array(MemorySearchHitSchema) });
export type MemorySearchResult = z.infer<typeof MemorySearchResultSchema>;

/** `GET /api/memory/notes` filters. */
export const MemoryListQuerySchema = z.strictObject({
  kind: MemoryKindSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export type MemoryListQuery = z.infer<typeof MemoryListQuerySchema>;

/** `GET /api/memory/search?q=`: every word must appear (matched literally). */
export const MemorySearchQuerySchema = z.strictObject({
  q: z.string().min(1).max(1000),
  kind: MemoryKindSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export type MemorySearchQuery = z.infer<typeof MemorySearchQuerySchema>;

/** `POST /api/memory/notes` (a new note) and `PUT /api/memory/notes/:id` (create or replace). */
export const WriteMemoryNoteRequestSchema = z.strictObject({
  kind: MemoryKindSchema,
  title: z.string().min(1).max(200),
  content: z.string().min(1).max(1_048_576),
  tags: z.array(z.string().min(1).max(64)).max(32).optional(),
});
export type WriteMemoryNoteRequest = z.infer<typeof WriteMemoryNoteRequestSchema>;
