/**
 * Sends `signal` to the process group led by `pid` (host commands are spawned detached, so each
 * leads its own group and its children are in it). A group that is already gone is not an error.
 * On Windows, where groups do not exist, only the process itself is signalled.
 */
export function killProcessGroup(pid: number | undefined, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (pid === undefined) return;
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, signal);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'ESRCH' && code !== 'EPERM') throw error;
  }
}
