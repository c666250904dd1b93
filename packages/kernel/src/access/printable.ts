/** Control, invisible and bidirectional-override characters: never shown raw in logs or the audit. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Formats untrusted text for an audit entry or error message: unprintable characters become
 * `\uXXXX` escapes and the result is cut to `max` characters, so a hostile path cannot forge
 * log lines or bloat the audit table.
 */
export function printable(value: string, max = 512): string {
  const escaped = value.replace(
    UNPRINTABLE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length <= max ? escaped : `${escaped.slice(0, max)}…(${escaped.length - max} more)`;
}
