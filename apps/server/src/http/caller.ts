import type { TokenRecord } from '@oxios/kernel';
import type { Caller, Role } from '@oxios/sdk-client';

const RANK: Record<Role, number> = { user: 1, superuser: 2, admin: 3 };

/** The caller a token stands for. */
export function callerFromToken(record: TokenRecord): Caller {
  return {
    tokenId: record.id,
    tokenName: record.name,
    userName: record.userName,
    role: record.role,
    subject: `user:${record.userName}`,
  };
}

/** True when `role` is at least `required`. */
export function hasRole(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}
