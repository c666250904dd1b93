import { run } from './run.js';

/** systemd's named system call groups (`@system-service`, `@mount`, …) as this machine's systemd defines them. */
export function syscallGroups(): Map<string, string[]> {
  const result = run('systemd-analyze', ['syscall-filter', '--no-pager']);
  if (result.status !== 0) throw new Error(`systemd-analyze syscall-filter failed: ${result.stderr}`);
  const groups = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of result.stdout.split('\n')) {
    const header = /^(@[a-z-]+)\s*$/.exec(line);
    if (header?.[1]) {
      current = [];
      groups.set(header[1], current);
      continue;
    }
    const member = /^\s+(@?[a-z0-9_-]+)\s*$/.exec(line);
    if (member?.[1] && current) current.push(member[1]);
    else if (!line.startsWith(' ')) current = undefined;
  }
  return groups;
}

function expand(
  items: readonly string[],
  groups: ReadonlyMap<string, string[]>,
  into = new Set<string>(),
): Set<string> {
  for (const item of items) {
    if (!item.startsWith('@')) into.add(item);
    else if (!into.has(item)) {
      into.add(item);
      expand(groups.get(item) ?? [], groups, into);
    }
  }
  return into;
}

/**
 * Whether a unit's `SystemCallFilter=` lines let `syscall` through: the first line is an allow
 * list (it does not start with `~`), later `~` lines remove from it, as systemd.exec(5) describes.
 */
export function createSyscallFilter(lines: readonly string[], groups: ReadonlyMap<string, string[]>) {
  const allowed = new Set<string>();
  const denied = new Set<string>();
  for (const line of lines) {
    const deny = line.startsWith('~');
    const items = (deny ? line.slice(1) : line).split(/\s+/).filter(Boolean);
    expand(items, groups, deny ? denied : allowed);
  }
  return (syscall: string): boolean => allowed.has(syscall) && !denied.has(syscall);
}

/** The distinct system call names in an `strace -f` log. */
export function tracedSyscalls(trace: string): string[] {
  const names = new Set<string>();
  for (const line of trace.split('\n')) {
    const match = /^\d+\s+(?:<\.\.\. )?([a-z0-9_]+)(?:\(| resumed>)/.exec(line);
    if (match?.[1]) names.add(match[1]);
  }
  return [...names].sort();
}
