import { err, ok, type Result } from 'neverthrow';
import { execDenied } from '../errors/constructors.js';
import type { ExecDeniedError } from '../errors/kernel-error.js';
import { isBareCommandName } from './command-name.js';
import { neverAllowedReason } from './never-allowed-commands.js';

/**
 * Decides whether `command` may run at all: it must be a bare name (no `/`, no `..`), not a
 * shell or command runner, and exactly on the allowlist.
 */
export function checkCommand(command: string, allowlist: ReadonlySet<string>): Result<void, ExecDeniedError> {
  if (!isBareCommandName(command)) {
    return err(
      execDenied(command, 'not-bare-name', 'commands are bare names looked up on PATH (no "/", "..", or spaces)'),
    );
  }
  const never = neverAllowedReason(command);
  if (never !== undefined) return err(execDenied(command, 'never-allowed', never));
  if (!allowlist.has(command)) return err(execDenied(command, 'not-allowlisted', 'not on the exec allowlist'));
  return ok(undefined);
}
