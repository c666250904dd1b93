import type { Environment } from '../config/env-overrides.js';
import { isDeniedEnvironmentVariable } from '../exec/environment-policy.js';
import type { McpServerSpec } from './types.js';

/** A server's environment and the variables refused while building it. */
export interface ServerEnvironment {
  readonly env: Record<string, string>;
  /** Names dropped because they make programs load code (`LD_PRELOAD`, `NODE_OPTIONS`, …). */
  readonly refused: readonly string[];
}

/**
 * The complete environment of an MCP server: the host values of `inheritEnv`, then the spec's
 * own `env` over them — and nothing else. Variables that make programs load or run code are
 * dropped even when listed (config validation refuses them; a program's manifest may not).
 */
export function buildServerEnv(spec: Pick<McpServerSpec, 'env' | 'inheritEnv'>, host: Environment): ServerEnvironment {
  const env: Record<string, string> = {};
  const refused: string[] = [];
  for (const name of spec.inheritEnv) {
    const value = host[name];
    if (isDeniedEnvironmentVariable(name)) refused.push(name);
    else if (value !== undefined && !value.includes('\0')) env[name] = value;
  }
  for (const [name, value] of Object.entries(spec.env)) {
    if (isDeniedEnvironmentVariable(name)) refused.push(name);
    else if (!value.includes('\0')) env[name] = value;
  }
  return { env, refused };
}
