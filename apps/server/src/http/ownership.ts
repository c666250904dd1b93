import { notFound, type KernelError } from '@oxios/kernel';
import type { Caller } from '@oxios/sdk-client';
import { err, ok, type Result } from 'neverthrow';
import { hasRole } from './caller.js';

/**
 * Lets `caller` act on a resource owned by `ownerUser` (a user name) when it is theirs or they
 * are an admin. Someone else's resource answers `not-found`, so ids of others' resources cannot
 * be probed.
 */
export function requireOwner<T>(
  caller: Caller | undefined,
  ownerUser: string,
  resource: string,
  id: string,
  value: T,
): Result<T, KernelError> {
  if (caller && (caller.userName === ownerUser || hasRole(caller.role, 'admin'))) return ok(value);
  return err(notFound(resource, id));
}

/** The user name inside an owner subject (`user:ann` → `ann`), or the subject itself. */
export function ownerUserName(owner: string): string {
  return owner.startsWith('user:') ? owner.slice('user:'.length) : owner;
}
