import { realpathSync } from 'node:fs';
import { isAbsolute, normalize } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { pathDenied } from '../errors/constructors.js';
import type { PathDeniedError } from '../errors/kernel-error.js';
import { normalizeRequestedPath } from './normalize-requested-path.js';
import type { PathPolicy } from './path-policy.js';
import { printable } from './printable.js';
import { resolveRealPath } from './resolve-real-path.js';
import type { PathOperation, ResolvedPath, Subject } from './types.js';

/** Input of {@link resolveWorkspacePath}. */
export interface WorkspacePathRequest {
  readonly subject: Subject;
  /** As the caller gave it: relative to the workspace, or absolute inside it. */
  readonly requested: string;
  /** Absolute path of the workspace: the hard boundary. Never derive it from agent input. */
  readonly workspaceRoot: string;
  readonly operation: PathOperation;
  /** Real path of OXIOS_HOME; nothing in it is reachable unless the workspace itself lies inside it. */
  readonly home: string | undefined;
  /** The subject's policy; `undefined` for `system`, which is only held to the hard rules. */
  readonly policy: PathPolicy | undefined;
}

/** True when `path` is `root` or below it (both real, normalised). */
export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root === '/' ? '/' : `${root}/`);
}

/** Real path of `path`, or `undefined` when it cannot be resolved. */
export function realPathOf(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/**
 * Decides a path without auditing: lexical screening, symlink resolution, confinement to the
 * real workspace root, the OXIOS_HOME rule, no writing or deleting the root itself, then the
 * subject's glob policy on the resolved path (deny globs also on the requested spelling).
 */
export function resolveWorkspacePath(request: WorkspacePathRequest): Result<ResolvedPath, PathDeniedError> {
  const { requested, workspaceRoot, operation } = request;
  const deny = (rule: string, reason: string) => err(pathDenied(printable(requested), rule, reason));
  if (!isAbsolute(workspaceRoot)) return deny('workspace-not-absolute', 'the workspace root is not absolute');
  const root = realPathOf(workspaceRoot);
  if (root === undefined) return deny('workspace-missing', 'the workspace root does not exist');
  if (root === '/') return deny('workspace-too-broad', 'the workspace root is the filesystem root');
  const given = normalize(workspaceRoot).replace(/(?<=.)\/+$/, '');
  const lexical = normalizeRequestedPath(requested, [given, root]);
  if (lexical.isErr()) return err(lexical.error);
  const real = resolveRealPath(lexical.value === '' ? root : `${root}/${lexical.value}`);
  if (real.isErr()) return deny(real.error.rule, real.error.reason);
  const path = real.value.path;
  if (!isInside(root, path)) return deny('symlink-escape', 'a symlink leads outside the workspace');
  const relative = path === root ? '' : path.slice(root.length + 1);
  const home = request.home;
  if (home !== undefined && isInside(home, path) && !(root !== home && isInside(home, root))) {
    return deny('oxios-home', 'inside OXIOS_HOME (kernel state and secrets)');
  }
  if (relative === '' && (operation === 'write' || operation === 'delete')) {
    return deny('workspace-root', `may not ${operation} the workspace root itself`);
  }
  let rule = 'system';
  if (request.policy !== undefined) {
    const decision = request.policy.decide(relative, path, operation, lexical.value);
    if (!decision.allowed) return deny(decision.rule, decision.reason);
    rule = decision.rule;
  }
  const { subject } = request;
  const resolved = { path, root, relative, requested, operation, exists: real.value.exists, subject, rule };
  return ok(resolved as ResolvedPath);
}
