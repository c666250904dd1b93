import type { ProviderSpec } from './provider-specs.js';

/** The environment the engine reads keys from. */
export type KeyEnvironment = Readonly<Record<string, string | undefined>>;

/** A provider's key: present, not needed (keyless server), or missing from the environment. */
export type ProviderKey =
  | { readonly kind: 'key'; readonly value: string }
  | { readonly kind: 'keyless' }
  | { readonly kind: 'missing'; readonly envVar: string };

/** A local server without keys still needs some key: pi-ai sends no request without one. */
export const KEYLESS_PLACEHOLDER = 'unused';

/** Reads a provider's key from the environment (never from configuration). */
export function providerKey(spec: Pick<ProviderSpec, 'keyEnv'>, env: KeyEnvironment): ProviderKey {
  if (spec.keyEnv === undefined) return { kind: 'keyless' };
  const value = env[spec.keyEnv]?.trim();
  return value ? { kind: 'key', value } : { kind: 'missing', envVar: spec.keyEnv };
}
