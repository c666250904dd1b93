import { err, ResultAsync, type Result } from 'neverthrow';
import { internalError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { ContainerAccess, ContainerAccessRequest, ContainerAuditEntry } from './container-access.js';

async function settle(
  what: string,
  run: () => Result<void, KernelError> | ResultAsync<void, KernelError>,
): Promise<Result<void, KernelError>> {
  try {
    return await run();
  } catch (error) {
    // A throwing port is a bug in it; treat it as a refusal rather than letting the command run.
    return err(internalError(`container access ${what} threw`, error));
  }
}

/**
 * Asks `access` whether `request` may proceed and records the decision before anything happens:
 * a denial is audited with its reason and returned; an approval is audited and then returned.
 * If the audit record cannot be written, the request is refused.
 */
export function guardAccess(
  access: ContainerAccess,
  request: ContainerAccessRequest,
  now: () => number,
): ResultAsync<void, KernelError> {
  return new ResultAsync(
    (async () => {
      const decision = await settle('authorize', () => access.authorize(request));
      const entry: ContainerAuditEntry = decision.isOk()
        ? { ...request, at: now(), allowed: true }
        : { ...request, at: now(), allowed: false, reason: decision.error.message };
      const recorded = await settle('audit', () => access.audit(entry));
      return recorded.isErr() ? err(recorded.error) : decision;
    })(),
  );
}
