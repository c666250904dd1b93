import type { FileHandle } from 'node:fs/promises';
import { normalize } from 'node:path';
import { err, ok, ResultAsync, type Result } from 'neverthrow';
import type { OxiosConfig } from '../config/schema.js';
import { permissionDenied } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { noopLogger, type Logger } from '../logger/logger.js';
import type { Page } from '../store/page.js';
import type { Store } from '../store/store.js';
import { createAccessAdmin, type AccessAdmin } from './access-admin.js';
import { createAccessChecks, type AccessChecks } from './access-checks.js';
import type { AccessEventSink } from './access-events.js';
import { createApprovalStore } from './approval-store.js';
import { createApprovals, type Approvals } from './approvals.js';
import { createAuditLog, type AuditQuery } from './audit-log.js';
import { compileWildcards } from './compile-wildcards.js';
import { createDecisionRecorder } from './decision-recorder.js';
import { DEFAULT_ROLE_POLICIES } from './default-role-policies.js';
import { openResolvedPath, recheckResolvedPath, type OpenPathOptions } from './open-resolved-path.js';
import { createPermissionStore } from './permission-store.js';
import { realPathOf } from './resolve-workspace-path.js';
import { createRoleStore } from './role-store.js';
import type { Role } from './roles.js';
import { createSubjectViews } from './subject-views.js';
import type { AccessContext, Approval, AuditEntry, ResolvedPath, RolePolicy, Subject } from './types.js';
import { validateRolePolicies } from './validate-role-policies.js';

/** Options for {@link createAccessManager}. */
export interface AccessManagerOptions {
  readonly store: Store;
  /** `[access]` settings and OXIOS_HOME (never reachable through a path check). */
  readonly config: Pick<OxiosConfig, 'access' | 'home'>;
  readonly logger?: Logger;
  /** Receives `access-denied`, `approval-requested` and `approval-resolved`. */
  readonly events?: AccessEventSink;
  /** Time source in epoch milliseconds (tests). Default `Date.now`. */
  readonly now?: () => number;
  /** Replaces built-in role policies (embedding, tests). */
  readonly policies?: Partial<Record<Role, RolePolicy>>;
}

