import { errAsync } from 'neverthrow';
import { z } from 'zod';
import { invalidArgument } from '../../errors/constructors.js';
import { defineTool } from './define-tool.js';
import { globToRegExp } from './glob-to-regexp.js';
import type { RuntimeTool } from './types.js';
import { walkWorkspace } from './walk-workspace.js';

const FindArgumentsSchema = z.strictObject({
  pattern: z.string().min(1).max(1_000).describe('Glob such as "*.ts", "src/**/*.test.ts" or "**/README.md"'),
  path: z.string().min(1).max(4_096).optional().describe('Directory to search, relative to the workspace. Default "."'),
  max_results: z.number().int().min(1).max(5_000).optional().describe('Most paths to return. Default 500'),
  include_ignored: z.boolean().optional().describe('Also search .git and node_modules'),
});

/** `find`: workspace files whose path matches a glob. */
export function createFindTool(): RuntimeTool {
  return defineTool({
    name: 'find',
    label: 'Find files',
    description:
      'Find files in the workspace by glob. A pattern without "/" matches file names anywhere; .git and ' +
      'node_modules are skipped unless include_ignored is true.',
    schema: FindArgumentsSchema,
    summarize: (args) => `find ${args.pattern}${args.path === undefined ? '' : ` in ${args.path}`}`,
    execute: (args, context) => {
      let matcher: RegExp;
      try {
        matcher = globToRegExp(args.pattern);
      } catch {
        return errAsync(invalidArgument('pattern', `"${args.pattern}" is not a valid glob`));
      }
      const limit = args.max_results ?? 500;
      return walkWorkspace(context, args.path ?? '.', {
        maxFiles: 100_000,
        maxDirectories: 20_000,
        includeSkipped: args.include_ignored === true,
      }).map((walked) => {
        const matches = walked.files.filter((file) => matcher.test(file));
        const shown = matches.slice(0, limit);
        const notes = [
          matches.length > shown.length ? `[… ${matches.length - shown.length} more matches]` : '',
          walked.incomplete ? '[the search stopped at its limits; narrow path or pattern]' : '',
        ].filter((note) => note !== '');
        const body = shown.length === 0 ? `No files match ${args.pattern}.` : shown.join('\n');
        return { text: [body, ...notes].join('\n'), details: { matches: matches.length } };
      });
    },
  });
}
