import { parse } from 'smol-toml';

/**
 * Reads a value typed on the command line as TOML (`4300`, `true`, `0.5`, `["a", "b"]`, `"text"`),
 * falling back to the literal text when it is not valid TOML (`debug`, `0.0.0.0`, `/etc/x.pem`).
 */
export function parseCliValue(text: string): unknown {
  try {
    return parse(`value = ${text}`).value;
  } catch {
    return text;
  }
}
