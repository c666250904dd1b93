import { basename, dirname, isAbsolute } from 'node:path';
import { findExecutable } from '../exec/find-executable.js';

/**
 * The absolute path of a server's command: an absolute `command` when it is an executable file,
 * a bare name looked up on the server's own PATH (else the host's). Undefined when nothing
 * executable is found.
 */
export function resolveServerCommand(
  command: string,
  serverPath: string | undefined,
  hostPath: string | undefined,
): Promise<string | undefined> {
  if (isAbsolute(command)) return findExecutable(basename(command), dirname(command));
  return findExecutable(command, serverPath ?? hostPath ?? '');
}
