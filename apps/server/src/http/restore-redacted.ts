import { REDACTED } from '@oxios/kernel';

const isTable = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `next` with every `[redacted]` placeholder replaced by the value at the same key path in
 * `current`: a client that edits the redacted configuration from `GET /api/config` and sends it
 * back keeps the secrets it never saw. A placeholder with no current value stays as it is.
 */
export function restoreRedacted(next: unknown, current: unknown): unknown {
  if (next === REDACTED) return current ?? next;
  if (Array.isArray(next))
    return next.map((item, index) => restoreRedacted(item, Array.isArray(current) ? current[index] : undefined));
  if (!isTable(next)) return next;
  return Object.fromEntries(
    Object.entries(next).map(([key, value]) => [
      key,
      restoreRedacted(value, isTable(current) ? current[key] : undefined),
    ]),
  );
}
