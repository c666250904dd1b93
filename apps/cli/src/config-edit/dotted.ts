/** A key path such as `server.port`, split into its segments. */
export function splitKey(key: string): string[] {
  return key.split('.');
}

const isTable = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a dotted key, or undefined. */
export function getDotted(root: unknown, key: string): unknown {
  let current: unknown = root;
  for (const segment of splitKey(key)) {
    if (!isTable(current) || !Object.hasOwn(current, segment)) return undefined;
    current = current[segment];
  }
  return current;
}

/** A deep copy of `root` with `value` at the dotted key, creating tables on the way. */
export function setDotted(root: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  const segments = splitKey(key);
  let table = copy;
  for (const segment of segments.slice(0, -1)) {
    const next = table[segment];
    if (!isTable(next)) table[segment] = {};
    table = table[segment] as Record<string, unknown>;
  }
  table[segments.at(-1) ?? key] = value;
  return copy;
}
