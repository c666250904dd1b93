import { z } from 'zod';
import { TimestampSchema } from './common.js';

/** A path inside a session's workspace, as the caller gives it (the server's path policy decides). */
export const WorkspacePathSchema = z.string().max(4096);

/** `GET /api/sessions/:id/files?path=`: one folder of the workspace (default its root). */
export const FileTreeQuerySchema = z.strictObject({ path: WorkspacePathSchema.optional() });

/** One entry of a folder. Symlinks are shown, never followed. */
export const FileEntrySchema = z.object({
  name: z.string(),
  /** Relative to the workspace root, `/`-separated. */
  path: z.string(),
  type: z.enum(['file', 'directory', 'symlink', 'other']),
  size: z.number().int(),
  modifiedAt: TimestampSchema,
});
export type FileEntry = z.infer<typeof FileEntrySchema>;

/** A folder's entries, folders first, then by name. */
export const FileTreeSchema = z.object({ path: z.string(), entries: z.array(FileEntrySchema) });
export type FileTree = z.infer<typeof FileTreeSchema>;

/** `GET` and `PUT /api/sessions/:id/files/content?path=`. */
export const FileContentQuerySchema = z.strictObject({ path: WorkspacePathSchema.min(1) });

/** A file's content: UTF-8 text, or base64 when it is not valid UTF-8. */
export const FileContentSchema = z.object({
  path: z.string(),
  size: z.number().int(),
  encoding: z.enum(['utf-8', 'base64']),
  content: z.string(),
});
export type FileContent = z.infer<typeof FileContentSchema>;

/** `PUT /api/sessions/:id/files/content?path=`: the new content (replaces the file). */
export const WriteFileRequestSchema = z.strictObject({
  content: z.string(),
  encoding: z.enum(['utf-8', 'base64']).optional(),
});
export type WriteFileRequest = z.infer<typeof WriteFileRequestSchema>;

/** What a write left on disk. */
export const FileWrittenSchema = z.object({ path: z.string(), size: z.number().int() });
export type FileWritten = z.infer<typeof FileWrittenSchema>;
