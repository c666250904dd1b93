/** Environment variables that override `config.toml`, and the key each one sets. */
export const ENV_OVERRIDES = [
  { variable: 'OXIOS_HOST', section: 'server', key: 'host', kind: 'string' },
  { variable: 'OXIOS_PORT', section: 'server', key: 'port', kind: 'integer' },
  { variable: 'OXIOS_TLS_CERT', section: 'server', key: 'tls_cert', kind: 'string' },
  { variable: 'OXIOS_TLS_KEY', section: 'server', key: 'tls_key', kind: 'string' },
  { variable: 'OXIOS_LOG_LEVEL', section: 'log', key: 'level', kind: 'string' },
] as const;

/** A read-only view of the environment (process.env or a test's map). */
export type Environment = Readonly<Record<string, string | undefined>>;

function coerce(value: string, kind: 'string' | 'integer'): unknown {
  // A malformed integer is passed through as text so validation reports exactly what was given.
  return kind === 'integer' && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
}

/**
 * Writes environment overrides into the raw (not yet validated) config so they go through the
 * same validation as the file. Returns the dotted paths that were overridden and by which variable.
 */
export function applyEnvOverrides(raw: Record<string, unknown>, env: Environment): Map<string, string> {
  const origins = new Map<string, string>();
  for (const override of ENV_OVERRIDES) {
    const value = env[override.variable];
    if (value === undefined || value === '') continue;
    const existing = raw[override.section];
    const isTable = typeof existing === 'object' && existing !== null && !Array.isArray(existing);
    // A section that is not a table is reported by validation; overriding it would hide the error.
    if (existing !== undefined && !isTable) continue;
    const section: Record<string, unknown> = isTable ? { ...(existing as Record<string, unknown>) } : {};
    section[override.key] = coerce(value, override.kind);
    raw[override.section] = section;
    origins.set(`${override.section}.${override.key}`, override.variable);
  }
  return origins;
}