/** Input of {@link AccessManager.gate}. */
export interface GateRequest {
  readonly subject: Subject;
  readonly action: string;
  readonly resource: string;
  /** Shown to the reviewer. */
  readonly reason?: string;
  readonly context?: AccessContext;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

/**
 * The kernel's security core: RBAC, agent permissions, the path policy, the audit trail and
 * human approvals. Every check is audited; every denial is a typed `KernelError`.
 */
export interface AccessManager extends AccessChecks, AccessAdmin, Disposable {
  /**
   * Opens a path returned by `checkPath`, re-resolving it and verifying the handle (see
   * {@link openResolvedPath}). Denials at open time are audited like checks.
   */
  openPath(
    resolved: ResolvedPath,
    options?: OpenPathOptions & { context?: AccessContext },
  ): ResultAsync<FileHandle, KernelError>;
  /**
   * Resolves a checked path again right before an operation that does not open it (unlink,
   * readdir, rename): `changed-since-check` when a symlink was swapped in. Denials are audited.
   */
  recheckPath(resolved: ResolvedPath, context?: AccessContext): Result<ResolvedPath, KernelError>;
  /** True when `[access] require_approval` says `subject` (an agent) needs a human for `action` on `resource`. */
  needsApproval(subject: Subject, action: string, resource: string): boolean;
  /**
   * The approval gate: `ok(null)` when no approval is needed; otherwise requests one and waits.
   * `ok(approval)` once approved, else `approval-rejected`, `approval-expired` or `aborted`.
   */
  gate(request: GateRequest): ResultAsync<Approval | null, KernelError>;
  readonly audit: { query(query?: AuditQuery): Result<Page<AuditEntry>, KernelError> };
  readonly approvals: Omit<Approvals, 'close' | 'expireDue'>;
  /** Starts the background sweep (approval expiry, audit retention); timers are unref'd. Idempotent. */
  start(): void;
  /** Stops the sweep, releases approval waiters. Does not close the store. Idempotent. */
  close(): void;
}

/** Creates the access manager. Fails with `invalid-argument` when a configured glob or policy is invalid. */
export function createAccessManager(options: AccessManagerOptions): Result<AccessManager, KernelError> {
  const { store, config } = options;
  const access = config.access;
  const now = options.now ?? Date.now;
  const logger = (options.logger ?? noopLogger).child({ component: 'access' });
  const policies = validateRolePolicies(
    { ...DEFAULT_ROLE_POLICIES, ...options.policies },
    {
      'access.denied_paths': access.denied_paths,
      'access.agent_defaults.denied_paths': access.agent_defaults.denied_paths,
      'access.agent_defaults.read_only_paths': access.agent_defaults.read_only_paths,
    },
  );
  if (policies.isErr()) return err(policies.error);
  const requireApproval = compileWildcards(access.require_approval);
  const audit = createAuditLog(store, now);
  const record = createDecisionRecorder({ audit, events: options.events, logger });
  const roles = createRoleStore(store);
  const permissions = createPermissionStore(store);
  const views = createSubjectViews({ roles, permissions, access, policies: policies.value });
  const home = realPathOf(config.home) ?? normalize(config.home);
  const checks = createAccessChecks(views, record, home);
  const transaction = <T>(operation: string, work: () => Result<T, KernelError>) => store.transaction(operation, work);
  const admin = createAccessAdmin({
    views,
    roles,
    permissions,
    record,
    agentDefaults: access.agent_defaults,
    now,
    transaction,
  });
  const approvals = createApprovals({
    store: createApprovalStore(store),
    audit,
    transaction,
    events: options.events,
    now,
    timeoutMs: access.approval_timeout_secs * 1000,
    ownerOf: (subject) => {
      if (subject === 'system') return ok(null);
      if (subject.startsWith('user:')) return ok(subject as `user:${string}`);
      return admin.permissionsFor(subject.slice(6)).map((found) => found.owner);
    },
    authorize(by, approval, context) {
      const viewed = views.view(by);
      if (viewed.isErr()) return err(viewed.error);
      const view = viewed.value;
      const rule =
        view.kind === 'system'
          ? 'system'
          : view.kind !== 'user'
            ? undefined
            : approval.owner === view.subject
              ? 'owner'
              : view.role.policy.manage.includes('manage-approvals')
                ? `role:${view.role.policy.role}`
                : undefined;
      if (rule !== undefined) return ok(undefined);
      const reason =
        view.kind === 'agent'
          ? 'agents never decide approvals'
          : `only ${approval.owner ?? 'an admin'} or a holder of manage-approvals may decide`;
      return record({
        subject: by,
        action: 'approval-decide',
        resource: approval.id,
        allowed: false,
        rule: 'not-authorized',
        reason,
        context,
      }).andThen(() => err(permissionDenied(by, 'approval-decide', approval.id, reason)));
    },
  });
  let timer: NodeJS.Timeout | undefined;
  let sweeping: AbortController | undefined;

  const sweep = (): void => {
    const expired = approvals.expireDue();
    if (expired.isErr()) logger.error({ err: expired.error }, 'approval expiry failed');
    if (sweeping !== undefined || access.audit_retention === 0) return;
    const controller = new AbortController();
    sweeping = controller;
    void audit
      .applyRetention(access.audit_retention, { signal: controller.signal })
      .match(
        (deleted) => {
          if (deleted > 0) logger.debug({ deleted }, 'audit retention applied');
        },
        (error) => {
          if (error.code !== 'aborted') logger.error({ err: error }, 'audit retention failed');
        },
      )
      .finally(() => {
        if (sweeping === controller) sweeping = undefined;
      });
  };

  // A denial after `checkPath` allowed (the tree changed in between) is audited like a check.
  const auditLateDenial = (resolved: ResolvedPath, error: KernelError, context: AccessContext = {}) => {
    if (error.code !== 'path-denied') return err(error);
    const { subject, operation, requested } = resolved;
    const decision = { subject, action: `path-${operation}`, resource: requested, allowed: false, context };
    return record({ ...decision, rule: error.rule, reason: error.message }).andThen(() => err(error));
  };

  const needsApproval = (subject: Subject, action: string, resource: string): boolean =>
    subject.startsWith('agent:') && requireApproval.matches(`${action}:${resource}`);

  const manager: AccessManager = {
    ...checks,
    ...admin,
    openPath(resolved, openOptions = {}) {
      return openResolvedPath(resolved, openOptions).orElse((error) =>
        auditLateDenial(resolved, error, openOptions.context),
      );
    },
    recheckPath(resolved, context) {
      return recheckResolvedPath(resolved)
        .map(() => resolved)
        .orElse((error) => auditLateDenial(resolved, error, context));
    },
    needsApproval,
    gate(request) {
      if (!needsApproval(request.subject, request.action, request.resource))
        return new ResultAsync(Promise.resolve(ok(null)));
      const { signal, ...rest } = request;
      const requested = approvals.request(rest);
      if (requested.isErr()) return new ResultAsync(Promise.resolve(err(requested.error)));
      return approvals.waitForDecision(requested.value.id, signal === undefined ? {} : { signal });
    },
    audit: { query: (query) => audit.query(query) },
    approvals,
    start() {
      if (timer !== undefined) return;
      timer = setInterval(sweep, access.sweep_interval_secs * 1000);
      timer.unref();
      sweep();
    },
    close() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      sweeping?.abort();
      approvals.close();
    },
    [Symbol.dispose]() {
      manager.close();
    },
  };
  return ok(manager);
}
