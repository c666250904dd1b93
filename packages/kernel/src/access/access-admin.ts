import { err, ok, type Result } from 'neverthrow';
import type { AgentDefaultsSection } from '../config/sections/access.js';
import { alreadyExists, invalidArgument, notFound, permissionDenied } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { DecisionRecorder } from './decision-recorder.js';
import { parseUserSubject, validateAgentId } from './parse-subject.js';
import type { PermissionStore } from './permission-store.js';
import { printable } from './printable.js';
import type { RoleStore } from './role-store.js';
import { ROLES, type Role } from './roles.js';
import type { SubjectViews } from './subject-views.js';
import type {
  AccessContext,
  AgentPermissions,
  AgentPermissionsInput,
  RoleAssignment,
  Subject,
  UserSubject,
} from './types.js';
import { validatePermissions } from './validate-permissions.js';

/** Who makes a change, and the ids to audit it under. */
export interface ChangeOptions {
  readonly by: Subject;
  readonly context?: AccessContext;
}

/** Role assignment and agent permission management; every change is authorized and audited. */
export interface AccessAdmin {
  /** Requires `manage-roles` (admin) from `by`. Agent caches are dropped so the change applies at once. */
  assignRole(target: UserSubject, role: Role, options: ChangeOptions): Result<RoleAssignment, KernelError>;
  /** Requires `manage-roles`; the user falls back to `[access] default_role`. True when one was removed. */
  revokeRole(target: UserSubject, options: ChangeOptions): Result<boolean, KernelError>;
  roleOf(user: UserSubject): Result<Role | null, KernelError>;
  listRoles(): Result<readonly RoleAssignment[], KernelError>;
  /** A new agent's permissions for `owner`: their role's tools and paths, `[access.agent_defaults]` for the rest. */
  defaultPermissions(owner: UserSubject): Result<AgentPermissionsInput, KernelError>;
  /** Creates an agent's permissions from its owner's defaults plus `overrides`; `already-exists` if it has some. */
  createPermissions(
    agentId: string,
    options: ChangeOptions & { owner: UserSubject; overrides?: Partial<AgentPermissionsInput> },
  ): Result<AgentPermissions, KernelError>;
  /** Replaces an agent's permissions. */
  setPermissions(
    agentId: string,
    input: AgentPermissionsInput,
    options: ChangeOptions,
  ): Result<AgentPermissions, KernelError>;
  removePermissions(agentId: string, options: ChangeOptions): Result<void, KernelError>;
  permissionsFor(agentId: string): Result<AgentPermissions, KernelError>;
  listPermissions(owner?: UserSubject): Result<readonly AgentPermissions[], KernelError>;
}

