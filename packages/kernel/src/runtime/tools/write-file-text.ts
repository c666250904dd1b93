import { ResultAsync } from 'neverthrow';
import type { ResolvedPath } from '../../access/types.js';
import { ioError } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { ToolContext } from './types.js';

/** Replaces a checked file's content (creating it and its parents), through the access manager's verified open. */
export function writeFileText(
  context: ToolContext,
  resolved: ResolvedPath,
  content: string,
): ResultAsync<number, KernelError> {
  return context.access
    .openPath(resolved, { write: true, truncate: true, createParents: true, context: context.audit })
    .andThen((handle) =>
      ResultAsync.fromPromise(
        (async () => {
          try {
            const data = Buffer.from(content, 'utf8');
            await handle.writeFile(data);
            return data.length;
          } finally {
            await handle.close();
          }
        })(),
        (cause) => ioError('write', resolved.requested, cause),
      ),
    );
}
