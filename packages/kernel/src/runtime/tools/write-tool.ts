import { z } from 'zod';
import { checkPath } from './check-path.js';
import { defineTool } from './define-tool.js';
import type { RuntimeTool } from './types.js';
import { writeFileText } from './write-file-text.js';

const WriteArgumentsSchema = z.strictObject({
  path: z.string().min(1).max(4_096).describe('File to write, relative to the workspace'),
  content: z
    .string()
    .max(10 * 1024 * 1024)
    .describe('The complete new content of the file'),
});

/** `write`: creates or replaces a file in the workspace (parents created). */
export function createWriteTool(): RuntimeTool {
  return defineTool({
    name: 'write',
    label: 'Write file',
    description:
      'Create or overwrite a file in the workspace with the given content. Missing parent directories are created.',
    schema: WriteArgumentsSchema,
    summarize: (args) => `write ${args.path}`,
    execute: (args, context) =>
      checkPath(context, args.path, 'write')
        .andThen((resolved) => writeFileText(context, resolved, args.content))
        .map((bytes) => ({ text: `Wrote ${bytes} bytes to ${args.path}.`, details: { bytes } })),
  });
}
