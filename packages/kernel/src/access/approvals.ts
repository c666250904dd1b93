import { err, ok, Result, ResultAsync } from 'neverthrow';
import {
  abortedError,
  approvalExpired,
  approvalRejected,
  invalidArgument,
  invalidState,
  notFound,
  unavailable,
} from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { Page } from '../store/page.js';
import type { AccessEventSink } from './access-events.js';
import type { ApprovalListOptions, ApprovalStore } from './approval-store.js';
import type { AuditLog } from './audit-log.js';
import { parseSubject } from './parse-subject.js';
import { printable } from './printable.js';
import type { AccessContext, Approval, Subject, UserSubject } from './types.js';

/** What a subject asks a human to approve. */
export interface ApprovalRequest {
  readonly subject: Subject;
  /** E.g. `host-exec`. */
  readonly action: string;
  /** E.g. the command line; shown to the reviewer. */
  readonly resource: string;
  readonly reason?: string;
  readonly context?: AccessContext;
  /** Overrides `[access] approval_timeout_secs` for this request, in milliseconds. */
  readonly timeoutMs?: number;
}

/** Human-in-the-loop approvals: `pending` → `approved` | `rejected` | `expired`, persisted. */
export interface Approvals {
  /** Records a pending approval (audited, `approval-requested` published). */
  request(request: ApprovalRequest): Result<Approval, KernelError>;
  get(id: string): Result<Approval, KernelError>;
  list(options?: ApprovalListOptions): Result<Page<Approval>, KernelError>;
  /** `by` must be the approval's owner or hold `manage-approvals`; agents never decide. Only pending, unexpired approvals move. */
  approve(id: string, by: Subject, note?: string, context?: AccessContext): Result<Approval, KernelError>;
  reject(id: string, by: Subject, note?: string, context?: AccessContext): Result<Approval, KernelError>;
  /**
   * Waits until the approval is decided: `ok` when approved, `approval-rejected`,
   * `approval-expired`, `aborted` (signal) or `unavailable` (manager closed). Aborting the wait
   * leaves the approval pending until it expires.
   */
  waitForDecision(id: string, options?: { signal?: AbortSignal }): ResultAsync<Approval, KernelError>;
  /** Persists expiry of every pending approval past its deadline (the sweeper calls this). */
  expireDue(): Result<readonly Approval[], KernelError>;
  /** Releases waiters (`unavailable`) and timers. */
  close(): void;
}

/** What {@link createApprovals} needs from the access manager. */
export interface ApprovalsDependencies {
  readonly store: ApprovalStore;
  readonly audit: AuditLog;
  readonly events: AccessEventSink | undefined;
  readonly now: () => number;
  readonly timeoutMs: number;
  /** The user who decides for `subject` (an agent's owner, the user itself), `null` for system. */
  readonly ownerOf: (subject: Subject) => Result<UserSubject | null, KernelError>;
  /** The store's transaction: a transition and its audit entry commit together. */
  readonly transaction: <T>(operation: string, work: () => Result<T, KernelError>) => Result<T, KernelError>;
  /** Authorizes (and audits) `by` deciding `approval`. */
  readonly authorize: (by: Subject, approval: Approval, context: AccessContext) => Result<void, KernelError>;
}

const ACTION_PATTERN = /^[a-z0-9][a-z0-9._:-]{0,127}$/;
const MAX_TIMEOUT_MS = 7 * 24 * 3600 * 1000;

function outcome(approval: Approval): Result<Approval, KernelError> {
  if (approval.status === 'approved') return ok(approval);
  if (approval.status === 'rejected')
    return err(approvalRejected(approval.id, approval.decidedBy ?? 'unknown', approval.note ?? undefined));
  return err(approvalExpired(approval.id, approval.expiresAt));
}

