/**
 * The name under which a command is looked up in policy tables: lower-cased (macOS file systems
 * ignore case), without a Windows executable suffix and without a trailing version
 * (`Python3.12.EXE` → `python`), so every spelling of a tool meets the same rules.
 */
export function canonicalCommandName(command: string): string {
  return command
    .toLowerCase()
    .replace(/\.(?:exe|cmd|bat|com)$/, '')
    .replace(/(?<=[a-z])[\d.-]+$/, '');
}

/** True when `command` is a bare program name: no path separator, no `..`, no control bytes. */
export function isBareCommandName(command: string): boolean {
  return (
    command.length > 0 &&
    command.length <= 255 &&
    !command.includes('/') &&
    !command.includes('\\') &&
    !command.includes('..') &&
    !command.startsWith('-') &&
    !/[\s\p{Cc}]/u.test(command)
  );
}
