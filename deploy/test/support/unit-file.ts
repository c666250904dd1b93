/** One `Key=value` line of a systemd unit, with its section. */
export interface UnitEntry {
  readonly section: string;
  readonly key: string;
  readonly value: string;
}

/** Parses a systemd unit file (no line continuations are used in ours). */
export function parseUnitFile(text: string): UnitEntry[] {
  const entries: UnitEntry[] = [];
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header?.[1]) {
      section = header[1];
      continue;
    }
    const equals = line.indexOf('=');
    if (equals > 0) entries.push({ section, key: line.slice(0, equals), value: line.slice(equals + 1) });
  }
  return entries;
}

/** Every value of `key` in `section`, in order. */
export function values(entries: readonly UnitEntry[], section: string, key: string): string[] {
  return entries.filter((entry) => entry.section === section && entry.key === key).map((entry) => entry.value);
}
