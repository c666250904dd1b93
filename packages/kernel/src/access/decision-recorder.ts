import { err, ok, type Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { Logger } from '../logger/logger.js';
import type { AccessEventSink } from './access-events.js';
import type { AuditLog } from './audit-log.js';
import { printable } from './printable.js';
import type { AccessContext } from './types.js';

/** One decision, as recorded. */
export interface Decision {
  readonly subject: string;
  readonly action: string;
  readonly resource: string;
  readonly allowed: boolean;
  readonly rule: string;
  readonly reason: string;
  readonly context: AccessContext;
}

/** Writes a decision to the audit log and publishes denials. */
export type DecisionRecorder = (decision: Decision) => Result<void, KernelError>;

/**
 * The context an entry is written with: for an `agent:<id>` subject, `agentId` is always that id
 * (a caller cannot attribute an agent's action to another agent).
 */
export function withAgentId(subject: string, context: AccessContext): AccessContext {
  return subject.startsWith('agent:') ? { ...context, agentId: subject.slice(6) } : context;
}

/**
 * Creates the recorder every check goes through. No audit, no access: when the audit write fails
 * an allow becomes that `store` error; a denial stays a denial (the failure is logged).
 */
export function createDecisionRecorder(options: {
  readonly audit: AuditLog;
  readonly events: AccessEventSink | undefined;
  readonly logger: Logger;
}): DecisionRecorder {
  const { audit, events, logger } = options;
  return (decision) => {
    const context = withAgentId(decision.subject, decision.context);
    const written = audit.append({ ...decision, context });
    if (!decision.allowed) {
      const { subject, action, resource, rule, reason } = decision;
      events?.publish({
        type: 'access-denied',
        subject: printable(subject, 160),
        action,
        resource: printable(resource),
        rule,
        reason,
        context,
      });
    }
    if (written.isErr()) {
      logger.error({ err: written.error, action: decision.action }, 'audit write failed');
      if (decision.allowed) return err(written.error);
    }
    return ok(undefined);
  };
}
