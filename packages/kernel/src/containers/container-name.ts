import { err, ok, type Result } from 'neverthrow';
import { invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';

/**
 * Container names: a letter or digit, then up to 62 letters, digits, `_`, `.` or `-`. The name
 * becomes a folder under `$OXIOS_HOME/containers`, so nothing that could name another path
 * (`/`, `..`, `%2F`) is accepted.
 */
export const CONTAINER_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;

/** Validates a container name from outside (HTTP path, CLI argument, tool call). */
export function validateContainerName(name: string): Result<string, KernelError> {
  return CONTAINER_NAME_PATTERN.test(name)
    ? ok(name)
    : err(
        invalidArgument(
          'name',
          `expected a letter or digit followed by up to 62 letters, digits, "_", "." or "-", got ${JSON.stringify(name)}`,
        ),
      );
}
