import { err, ok, type Result } from 'neverthrow';
import { parse, TomlError } from 'smol-toml';
import { configInvalid, configParse } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { applyEnvOverrides, type Environment } from './env-overrides.js';
import { formatIssues } from './format-issues.js';
import { ConfigFileSchema, type ConfigFile } from './schema.js';

/** Parses TOML text into a plain table, or a `config-parse` error with line and column. */
export function parseToml(text: string, source: string): Result<Record<string, unknown>, KernelError> {
  try {
    return ok(parse(text) as Record<string, unknown>);
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split('\n')[0] ?? 'invalid TOML';
      return err(configParse(source, reason, { line: error.line, column: error.column }));
    }
    throw error;
  }
}

/** Validates a raw table against the config schema, filling in defaults. */
export function validateConfig(
  raw: unknown,
  source: string,
  origins: ReadonlyMap<string, string> = new Map(),
): Result<ConfigFile, KernelError> {
  const parsed = ConfigFileSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return err(configInvalid(source, formatIssues(ConfigFileSchema, parsed.error.issues, origins)));
}

/**
 * Parses and validates config text. When `env` is given, its OXIOS_* overrides are applied on
 * top of the file before validation, so they win and are checked by the same rules.
 */
export function parseConfig(text: string, source: string, env?: Environment): Result<ConfigFile, KernelError> {
  return parseToml(text, source).andThen((raw) => {
    const origins = env ? applyEnvOverrides(raw, env) : new Map<string, string>();
    return validateConfig(raw, source, origins);
  });
}
