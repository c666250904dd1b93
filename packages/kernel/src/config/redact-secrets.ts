/** The placeholder that replaces a secret value. */
export const REDACTED = '[redacted]';

const SECRET_KEY = /(^|[_-])(api[_-]?key|key|token|secret|password|passphrase|credentials?|authorization|cookie)$/i;
const SECRET_MAP_KEY = /^(env|headers)$/i;

function redactValue(key: string, value: unknown): unknown {
  if (SECRET_MAP_KEY.test(key) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(Object.keys(value).map((name) => [name, REDACTED]));
  }
  if (SECRET_KEY.test(key) && value !== null && value !== undefined && value !== '') return REDACTED;
  return redactSecrets(value);
}

/**
 * Returns a deep copy of `value` with secrets replaced by `[redacted]`: values under keys named
 * like a credential (`api_key`, `token`, `secret`, `password`, …) and every value of an `env` or
 * `headers` table (MCP server environments, HTTP headers). Key names are kept so a user can see
 * that something is set. Use before printing, logging or returning configuration.
 */
export function redactSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => redactSecrets(item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = redactValue(key, item);
  return copy as T;
}
