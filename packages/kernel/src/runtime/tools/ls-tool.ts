import { readdir } from 'node:fs/promises';
import { ResultAsync } from 'neverthrow';
import { z } from 'zod';
import { ioError } from '../../errors/constructors.js';
import { checkPath } from './check-path.js';
import { defineTool } from './define-tool.js';
import type { RuntimeTool } from './types.js';

const MAX_ENTRIES = 2_000;

const LsArgumentsSchema = z.strictObject({
  path: z.string().min(1).max(4_096).optional().describe('Directory to list, relative to the workspace. Default "."'),
});

/** `ls`: the entries of a workspace directory (directories end in `/`, symlinks in `@`). */
export function createLsTool(): RuntimeTool {
  return defineTool({
    name: 'ls',
    label: 'List directory',
    description: 'List a directory of the workspace. Directories end with "/", symbolic links with "@".',
    schema: LsArgumentsSchema,
    summarize: (args) => `ls ${args.path ?? '.'}`,
    execute: (args, context) => {
      const path = args.path ?? '.';
      return checkPath(context, path, 'list')
        .andThen((resolved) =>
          // Re-resolved right before reading: a symlink swapped in since the check is refused.
          context.access
            .recheckPath(resolved, context.audit)
            .asyncAndThen((again) =>
              ResultAsync.fromPromise(readdir(again.path, { withFileTypes: true }), (cause) =>
                ioError('list', path, cause),
              ),
            ),
        )
        .map((entries) => {
          const names = entries
            .map((entry) => `${entry.name}${entry.isDirectory() ? '/' : entry.isSymbolicLink() ? '@' : ''}`)
            .sort();
          const shown = names.slice(0, MAX_ENTRIES);
          const more = names.length > shown.length ? `\n[… ${names.length - shown.length} more entries]` : '';
          return {
            text: shown.length === 0 ? `${path} is empty.` : `${shown.join('\n')}${more}`,
            details: { entries: names.length },
          };
        });
    },
  });
}