/** Creates the admin half of the access manager. */
export function createAccessAdmin(deps: {
  readonly views: SubjectViews;
  readonly roles: RoleStore;
  readonly permissions: PermissionStore;
  readonly record: DecisionRecorder;
  readonly agentDefaults: AgentDefaultsSection;
  readonly now: () => number;
  /** The store's transaction: a change and its audit entry commit together or not at all. */
  readonly transaction: <T>(operation: string, work: () => Result<T, KernelError>) => Result<T, KernelError>;
}): AccessAdmin {
  const { views, roles, permissions, record, now, transaction } = deps;

  /**
   * Authorizes `by` for a change. `owner` set: that user may change their own agents if their role
   * has `manage-agents`; anyone else needs `manage-roles`. Agents never change access state.
   * Denials are recorded here; the caller records the allowed change.
   */
  const authorize = (
    by: Subject,
    action: string,
    resource: string,
    context: AccessContext,
    owner?: UserSubject,
  ): Result<string, KernelError> => {
    const viewed = views.view(by);
    if (viewed.isErr()) return err(viewed.error);
    const view = viewed.value;
    let rule: string | undefined;
    let reason = `${by} may not ${action}`;
    if (view.kind === 'system') rule = 'system';
    else if (view.kind === 'denied') reason = view.reason;
    else if (view.kind === 'agent') reason = 'agents never change roles or permissions';
    else if (view.role.policy.manage.includes('manage-roles')) rule = `role:${view.role.policy.role}`;
    else if (owner === view.subject && view.role.policy.manage.includes('manage-agents')) rule = 'owner';
    if (rule !== undefined) return ok(rule);
    const recorded = record({
      subject: by,
      action,
      resource,
      allowed: false,
      rule: 'not-authorized',
      reason,
      context,
    });
    if (recorded.isErr()) return err(recorded.error);
    return err(permissionDenied(printable(by, 160), action, printable(resource), reason));
  };

  const permissionsFor = (agentId: string): Result<AgentPermissions, KernelError> =>
    validateAgentId(agentId)
      .andThen((id) => permissions.get(id))
      .andThen((found) => (found ? ok(found) : err(notFound('agent permissions', agentId))));

  const store = (
    agentId: string,
    owner: UserSubject,
    input: AgentPermissionsInput,
    options: ChangeOptions,
    action: string,
    rule: string,
  ) => {
    const stored: AgentPermissions = { ...input, agentId, owner, updatedAt: now(), updatedBy: options.by };
    views.invalidate(agentId);
    return transaction(action, () =>
      permissions.put(stored).andThen(() =>
        record({
          subject: options.by,
          action,
          resource: `agent:${agentId}`,
          allowed: true,
          rule,
          reason: JSON.stringify(input),
          context: options.context ?? {},
        }),
      ),
    ).map(() => stored);
  };

  const defaultPermissions = (owner: UserSubject): Result<AgentPermissionsInput, KernelError> =>
    parseUserSubject(owner)
      .andThen((user) => views.roleOf(user))
      .andThen((role) => {
        if (role === null) return err(permissionDenied(owner, 'own agents', '*', 'the owner has no role'));
        const policy = views.policyOf(role);
        const defaults = deps.agentDefaults;
        return ok({
          allowedTools: [...policy.tools],
          deniedTools: [...policy.deniedTools],
          allowedPaths: [...policy.paths],
          deniedPaths: [...policy.deniedPaths, ...defaults.denied_paths],
          readOnlyPaths: [...defaults.read_only_paths],
          network: defaults.network,
          maxExecutionSecs: defaults.max_execution_secs,
          maxMemoryMb: defaults.max_memory_mb,
          canFork: defaults.can_fork,
        });
      });

  const changeRole = (target: UserSubject, role: Role | null, options: ChangeOptions) => {
    const context = options.context ?? {};
    const action = role === null ? 'role-revoke' : 'role-assign';
    const user = parseUserSubject(target);
    if (user.isErr()) return err(user.error);
    if (role !== null && !ROLES.includes(role))
      return err(invalidArgument('role', `expected one of ${ROLES.join(', ')}`));
    const resource = role === null ? target : `${target}=${role}`;
    return authorize(options.by, action, resource, context).andThen((rule) => {
      views.invalidate();
      return transaction(action, () => {
        const changed =
          role === null
            ? roles.remove(user.value)
            : roles.put({ subject: user.value, role, assignedAt: now(), assignedBy: options.by }).map(() => true);
        return changed.andThen((done) =>
          record({
            subject: options.by,
            action,
            resource,
            allowed: true,
            rule,
            reason: done ? 'changed' : 'no assignment',
            context,
          }).map(() => done),
        );
      });
    });
  };

  return {
    assignRole: (target, role, options) =>
      changeRole(target, role, options)
        .andThen(() => roles.get(target))
        .andThen((found) => (found ? ok(found) : err(notFound('role assignment', target)))),
    revokeRole: (target, options) => changeRole(target, null, options),
    roleOf: (user) => parseUserSubject(user).andThen((valid) => views.roleOf(valid)),
    listRoles: () => roles.list(),
    defaultPermissions,
    createPermissions(agentId, options) {
      const context = options.context ?? {};
      const id = validateAgentId(agentId);
      if (id.isErr()) return err(id.error);
      return authorize(options.by, 'permissions-create', `agent:${agentId}`, context, options.owner)
        .andThen((rule) =>
          permissions
            .get(agentId)
            .andThen((existing) => (existing ? err(alreadyExists('agent permissions', agentId)) : ok(rule))),
        )
        .andThen((rule) =>
          defaultPermissions(options.owner)
            .map((defaults) => ({ ...defaults, ...options.overrides }))
            .andThen(validatePermissions)
            .andThen((input) => store(agentId, options.owner, input, options, 'permissions-create', rule)),
        );
    },
    setPermissions(agentId, input, options) {
      return permissionsFor(agentId).andThen((current) =>
        authorize(options.by, 'permissions-set', `agent:${agentId}`, options.context ?? {}, current.owner).andThen(
          (rule) =>
            validatePermissions(input).andThen((valid) =>
              store(agentId, current.owner, valid, options, 'permissions-set', rule),
            ),
        ),
      );
    },
    removePermissions(agentId, options) {
      const context = options.context ?? {};
      return permissionsFor(agentId).andThen((current) =>
        authorize(options.by, 'permissions-remove', `agent:${agentId}`, context, current.owner).andThen((rule) => {
          views.invalidate(agentId);
          return transaction('permissions-remove', () =>
            permissions.remove(agentId).andThen(() =>
              record({
                subject: options.by,
                action: 'permissions-remove',
                resource: `agent:${agentId}`,
                allowed: true,
                rule,
                reason: 'removed',
                context,
              }),
            ),
          );
        }),
      );
    },
    permissionsFor,
    listPermissions: (owner) => permissions.list(owner),
  };
}
