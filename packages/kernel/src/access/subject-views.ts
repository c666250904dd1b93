import { err, ok, type Result } from 'neverthrow';
import type { AccessSection } from '../config/sections/access.js';
import type { KernelError } from '../errors/kernel-error.js';
import { compileGlobs, type GlobSet } from './compile-globs.js';
import { parseSubject } from './parse-subject.js';
import { compilePathPolicy, type PathPolicy } from './path-policy.js';
import type { PermissionStore } from './permission-store.js';
import type { RoleStore } from './role-store.js';
import type { Role } from './roles.js';
import type { AgentPermissions, AgentSubject, RolePolicy, UserSubject } from './types.js';

/** A role's policy with its globs compiled. */
export interface CompiledRole {
  readonly policy: RolePolicy;
  readonly tools: GlobSet;
  readonly deniedTools: GlobSet;
  /** Global deny list + the role's paths. */
  readonly paths: PathPolicy;
}

/** An agent's permissions with their globs compiled. */
export interface CompiledAgent {
  readonly permissions: AgentPermissions;
  readonly tools: GlobSet;
  readonly deniedTools: GlobSet;
  /** Global deny list + the owner's role + the agent's own globs. */
  readonly paths: PathPolicy;
}

/** Everything a decision needs to know about who asks. */
export type SubjectView =
  | { readonly kind: 'system'; readonly subject: 'system' }
  | { readonly kind: 'user'; readonly subject: UserSubject; readonly role: CompiledRole }
  | {
      readonly kind: 'agent';
      readonly subject: AgentSubject;
      readonly role: CompiledRole;
      readonly agent: CompiledAgent;
    };

/** A subject that cannot be decided for at all. */
export interface SubjectDenial {
  readonly kind: 'denied';
  readonly rule: 'invalid-subject' | 'no-role' | 'no-permissions';
  readonly reason: string;
}

/** Resolves subjects to compiled policy, caching compiled agents until they or any role change. */
export interface SubjectViews {
  view(subject: string): Result<SubjectView | SubjectDenial, KernelError>;
  /** The role a user holds: the assignment, else the configured default (`null` when that is `none`). */
  roleOf(user: UserSubject): Result<Role | null, KernelError>;
  policyOf(role: Role): RolePolicy;
  /** Drops cached compilations (all when no agent is named). */
  invalidate(agentId?: string): void;
}

const MAX_CACHED_AGENTS = 10_000;

/** Creates the subject resolver. Policies' globs must have been validated. */
export function createSubjectViews(options: {
  readonly roles: RoleStore;
  readonly permissions: PermissionStore;
  readonly access: AccessSection;
  readonly policies: Readonly<Record<Role, RolePolicy>>;
}): SubjectViews {
  const { roles, permissions, access, policies } = options;
  const global = { name: 'global', deny: access.denied_paths };
  const roleLayer = (policy: RolePolicy) => ({
    name: `role:${policy.role}`,
    allow: policy.paths,
    deny: policy.deniedPaths,
  });
  const compileRole = (policy: RolePolicy): CompiledRole => ({
    policy,
    tools: compileGlobs(policy.tools),
    deniedTools: compileGlobs(policy.deniedTools, { nocase: true }),
    paths: compilePathPolicy([global, roleLayer(policy)]),
  });
  const compiledRoles = new Map<Role, CompiledRole>(
    Object.values(policies).map((policy) => [policy.role, compileRole(policy)] as const),
  );
  const agents = new Map<string, CompiledAgent>();

  const roleOf = (user: UserSubject): Result<Role | null, KernelError> =>
    roles
      .get(user)
      .map((assignment) => assignment?.role ?? (access.default_role === 'none' ? null : access.default_role));

  const compiledRole = (role: Role): CompiledRole => {
    const compiled = compiledRoles.get(role);
    if (compiled === undefined) throw new Error(`no policy for role ${role}`);
    return compiled;
  };

  const compileAgent = (permissions: AgentPermissions, role: CompiledRole): CompiledAgent => ({
    permissions,
    tools: compileGlobs(permissions.allowedTools),
    deniedTools: compileGlobs(permissions.deniedTools, { nocase: true }),
    paths: compilePathPolicy([
      global,
      roleLayer(role.policy),
      {
        name: 'agent',
        allow: permissions.allowedPaths,
        deny: permissions.deniedPaths,
        readOnly: permissions.readOnlyPaths,
      },
    ]),
  });

  const deny = (rule: SubjectDenial['rule'], reason: string): Result<SubjectDenial, KernelError> =>
    ok({ kind: 'denied', rule, reason });

  const view = (text: string): Result<SubjectView | SubjectDenial, KernelError> => {
    const parsed = parseSubject(text);
    if (parsed.isErr()) return deny('invalid-subject', 'not a valid subject');
    const subject = parsed.value;
    if (subject.kind === 'system') return ok({ kind: 'system', subject: 'system' });
    if (subject.kind === 'user') {
      return roleOf(subject.subject).andThen((role): Result<SubjectView | SubjectDenial, KernelError> =>
        role === null
          ? deny('no-role', 'the user has no role')
          : ok({ kind: 'user', subject: subject.subject, role: compiledRole(role) }),
      );
    }
    const cached = agents.get(subject.id);
    const agent = cached ? ok(cached.permissions) : permissions.get(subject.id);
    if (agent.isErr()) return err(agent.error);
    if (agent.value === undefined) return deny('no-permissions', 'the agent has no permissions');
    const found = agent.value;
    return roleOf(found.owner).andThen((role): Result<SubjectView | SubjectDenial, KernelError> => {
      if (role === null) return deny('no-role', `the agent's owner ${found.owner} has no role`);
      const compiled = cached ?? compileAgent(found, compiledRole(role));
      if (cached === undefined) {
        if (agents.size >= MAX_CACHED_AGENTS) agents.clear();
        agents.set(subject.id, compiled);
      }
      return ok({ kind: 'agent', subject: subject.subject, role: compiledRole(role), agent: compiled });
    });
  };

  return {
    view,
    roleOf,
    policyOf: (role) => compiledRole(role).policy,
    invalidate(agentId) {
      if (agentId === undefined) agents.clear();
      else agents.delete(agentId);
    },
  };
}
