import type { AccessContext, Approval } from './types.js';

/** A check was denied. Published for every denial (the audit entry is the durable record). */
export interface AccessDeniedEvent {
  readonly type: 'access-denied';
  readonly subject: string;
  readonly action: string;
  readonly resource: string;
  readonly rule: string;
  readonly reason: string;
  readonly context: AccessContext;
}

/** A subject asked for a human's approval; it is pending until `approval.expiresAt`. */
export interface ApprovalRequestedEvent {
  readonly type: 'approval-requested';
  readonly approval: Approval;
}

/** An approval was approved, rejected or expired. */
export interface ApprovalResolvedEvent {
  readonly type: 'approval-resolved';
  readonly approval: Approval;
}

/** Every event the access manager publishes. */
export type AccessEvent = AccessDeniedEvent | ApprovalRequestedEvent | ApprovalResolvedEvent;

/** Where the access manager publishes: any event bus whose event union includes {@link AccessEvent}. */
export interface AccessEventSink {
  publish(event: AccessEvent): unknown;
}
