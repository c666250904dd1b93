import { delimiter, isAbsolute, normalize } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { execDenied, invalidArgument } from '../errors/constructors.js';
import type { ExecDeniedError, InvalidArgumentError } from '../errors/kernel-error.js';
import { isDeniedEnvironmentVariable } from './environment-policy.js';
import { isInsideDirectory } from './is-inside-directory.js';

/** Inputs of {@link buildChildEnv}. */
export interface ChildEnvInput {
  readonly command: string;
  readonly allowlist: readonly string[];
  /** Where inherited values come from (normally process.env). */
  readonly hostEnv: Readonly<Record<string, string | undefined>>;
  /** Values the request sets; each name must be on the allowlist. */
  readonly requestEnv: Readonly<Record<string, string>>;
  /** Directories PATH entries may not point into (the workspace, as given and as resolved). */
  readonly workspaceRoots: readonly string[];
}

/** Keeps absolute PATH entries outside the workspace, so a planted `./git` is never found. */
function sanitizeSearchPath(value: string, roots: readonly string[]): string {
  return value
    .split(delimiter)
    .filter((entry) => isAbsolute(entry) && !roots.some((root) => isInsideDirectory(normalize(entry), root)))
    .join(delimiter);
}

/**
 * The complete environment of a host command: only allowlisted names, never a denied one
 * ({@link isDeniedEnvironmentVariable}), request values over inherited ones, PATH sanitised.
 */
export function buildChildEnv(
  input: ChildEnvInput,
): Result<Record<string, string>, ExecDeniedError | InvalidArgumentError> {
  for (const [name, value] of Object.entries(input.requestEnv)) {
    if (isDeniedEnvironmentVariable(name)) {
      return err(execDenied(input.command, 'env-denied', `${name} makes programs load or run code`, name));
    }
    if (!input.allowlist.includes(name)) {
      return err(execDenied(input.command, 'env-not-allowed', `${name} is not on the environment allowlist`, name));
    }
    if (value.includes('\0')) return err(invalidArgument(`env.${name}`, 'contains a NUL byte'));
  }
  const env: Record<string, string> = {};
  for (const name of input.allowlist) {
    if (isDeniedEnvironmentVariable(name)) continue;
    const value = input.requestEnv[name] ?? input.hostEnv[name];
    if (value === undefined || value.includes('\0')) continue;
    env[name] = name === 'PATH' ? sanitizeSearchPath(value, input.workspaceRoots) : value;
  }
  return ok(env);
}
