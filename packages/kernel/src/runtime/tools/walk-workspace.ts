import { opendir } from 'node:fs/promises';
import { ResultAsync } from 'neverthrow';
import { ioError } from '../../errors/constructors.js';
import type { ResolvedPath } from '../../access/types.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { checkPath } from './check-path.js';
import type { ToolContext } from './types.js';

/** Directories skipped unless asked for: version control and dependency trees. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['.git', 'node_modules']);

/** Files found under a directory, as workspace-relative paths. */
export interface Walked {
  readonly files: readonly string[];
  /** True when a limit stopped the walk early. */
  readonly incomplete: boolean;
  /** Directories the path policy refused (each refusal is audited). */
  readonly deniedDirectories: number;
}

/** Limits of one walk. */
export interface WalkOptions {
  readonly maxFiles: number;
  readonly maxDirectories: number;
  readonly includeSkipped: boolean;
}

function join(parent: string, name: string): string {
  return parent === '' ? name : `${parent}/${name}`;
}

async function walk(context: ToolContext, start: ResolvedPath, options: WalkOptions): Promise<Walked> {
  const files: string[] = [];
  const queue: (string | ResolvedPath)[] = [start];
  let visited = 0;
  let deniedDirectories = 0;
  while (queue.length > 0 && files.length < options.maxFiles && visited < options.maxDirectories) {
    if (context.signal.aborted) break;
    const next = queue.shift() ?? start;
    // Every directory entered goes through the path policy (audited), so deny globs hold below it.
    const checked =
      typeof next === 'string'
        ? context.access.checkPath(context.subject, next, {
            workspaceRoot: context.workspaceRoot,
            operation: 'list',
            context: context.audit,
          })
        : context.access.recheckPath(next, context.audit);
    if (checked.isErr()) {
      deniedDirectories += 1;
      continue;
    }
    visited += 1;
    const base = checked.value.relative;
    const directory = await opendir(checked.value.path);
    for await (const entry of directory) {
      // Symlinks are never followed: their targets were not checked.
      if (entry.isDirectory()) {
        if (options.includeSkipped || !SKIPPED_DIRECTORIES.has(entry.name)) queue.push(join(base, entry.name));
      } else if (entry.isFile()) {
        files.push(join(base, entry.name));
        if (files.length >= options.maxFiles) break;
      }
    }
  }
  files.sort();
  return { files, incomplete: queue.length > 0 || files.length >= options.maxFiles, deniedDirectories };
}

/**
 * Lists the regular files under `start` (workspace-relative), breadth first: each directory is
 * checked by the path policy before it is read, symlinks are not followed, `.git` and
 * `node_modules` are skipped unless included, and the walk stops at the limits or on abort.
 */
export function walkWorkspace(
  context: ToolContext,
  start: string,
  options: WalkOptions,
): ResultAsync<Walked, KernelError> {
  return checkPath(context, start, 'list').andThen((resolved) =>
    ResultAsync.fromPromise(walk(context, resolved, options), (cause) => ioError('list', start, cause)),
  );
}
