import { okAsync } from 'neverthrow';
import { z } from 'zod';
import { checkPath } from './check-path.js';
import { defineTool } from './define-tool.js';
import { readFileText } from './read-file-text.js';
import type { RuntimeTool } from './types.js';

const MAX_READ_BYTES = 16 * 1024 * 1024;

const ReadArgumentsSchema = z.strictObject({
  path: z.string().min(1).max(4_096).describe('File to read, relative to the workspace'),
  offset: z.number().int().min(1).optional().describe('First line to return (1-based). Default 1'),
  limit: z.number().int().min(1).max(1_000_000).optional().describe('Number of lines to return. Default: all'),
});

/** `read`: a text file of the workspace, optionally a range of lines. */
export function createReadTool(): RuntimeTool {
  return defineTool({
    name: 'read',
    label: 'Read file',
    description:
      'Read a text file in the workspace. Long files are cut with a note; use offset and limit (lines) to read a range.',
    schema: ReadArgumentsSchema,
    summarize: (args) => `read ${args.path}`,
    execute: (args, context) =>
      checkPath(context, args.path, 'read')
        .andThen((resolved) => readFileText(context, resolved, MAX_READ_BYTES))
        .andThen((file) => {
          if (file.binary) return okAsync({ text: `${args.path} is a binary file (${file.bytes} bytes).` });
          if (args.offset === undefined && args.limit === undefined) {
            return okAsync({ text: file.text, details: { bytes: file.bytes } });
          }
          const lines = file.text.split('\n');
          const first = (args.offset ?? 1) - 1;
          const selected = lines.slice(first, args.limit === undefined ? undefined : first + args.limit);
          const last = first + selected.length;
          const header = `[lines ${first + 1}–${last} of ${lines.length}]\n`;
          return okAsync({ text: header + selected.join('\n'), details: { bytes: file.bytes } });
        }),
  });
}
