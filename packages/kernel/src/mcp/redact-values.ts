import { REDACTED } from '../config/redact-secrets.js';

/**
 * A function that replaces every occurrence of the given secret values in a text with
 * `[redacted]` (values shorter than 4 characters are left alone: they would mangle ordinary
 * words). Used on MCP servers' stderr before it is logged, since a server may print its env.
 */
export function redactValues(values: readonly string[]): (text: string) => string {
  const secrets = [...new Set(values.filter((value) => value.length >= 4))].sort((a, b) => b.length - a.length);
  if (secrets.length === 0) return (text) => text;
  return (text) => secrets.reduce((current, secret) => current.split(secret).join(REDACTED), text);
}
