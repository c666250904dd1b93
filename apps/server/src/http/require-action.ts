import type { AccessManager, KernelError, ManageAction } from '@oxios/kernel';
import type { Caller } from '@oxios/sdk-client';
import type { Result } from 'neverthrow';
import { callerSubject } from './caller-subject.js';

/**
 * Asks the kernel's RBAC whether `caller` may perform `action` (audited). Route access is only
 * the coarse gate; this is the decision.
 */
export function requireAction(
  access: AccessManager,
  caller: Caller | undefined,
  action: ManageAction,
  requestId?: string,
): Result<void, KernelError> {
  return access
    .checkAction(callerSubject(caller), action, requestId === undefined ? {} : { requestId })
    .map(() => undefined);
}
