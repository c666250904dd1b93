import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { err, errAsync, ok, okAsync, ResultAsync, safeTry, type Result } from 'neverthrow';
import { invalidArgument, ioError } from '../errors/constructors.js';
import type { InvalidArgumentError, KernelError } from '../errors/kernel-error.js';
import type { ArgumentPolicy } from './argument-policy.js';
import { buildChildEnv } from './build-child-env.js';
import { checkCommand } from './check-command.js';
import { canonicalCommandName } from './command-name.js';
import { evaluateArgumentPolicy, type WorkspacePathClaim } from './evaluate-argument-policy.js';
import { resolveInsideWorkspace, resolveWorkspaceRoot } from './resolve-inside-workspace.js';
import type { HostExecPlan, HostExecRequest } from './types.js';

/** The bridge's settled configuration, as {@link planHostCommand} needs it. */
export interface PlanContext {
  readonly allowlist: ReadonlySet<string>;
  readonly policies: Readonly<Record<string, ArgumentPolicy>>;
  readonly envAllowlist: readonly string[];
  readonly hostEnv: Readonly<Record<string, string | undefined>>;
  readonly defaultTimeoutMs: number;
  readonly maxTimeoutMs: number;
}

function checkShape(request: HostExecRequest, context: PlanContext): Result<number, InvalidArgumentError> {
  const timeoutMs = request.timeoutMs ?? context.defaultTimeoutMs;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > context.maxTimeoutMs) {
    return err(invalidArgument('timeoutMs', `expected an integer 1–${context.maxTimeoutMs}, got ${timeoutMs}`));
  }
  const badArgument = (request.args ?? []).findIndex((argument) => argument.includes('\0'));
  if (badArgument >= 0) return err(invalidArgument(`args[${badArgument}]`, 'contains a NUL byte'));
  if (!isAbsolute(request.workspaceRoot) || request.workspaceRoot.includes('\0')) {
    return err(invalidArgument('workspaceRoot', 'expected an absolute path'));
  }
  if (request.cwd?.includes('\0') === true) return err(invalidArgument('cwd', 'contains a NUL byte'));
  return ok(timeoutMs);
}

function checkDirectory(path: string): ResultAsync<string, KernelError> {
  return ResultAsync.fromPromise(stat(path), (cause) => ioError('stat', path, cause)).andThen((info) =>
    info.isDirectory() ? okAsync(path) : errAsync(invalidArgument('cwd', `${path} is not a directory`)),
  );
}

/**
 * Confines each path-valued option. Each is resolved against the working directory and against
 * every directory an earlier option named (git `-C dir --git-dir x` reads `x` inside `dir`).
 */
function confineClaims(claims: readonly WorkspacePathClaim[], cwd: string, root: string) {
  return safeTry(async function* () {
    const bases = [cwd];
    for (const claim of claims) {
      let first: string | undefined;
      for (const base of [...bases]) {
        const real = yield* resolveInsideWorkspace(claim.value, base, root, { mustExist: false });
        first ??= real;
      }
      if (first !== undefined) bases.push(first);
    }
    return ok(undefined);
  });
}

/** Validates a request into the exact command line, directory and environment that would run. */
export function planHostCommand(
  request: HostExecRequest,
  context: PlanContext,
): ResultAsync<HostExecPlan, KernelError> {
  return safeTry(async function* () {
    const timeoutMs = yield* checkShape(request, context);
    yield* checkCommand(request.command, context.allowlist);
    const name = canonicalCommandName(request.command);
    const policy = Object.hasOwn(context.policies, name) ? context.policies[name] : undefined;
    const decision = yield* evaluateArgumentPolicy(request.command, request.args ?? [], policy);
    const root = yield* resolveWorkspaceRoot(request.workspaceRoot);
    const cwd = yield* resolveInsideWorkspace(request.cwd ?? '.', root, root, { mustExist: true });
    yield* checkDirectory(cwd);
    yield* confineClaims(decision.workspacePaths, cwd, root);
    const env = yield* buildChildEnv({
      command: request.command,
      allowlist: context.envAllowlist,
      hostEnv: context.hostEnv,
      requestEnv: request.env ?? {},
      workspaceRoots: [resolve(request.workspaceRoot), root],
    });
    return ok({ command: request.command, args: decision.args, cwd, env, timeoutMs });
  });
}
