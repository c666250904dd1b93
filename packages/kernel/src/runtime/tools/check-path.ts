import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import type { PathOperation, ResolvedPath } from '../../access/types.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { ToolContext } from './types.js';

/**
 * Runs the access manager's path policy (audited) for a path the model gave: resolved with
 * symlinks followed and confined to the workspace, or `path-denied`/`permission-denied`.
 */
export function checkPath(
  context: ToolContext,
  path: string,
  operation: PathOperation,
): ResultAsync<ResolvedPath, KernelError> {
  const checked = context.access.checkPath(context.subject, path, {
    workspaceRoot: context.workspaceRoot,
    operation,
    context: context.audit,
  });
  return checked.isOk() ? okAsync(checked.value) : errAsync(checked.error);
}
