import { stat } from 'node:fs/promises';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { z } from 'zod';
import { invalidArgument, ioError } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { checkPath } from './check-path.js';
import { defineTool } from './define-tool.js';
import { globToRegExp } from './glob-to-regexp.js';
import { readFileText } from './read-file-text.js';
import type { RuntimeTool, ToolContext } from './types.js';
import { walkWorkspace } from './walk-workspace.js';

const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_FILES = 5_000;
const MAX_LINE_LENGTH = 500;

const GrepArgumentsSchema = z.strictObject({
  pattern: z.string().min(1).max(1_000).describe('JavaScript regular expression to search for'),
  path: z.string().min(1).max(4_096).optional().describe('File or directory to search, relative to the workspace'),
  glob: z.string().min(1).max(1_000).optional().describe('Only files matching this glob, e.g. "*.ts"'),
  ignore_case: z.boolean().optional(),
  max_matches: z.number().int().min(1).max(5_000).optional().describe('Most matching lines to return. Default 200'),
  include_ignored: z.boolean().optional().describe('Also search .git and node_modules'),
});

type GrepArguments = z.infer<typeof GrepArgumentsSchema>;

async function search(
  context: ToolContext,
  files: readonly string[],
  expression: RegExp,
  limit: number,
): Promise<{ lines: string[]; total: number }> {
  const lines: string[] = [];
  let total = 0;
  for (const file of files) {
    if (context.signal.aborted || lines.length >= limit) break;
    // Each file read goes through the path policy and a verified open (both audited on denial).
    const text = await checkPath(context, file, 'read').andThen((resolved) =>
      readFileText(context, resolved, MAX_FILE_BYTES),
    );
    if (text.isErr() || text.value.binary) continue;
    const content = text.value.text.split('\n');
    for (let index = 0; index < content.length; index += 1) {
      const line = content[index] ?? '';
      if (!expression.test(line)) continue;
      total += 1;
      if (lines.length < limit) {
        const shown = line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH)}…` : line;
        lines.push(`${file}:${index + 1}: ${shown}`);
      }
    }
  }
  return { lines, total };
}

function grep(args: GrepArguments, context: ToolContext, expression: RegExp) {
  const path = args.path ?? '.';
  const fileFilter = args.glob === undefined ? undefined : globToRegExp(args.glob);
  const files: ResultAsync<{ files: readonly string[]; incomplete: boolean }, KernelError> = checkPath(
    context,
    path,
    'read',
  ).andThen((resolved) =>
    ResultAsync.fromPromise(stat(resolved.path), (cause) => ioError('stat', path, cause)).andThen((stats) =>
      stats.isDirectory()
        ? walkWorkspace(context, path, {
            maxFiles: MAX_FILES,
            maxDirectories: 20_000,
            includeSkipped: args.include_ignored === true,
          })
        : okAsync({ files: [resolved.relative], incomplete: false }),
    ),
  );
  return files.andThen((found) => {
    const selected = fileFilter ? found.files.filter((file) => fileFilter.test(file)) : found.files;
    return ResultAsync.fromSafePromise(search(context, selected, expression, args.max_matches ?? 200)).map(
      ({ lines, total }) => {
        const notes = [
          total > lines.length ? `[… ${total - lines.length} more matching lines]` : '',
          found.incomplete ? `[only the first ${MAX_FILES} files were searched; narrow path or glob]` : '',
        ].filter((note) => note !== '');
        const body = lines.length === 0 ? `No matches for /${args.pattern}/.` : lines.join('\n');
        return { text: [body, ...notes].join('\n'), details: { matches: total } };
      },
    );
  });
}

/** `grep`: lines matching a regular expression in workspace files. */
export function createGrepTool(): RuntimeTool {
  return defineTool({
    name: 'grep',
    label: 'Search files',
    description:
      'Search workspace files for a regular expression; prints "path:line: text". Binary files, .git and ' +
      'node_modules are skipped unless include_ignored is true.',
    schema: GrepArgumentsSchema,
    summarize: (args) => `grep /${args.pattern}/${args.path === undefined ? '' : ` in ${args.path}`}`,
    execute: (args, context) => {
      let expression: RegExp;
      try {
        expression = new RegExp(args.pattern, args.ignore_case === true ? 'i' : '');
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return errAsync(invalidArgument('pattern', reason));
      }
      return grep(args, context, expression);
    },
  });
}
