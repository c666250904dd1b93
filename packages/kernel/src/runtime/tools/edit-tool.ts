import { errAsync } from 'neverthrow';
import { z } from 'zod';
import { invalidArgument, notFound } from '../../errors/constructors.js';
import { checkPath } from './check-path.js';
import { defineTool } from './define-tool.js';
import { readFileText } from './read-file-text.js';
import type { RuntimeTool } from './types.js';
import { writeFileText } from './write-file-text.js';

const MAX_EDIT_BYTES = 16 * 1024 * 1024;

const EditArgumentsSchema = z.strictObject({
  path: z.string().min(1).max(4_096).describe('File to edit, relative to the workspace'),
  old_text: z.string().min(1).describe('Exact text to replace, whitespace and indentation included'),
  new_text: z.string().describe('Replacement text'),
  replace_all: z.boolean().optional().describe('Replace every occurrence instead of requiring exactly one'),
});

function occurrences(text: string, search: string): number {
  let count = 0;
  for (let index = text.indexOf(search); index !== -1; index = text.indexOf(search, index + search.length)) count += 1;
  return count;
}

/** `edit`: exact-match replacement in a workspace file; a missing or ambiguous match is a clear error. */
export function createEditTool(): RuntimeTool {
  return defineTool({
    name: 'edit',
    label: 'Edit file',
    description:
      'Replace an exact piece of text in a file. old_text must match exactly once (copy it from a read, ' +
      'whitespace included) unless replace_all is true.',
    schema: EditArgumentsSchema,
    summarize: (args) => `edit ${args.path}`,
    execute: (args, context) =>
      checkPath(context, args.path, 'write').andThen((resolved) =>
        readFileText(context, resolved, MAX_EDIT_BYTES).andThen((file) => {
          if (file.binary || file.partial) {
            return errAsync(invalidArgument('path', `${args.path} is binary or too large to edit`));
          }
          const count = occurrences(file.text, args.old_text);
          if (count === 0) {
            const error = notFound('text', args.old_text.slice(0, 80));
            return errAsync({
              ...error,
              message: `old_text was not found in ${args.path}. Read the file and copy the exact text, whitespace and indentation included.`,
            });
          }
          if (count > 1 && args.replace_all !== true) {
            return errAsync(
              invalidArgument(
                'old_text',
                `matches ${count} places in ${args.path}. Include more surrounding lines so it matches exactly one, or set replace_all to true.`,
              ),
            );
          }
          const updated =
            args.replace_all === true
              ? file.text.split(args.old_text).join(args.new_text)
              : file.text.replace(args.old_text, () => args.new_text);
          return writeFileText(context, resolved, updated).map(() => ({
            text: `Replaced ${count === 1 ? '1 occurrence' : `${count} occurrences`} in ${args.path}.`,
            details: { replacements: count },
          }));
        }),
      ),
  });
}
