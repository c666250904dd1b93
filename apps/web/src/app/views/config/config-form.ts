/** The placeholder the server shows instead of a secret (and keeps the secret for, when sent back). */
export const REDACTED = '[redacted]';

/** One editable setting, by its dotted key path. */
export type ConfigField =
  | { readonly kind: 'boolean'; readonly path: string }
  | { readonly kind: 'number'; readonly path: string }
  | { readonly kind: 'string'; readonly path: string; readonly secret: boolean }
  | { readonly kind: 'list'; readonly path: string; readonly items: 'string' | 'number' }
  | { readonly kind: 'json'; readonly path: string };

/** What the user typed per path: text, or a boolean for check boxes. */
export type ConfigValues = Readonly<Record<string, string | boolean>>;

/** A problem with one key (`path` empty when it concerns the whole file). */
export interface ConfigIssue {
  readonly path: string;
  readonly message: string;
}

type Json = Record<string, unknown>;
const isTable = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function fieldFor(path: string, value: unknown): ConfigField {
  if (typeof value === 'boolean') return { kind: 'boolean', path };
  if (typeof value === 'number') return { kind: 'number', path };
  if (typeof value === 'string') return { kind: 'string', path, secret: value === REDACTED };
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return { kind: 'list', path, items: 'string' };
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'number'))
    return { kind: 'list', path, items: 'number' };
  return { kind: 'json', path };
}

/** The form for a configuration: fields grouped by section (top-level table), and their initial values. */
export function configForm(config: Json): {
  sections: { name: string; fields: ConfigField[] }[];
  values: ConfigValues;
} {
  const values: Record<string, string | boolean> = {};
  const walk = (table: Json, prefix: string, into: ConfigField[]) => {
    for (const [key, value] of Object.entries(table)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      if (isTable(value) && Object.keys(value).length > 0) {
        walk(value, path, into);
        continue;
      }
      const field = fieldFor(path, value);
      into.push(field);
      values[path] =
        field.kind === 'boolean'
          ? (value as boolean)
          : field.kind === 'list'
            ? (value as unknown[]).map(String).join('\n')
            : field.kind === 'json'
              ? JSON.stringify(value)
              : String(value);
    }
  };
  const sections = Object.entries(config).map(([name, value]) => {
    const fields: ConfigField[] = [];
    if (isTable(value)) walk(value, name, fields);
    else walk({ [name]: value }, '', fields);
    return { name, fields };
  });
  return { sections, values };
}

function parse(field: ConfigField, input: string | boolean): { value: unknown } | { error: string } {
  if (field.kind === 'boolean') return { value: input === true };
  const text = String(input);
  switch (field.kind) {
    case 'string':
      return { value: text };
    case 'number': {
      const number = Number(text);
      return text.trim() === '' || !Number.isFinite(number) ? { error: 'expected a number' } : { value: number };
    }
    case 'list': {
      const items = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      if (field.items === 'string') return { value: items };
      const numbers = items.map(Number);
      return numbers.some((number) => !Number.isFinite(number))
        ? { error: 'expected one number per line' }
        : { value: numbers };
    }
    case 'json':
      try {
        return { value: JSON.parse(text) as unknown };
      } catch {
        return { error: 'expected JSON, e.g. {} or []' };
      }
  }
}

function setPath(target: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let table = target;
  for (const key of keys) {
    const next = table[key];
    if (!isTable(next)) table[key] = {};
    table = table[key] as Json;
  }
  table[last] = value;
}

/**
 * The configuration to send: `original` with every field replaced by what was typed, or the
 * fields that could not be read (the server checks the rest).
 */
export function buildConfig(
  original: Json,
  fields: readonly ConfigField[],
  values: ConfigValues,
): { ok: true; config: Json } | { ok: false; issues: ConfigIssue[] } {
  const config = structuredClone(original);
  const issues: ConfigIssue[] = [];
  for (const field of fields) {
    const parsed = parse(field, values[field.path] ?? '');
    if ('error' in parsed) issues.push({ path: field.path, message: parsed.error });
    else setPath(config, field.path, parsed.value);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, config };
}

/** The key issues in a server error's details (`config-invalid` and `invalid-argument` carry them). */
export function issuesFrom(details: unknown): ConfigIssue[] {
  if (!isTable(details) || !Array.isArray(details.issues)) return [];
  return details.issues.flatMap((issue: unknown) =>
    isTable(issue) && typeof issue.message === 'string'
      ? [{ path: typeof issue.path === 'string' ? issue.path.replace(/^config\./, '') : '', message: issue.message }]
      : [],
  );
}
