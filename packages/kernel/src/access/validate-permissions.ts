import { err, ok, type Result } from 'neverthrow';
import { invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { validateGlob } from './compile-globs.js';
import type { AgentPermissionsInput } from './types.js';

/** Tool names: letters, digits, `_`, `.`, `:`, `-`; 1–128 characters. Tool globs may add `*`, `?`, `{,}`. */
export const TOOL_NAME_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/;
const TOOL_GLOB_PATTERN = /^[A-Za-z0-9_.:*?{},-]{1,128}$/;
const MAX_GLOBS = 256;

function checkGlobs(field: string, patterns: readonly string[], tools: boolean): Result<void, KernelError> {
  if (patterns.length > MAX_GLOBS) return err(invalidArgument(field, `at most ${MAX_GLOBS} entries`));
  for (const pattern of patterns) {
    if (tools && !TOOL_GLOB_PATTERN.test(pattern)) {
      return err(invalidArgument(field, `"${pattern}" is not a tool name or tool glob`));
    }
    const valid = validateGlob(pattern, field);
    if (valid.isErr()) return err(valid.error);
  }
  return ok(undefined);
}

function checkLimit(field: string, value: number, max: number): Result<void, KernelError> {
  return Number.isInteger(value) && value >= 1 && value <= max
    ? ok(undefined)
    : err(invalidArgument(field, `expected integer 1–${max}, got ${value}`));
}

/**
 * Checks agent permissions before they are stored: globs valid (no negation), tool globs made of
 * tool-name characters, limits positive. Semantics are not judged here — whatever an agent is
 * given is still intersected with its owner's role at every decision.
 */
export function validatePermissions(input: AgentPermissionsInput): Result<AgentPermissionsInput, KernelError> {
  const checks = [
    checkGlobs('allowedTools', input.allowedTools, true),
    checkGlobs('deniedTools', input.deniedTools, true),
    checkGlobs('allowedPaths', input.allowedPaths, false),
    checkGlobs('deniedPaths', input.deniedPaths, false),
    checkGlobs('readOnlyPaths', input.readOnlyPaths, false),
    checkLimit('maxExecutionSecs', input.maxExecutionSecs, 604_800),
    checkLimit('maxMemoryMb', input.maxMemoryMb, 1_048_576),
  ];
  for (const check of checks) if (check.isErr()) return err(check.error);
  // Exactly the settable fields: nothing else a caller spread in is kept.
  return ok({
    allowedTools: [...input.allowedTools],
    deniedTools: [...input.deniedTools],
    allowedPaths: [...input.allowedPaths],
    deniedPaths: [...input.deniedPaths],
    readOnlyPaths: [...input.readOnlyPaths],
    network: input.network,
    maxExecutionSecs: input.maxExecutionSecs,
    maxMemoryMb: input.maxMemoryMb,
    canFork: input.canFork,
  });
}
