import { err, ok, type Result } from 'neverthrow';
import { invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { validateGlob } from './compile-globs.js';
import { MANAGE_ACTIONS, ROLES, type Role } from './roles.js';
import type { RolePolicy } from './types.js';

/**
 * Checks every role policy and the configured globs (keyed by their config path) before anything
 * is compiled: each role present under its own name, every glob valid, manage actions known,
 * agent limits sane.
 */
export function validateRolePolicies(
  policies: Partial<Record<Role, RolePolicy>>,
  configGlobs: Readonly<Record<string, readonly string[]>>,
): Result<Readonly<Record<Role, RolePolicy>>, KernelError> {
  for (const [field, patterns] of Object.entries(configGlobs)) {
    for (const pattern of patterns) {
      const valid = validateGlob(pattern, field);
      if (valid.isErr()) return err(valid.error);
    }
  }
  for (const role of ROLES) {
    const policy = policies[role];
    if (policy?.role !== role)
      return err(invalidArgument(`policies.${role}`, `missing or named "${policy?.role ?? ''}"`));
    for (const [field, patterns] of Object.entries({
      tools: policy.tools,
      deniedTools: policy.deniedTools,
      paths: policy.paths,
      deniedPaths: policy.deniedPaths,
    })) {
      for (const pattern of patterns) {
        const valid = validateGlob(pattern, `policies.${role}.${field}`);
        if (valid.isErr()) return err(valid.error);
      }
    }
    const unknown = policy.manage.find((action) => !(MANAGE_ACTIONS as readonly string[]).includes(action));
    if (unknown !== undefined) return err(invalidArgument(`policies.${role}.manage`, `unknown action "${unknown}"`));
    const max = policy.maxConcurrentAgents;
    if (max !== null && (!Number.isInteger(max) || max < 0)) {
      return err(invalidArgument(`policies.${role}.maxConcurrentAgents`, 'expected a non-negative integer or null'));
    }
  }
  return ok(policies as Readonly<Record<Role, RolePolicy>>);
}
