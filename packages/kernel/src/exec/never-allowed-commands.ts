import { canonicalCommandName } from './command-name.js';

const SHELL = 'a shell runs any command line given to it';
const RUNNER = 'runs its arguments as another command, which would bypass the allowlist';
const PRIVILEGE = 'runs commands as another user';

/**
 * Commands the bridge never runs, whatever the allowlist says (config validation refuses them
 * too). Keyed by canonical name ({@link canonicalCommandName}), so `BASH`, `bash5` and
 * `cmd.exe` are caught.
 */
export const NEVER_ALLOWED_COMMANDS: Readonly<Record<string, string>> = {
  sh: SHELL, bash: SHELL, dash: SHELL, zsh: SHELL, ksh: SHELL, mksh: SHELL, oksh: SHELL,
  ash: SHELL, yash: SHELL, fish: SHELL, csh: SHELL, tcsh: SHELL, rc: SHELL, elvish: SHELL,
  nu: SHELL, xonsh: SHELL, busybox: SHELL, toybox: SHELL, cmd: SHELL, powershell: SHELL, pwsh: SHELL,
  sudo: PRIVILEGE, su: PRIVILEGE, doas: PRIVILEGE, pkexec: PRIVILEGE, runuser: PRIVILEGE,
  nohup: RUNNER, timeout: RUNNER, nice: RUNNER, ionice: RUNNER, stdbuf: RUNNER, setsid: RUNNER,
  chroot: RUNNER, taskset: RUNNER, time: RUNNER, watch: RUNNER, strace: RUNNER, ltrace: RUNNER,
  gdb: RUNNER, lldb: RUNNER, script: RUNNER, flock: RUNNER, unbuffer: RUNNER, caffeinate: RUNNER,
  'systemd-run': RUNNER, exec: RUNNER, command: RUNNER, builtin: RUNNER, eval: RUNNER,
}; // prettier-ignore

/** Why `command` may never run, or undefined when it is not on the never-allowed list. */
export function neverAllowedReason(command: string): string | undefined {
  const name = canonicalCommandName(command);
  return Object.hasOwn(NEVER_ALLOWED_COMMANDS, name) ? NEVER_ALLOWED_COMMANDS[name] : undefined;
}
