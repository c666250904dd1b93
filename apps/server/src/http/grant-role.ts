import type { AccessManager, KernelError, Subject } from '@oxios/kernel';
import type { Role } from '@oxios/sdk-client';
import { ok, type Result } from 'neverthrow';
import { hasRole } from './caller.js';

/**
 * Token roles map onto RBAC roles: issuing a token with `role` to `userName` makes sure the user's
 * RBAC role is at least that (it never lowers an existing, higher role).
 */
export function grantTokenRole(
  access: AccessManager,
  userName: string,
  role: Role,
  by: Subject,
): Result<void, KernelError> {
  const user = `user:${userName}` as const;
  return access
    .roleOf(user)
    .andThen((current) =>
      current !== null && hasRole(current, role)
        ? ok(undefined)
        : access.assignRole(user, role, { by }).map(() => undefined),
    );
}
