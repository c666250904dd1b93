import { err, ok, type Result } from 'neverthrow';
import type { AccessManager } from '../access/access-manager.js';
import type { Role } from '../access/roles.js';
import { notFound, permissionDenied } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';

/** The user every request of one MCP server acts as, with that user's rights. */
export interface ActingUser {
  /** The user name (`ann`). */
  readonly name: string;
  readonly subject: `user:${string}`;
  /** The user's role now (re-read per request: a revoked role takes effect at once). */
  role(): Result<Role, KernelError>;
  /** Whether the user may run agents (`manage-agents`, audited). */
  mayRunAgents(requestId: string): Result<void, KernelError>;
  /** `value` when the user owns it (or is an admin); someone else's is `not-found`. */
  owned<T>(owner: string | null, resource: string, id: string, value: T): Result<T, KernelError>;
}

/** Binds the access manager's checks to one user. */
export function actAsUser(access: Pick<AccessManager, 'roleOf' | 'checkAction'>, name: string): ActingUser {
  const subject = `user:${name}` as const;
  const role = (): Result<Role, KernelError> =>
    access
      .roleOf(subject)
      .andThen((found) =>
        found === null ? err(permissionDenied(subject, 'use', 'oxios', 'the user has no role')) : ok(found),
      );
  return {
    name,
    subject,
    role,
    mayRunAgents: (requestId) =>
      role()
        .andThen(() => access.checkAction(subject, 'manage-agents', { requestId }))
        .map(() => undefined),
    owned: (owner, resource, id, value) =>
      role().andThen((current) => (current === 'admin' || owner === name ? ok(value) : err(notFound(resource, id)))),
  };
}