/** Creates the approvals service. */
export function createApprovals(deps: ApprovalsDependencies): Approvals {
  const { store, audit, now } = deps;
  // Waiters per approval id; each is woken once with the outcome.
  const waiters = new Map<string, Set<(result: Result<Approval, KernelError>) => void>>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const settle = (approval: Approval): void => {
    deps.events?.publish({ type: 'approval-resolved', approval });
    for (const wake of waiters.get(approval.id) ?? []) wake(outcome(approval));
    waiters.delete(approval.id);
  };
  const get = (id: string): Result<Approval, KernelError> =>
    store.get(id, now()).andThen((approval) => (approval ? ok(approval) : err(notFound('approval', id))));

  const decide = (
    id: string,
    status: 'approved' | 'rejected',
    by: Subject,
    note: string | undefined,
    context: AccessContext,
  ): Result<Approval, KernelError> => {
    const current = get(id);
    if (current.isErr()) return err(current.error);
    const authorized = deps.authorize(by, current.value, context);
    if (authorized.isErr()) return err(authorized.error);
    const action = status === 'approved' ? 'approval-approve' : 'approval-reject';
    const cleanNote = note === undefined || note === '' ? null : printable(note, 2000);
    // The transition and its audit entry commit together; `undefined` means it was not pending.
    const decided = deps.transaction(action, () =>
      store
        .decide(id, status, by, cleanNote, now())
        .andThen((moved) =>
          !moved
            ? ok(undefined)
            : get(id).andThen((after) =>
                audit
                  .append({ subject: by, action, resource: id, allowed: true, rule: status, context })
                  .map(() => after),
              ),
        ),
    );
    if (decided.isErr()) return err(decided.error);
    if (decided.value !== undefined) {
      settle(decided.value);
      return ok(decided.value);
    }
    // Already decided or past its deadline: the only valid transitions are out of `pending`.
    const state = get(id)
      .map((after) => after.status)
      .unwrapOr('unknown');
    const reason = `approval is ${state}`;
    // A denial stays a denial even if this entry cannot be written.
    audit.append({ subject: by, action, resource: id, allowed: false, rule: 'invalid-state', reason, context });
    return err(invalidState('approval', state, `approval ${id} is ${state}; only pending approvals can be decided`));
  };

  const expireDue = (): Result<readonly Approval[], KernelError> => {
    const expired = deps.transaction('expire approvals', () =>
      store.expireDue(now()).andThen((due) =>
        Result.combine(
          due.map((approval) =>
            audit.append({
              subject: 'system',
              action: 'approval-expire',
              resource: approval.id,
              allowed: true,
              rule: 'expired',
              reason: `no decision before ${new Date(approval.expiresAt).toISOString()}`,
            }),
          ),
        ).map(() => due),
      ),
    );
    if (expired.isOk()) for (const approval of expired.value) settle(approval);
    return expired;
  };

  const armExpiry = (approval: Approval): void => {
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        if (closed || !waiters.has(approval.id)) return;
        expireDue();
        if (waiters.has(approval.id)) armExpiry(approval); // not due by this clock yet
      },
      Math.min(MAX_TIMEOUT_MS, Math.max(1, approval.expiresAt - now() + 1)),
    );
    timer.unref();
    timers.add(timer);
  };

  return {
    request(request) {
      const subject = parseSubject(request.subject);
      if (subject.isErr()) return err(subject.error);
      if (!ACTION_PATTERN.test(request.action))
        return err(invalidArgument('action', 'expected a lowercase action name'));
      const timeoutMs = request.timeoutMs ?? deps.timeoutMs;
      if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
        return err(invalidArgument('timeoutMs', `expected integer 1–${MAX_TIMEOUT_MS}`));
      }
      const owner = deps.ownerOf(subject.value.subject);
      if (owner.isErr()) return err(owner.error);
      const context = request.context ?? {};
      const at = now();
      const approval: Approval = {
        id: crypto.randomUUID(),
        subject: subject.value.subject,
        owner: owner.value,
        action: request.action,
        resource: printable(request.resource, 4096),
        reason: printable(request.reason ?? '', 2000),
        status: 'pending',
        requestedAt: at,
        expiresAt: at + timeoutMs,
        decidedAt: null,
        decidedBy: null,
        note: null,
        requestId: context.requestId ?? null,
        sessionId: context.sessionId ?? null,
        agentId: context.agentId ?? (subject.value.kind === 'agent' ? subject.value.id : null),
      };
      const stored = deps.transaction('request approval', () =>
        store.insert(approval).andThen(() =>
          audit.append({
            subject: approval.subject,
            action: 'approval-request',
            resource: `${approval.action}:${approval.resource}`,
            allowed: true,
            rule: 'pending',
            reason: approval.id,
            context,
          }),
        ),
      );
      if (stored.isErr()) return err(stored.error);
      deps.events?.publish({ type: 'approval-requested', approval });
      return ok(approval);
    },
    get,
    list: (options = {}) => store.list(options, now()),
    approve: (id, by, note, context = {}) => decide(id, 'approved', by, note, context),
    reject: (id, by, note, context = {}) => decide(id, 'rejected', by, note, context),
    waitForDecision(id, options = {}) {
      const { signal } = options;
      if (closed) return new ResultAsync(Promise.resolve(err(unavailable('access', 'the access manager is closed'))));
      const current = get(id);
      if (current.isErr()) return new ResultAsync(Promise.resolve(err(current.error)));
      if (current.value.status !== 'pending') return new ResultAsync(Promise.resolve(outcome(current.value)));
      if (signal?.aborted === true) return new ResultAsync(Promise.resolve(err(abortedError('wait for approval'))));
      const waiting = new Promise<Result<Approval, KernelError>>((resolve) => {
        const onAbort = (): void => {
          waiters.get(id)?.delete(wake);
          resolve(err(abortedError('wait for approval')));
        };
        const wake = (result: Result<Approval, KernelError>): void => {
          signal?.removeEventListener('abort', onAbort);
          resolve(result);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const set = waiters.get(id) ?? new Set();
        set.add(wake);
        waiters.set(id, set);
        armExpiry(current.value);
      });
      return new ResultAsync(waiting);
    },
    expireDue,
    close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closing = err(unavailable('access', 'the access manager is closed'));
      for (const set of waiters.values()) for (const wake of set) wake(closing);
      waiters.clear();
    },
  };
}
