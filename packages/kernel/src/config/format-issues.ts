import { z } from 'zod';
import type { ConfigIssue } from '../errors/kernel-error.js';

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodPrefault || current instanceof z.ZodOptional) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** The keys a table at `path` accepts, or undefined when the schema there is not a fixed table. */
export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let current = unwrap(schema);
  for (const segment of path) {
    if (current instanceof z.ZodObject) {
      const child = (current.shape as Record<string, z.ZodType>)[String(segment)];
      if (!child) return undefined;
      current = unwrap(child);
    } else if (current instanceof z.ZodRecord) {
      current = unwrap(current.valueType as z.ZodType);
    } else {
      return undefined;
    }
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : undefined;
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Turns zod issues into ConfigIssues with dotted key paths. Unknown keys become one issue each,
 * listing the keys that table accepts. `origins` maps a key path to where its value came from
 * (e.g. `OXIOS_PORT`) so the message can say so.
 */
export function formatIssues(
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
  origins: ReadonlyMap<string, string> = new Map(),
): ConfigIssue[] {
  const result: ConfigIssue[] = [];
  const seen = new Set<string>();
  const add = (entry: ConfigIssue) => {
    // A field failing several checks yields the same "expected …" message more than once.
    const key = `${entry.path}\0${entry.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.push(entry);
  };
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, issue.path);
      const hint = allowed ? ` (expected one of: ${allowed.join(', ')})` : '';
      for (const key of issue.keys) {
        add({ path: dotted([...issue.path, key]), message: `unknown key${hint}` });
      }
      continue;
    }
    const path = dotted(issue.path);
    const origin = origins.get(path);
    add({ path, message: origin ? `${issue.message} (from ${origin})` : issue.message });
  }
  return result;
}
